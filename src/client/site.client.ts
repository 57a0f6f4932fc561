/**
 * Runs on every page. Keeps the header's search box filled with the current query.
 */
const q = new URLSearchParams(location.search).get('q');
const box = document.querySelector<HTMLInputElement>('#site-search-q');
if (box && q && location.pathname.endsWith('search.html')) box.value = q;

