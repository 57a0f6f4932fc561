/**
 * Runs on every page. Keeps the header's search box filled with the current query.
 */
const q = new URLSearchParams(location.search).get('q');
const box = document.querySelector<HTMLInputElement>('#site-search-q');
if (box && q && location.pathname.endsWith('search.html')) box.value = q;

// A printed page says where and when it was printed: without SITE_URL the build knows no
// permanent address, so the one it was opened at; and the day it was printed.
addEventListener('beforeprint', () => {
	const address = document.querySelector<HTMLElement>('[data-print-address]:not([data-permanent])');
	const date = document.querySelector('[data-print-date]');
	if (address) address.textContent = location.href;
	if (date) date.textContent = `printed ${new Date().toISOString().slice(0, 10)}`;
});
