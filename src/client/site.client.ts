/**
 * Runs on every page. Keeps the header's search box filled with the current query.
 */
const q = new URLSearchParams(location.search).get('q');
const box = document.querySelector<HTMLInputElement>('#site-search-q');
if (box && q && location.pathname.endsWith('search.html')) box.value = q;


// A printed page says where and when it was printed: the address it was opened at
// (the build knows it only with SITE_URL) and today's date.
addEventListener('beforeprint', () => {
	const address = document.querySelector('[data-print-address]');
	const date = document.querySelector('[data-print-date]');
	if (address) address.textContent = location.href;
	if (date) date.textContent = `on ${new Date().toISOString().slice(0, 10)}`;
});
