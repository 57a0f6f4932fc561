/**
 * Search timings for the benchmark: opens search.html (served, or a file:// URL) in
 * Chromium for each query and reports how long the reader waits.
 *
 *   import { measureSearch } from './lib/search-metrics.ts';
 *   const rows = await measureSearch('http://127.0.0.1:4321/search.html', ['al-Sharaa', 'طرطوس']);
 *
 * firstResultsMs: from navigation start to the results on screen (loading the fallback
 * index, preparing it, loading Pagefind when served, and searching; the page marks
 * "search:results" when it has drawn them). searchMs: the
 * search alone, as the page measured it (window.__searchTimings), for a second run of
 * the same query typed into the loaded page.
 */
import type { Browser } from 'playwright-core';
import { launch } from '../../tests/support/browser.ts';

export interface SearchTiming {
	query: string;
	results: number;
	first: string | undefined;
	firstResultsMs: number;
	searchMs: number;
	engines: string;
}

export async function measureSearch(searchUrl: string, queries: readonly string[], options: { browser?: Browser } = {}): Promise<SearchTiming[]> {
	const browser = options.browser ?? (await launch());
	const context = await browser.newContext();
	const page = await context.newPage();
	const rows: SearchTiming[] = [];
	try {
		for (const query of queries) {
			const url = new URL(searchUrl);
			url.search = new URLSearchParams({ q: query }).toString();
			await page.goto(url.href);
			await page.locator('#search-results[data-state="done"]').waitFor({ timeout: 120_000 });
			const firstResultsMs = await page.evaluate(() => performance.getEntriesByName('search:results')[0]!.startTime);
			// Once more in the loaded page, as a reader refining a search would.
			await page.fill('#q', `${query} `);
			await page.press('#q', 'Enter');
			await page.waitForFunction(() => (window as unknown as { __searchTimings?: unknown[] }).__searchTimings?.length === 2, undefined, { timeout: 120_000 });
			await page.locator('#search-results[data-state="done"]').waitFor();
			const timings = await page.evaluate(() => (window as unknown as { __searchTimings: { ms: number; engines: string; results: number }[] }).__searchTimings);
			rows.push({
				query,
				results: timings[1]!.results,
				first: (await page.locator('.search-result__title a').first().getAttribute('href').catch(() => null)) ?? undefined,
				firstResultsMs: Math.round(firstResultsMs),
				searchMs: Math.round(timings[1]!.ms * 10) / 10,
				engines: timings[1]!.engines,
			});
		}
	} finally {
		await context.close();
		if (!options.browser) await browser.close();
	}
	return rows;
}
