/**
 * Runs on every page. Keeps the header's search box filled with the current query and
 * points the 404 page's links at the site root, wherever the site is hosted.
 */
const q = new URLSearchParams(location.search).get('q');
const box = document.querySelector<HTMLInputElement>('#site-search-q');
if (box && q && location.pathname.endsWith('search.html')) box.value = q;

// The 404 page is served for URLs at any depth; its links are rewritten to the root
// the server uses (the base path up to the first segment the site does not have).
if (document.querySelector('[data-root-link]') && location.protocol !== 'file:') {
	const base = document.querySelector<HTMLElement>('link[rel="canonical"]')?.getAttribute('href');
	const root = base ? new URL('./', base).pathname : '/';
	for (const a of document.querySelectorAll<HTMLAnchorElement>('[data-root-link]')) a.href = root + a.getAttribute('href');
}
