/**
 * Driving the search page (search.html, ar/search.html) in a test: open it at a query,
 * or run another query in the page already open.
 */
import type { Page } from 'playwright-core';

/** Opens the search page with a query string and waits until that search has rendered. */
export async function openSearch(page: Page, searchPage: string, query: string) {
	await page.goto(`${searchPage}?${query}`);
	await page.locator('#search-results[data-state="done"]').waitFor({ timeout: 30_000 });
}

/**
 * Another search in the search page already open, as going Back or Forward to its address
 * does: the page reads the state from the URL exactly as on load, without reloading its
 * index and Pagefind (about 1 s a query, served). Opens the page when another is open.
 */
export async function searchAgain(page: Page, searchPage: string, query: string) {
	const here = new URL(page.url());
	const moved = `${here.origin}${here.pathname}` === new URL(searchPage).href && (await page.evaluate((q) => {
		try {
			history.pushState(null, '', `?${q}`);
		} catch {
			return false;
		}
		// Synchronous: the page's handler marks the results "searching" before this returns.
		dispatchEvent(new PopStateEvent('popstate'));
		return true;
	}, query));
	if (!moved) return openSearch(page, searchPage, query);
	await page.locator('#search-results[data-state="done"]').waitFor({ timeout: 30_000 });
}
