/**
 * Runs on every page. Keeps the header's search box filled with the current query, and
 * carries the view (filters and window) between the timeline and the map.
 */
import { decodeView, encodeView } from '../timeline/view-state.ts';

const q = new URLSearchParams(location.search).get('q');
const box = document.querySelector<HTMLInputElement>('#site-search-q');
if (box && q && location.pathname.endsWith('search.html')) box.value = q;

// A page whose view lives in its URL (`data-url-state`: the timeline, the map) hands it on
// to the links marked `data-shares-view`, at the moment one is followed.
const carryView = (event: Event) => {
	const a = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-shares-view]');
	if (!a || !document.querySelector('[data-url-state]')) return;
	a.href = a.href.replace(/[?#].*$/, '') + encodeView(decodeView(location.search));
};
document.addEventListener('click', carryView, true);
document.addEventListener('auxclick', carryView, true);
document.addEventListener('contextmenu', carryView, true);

// A printed page says where and when it was printed: without SITE_URL the build knows no
// permanent address, so the one it was opened at; and the day it was printed.
addEventListener('beforeprint', () => {
	const address = document.querySelector<HTMLElement>('[data-print-address]:not([data-permanent])');
	const date = document.querySelector('[data-print-date]');
	if (address) address.textContent = location.href;
	if (date) date.textContent = `printed ${new Date().toISOString().slice(0, 10)}`;
});
