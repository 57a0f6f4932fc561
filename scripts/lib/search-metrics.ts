/**
 * Search timings for the benchmark: opens search.html (served, or a file:// URL) in
 * Chromium for each query and reports how long the reader waits.
 *
 *   import { measureSearch } from './lib/search-metrics.ts';
 *   const rows = await measureSearch('http://127.0.0.1:4321/search.html', ['al-Sharaa', 'طرطوس']);
 *
 * firstResultsMs: from navigation start to the first results on screen (loading the
 * fallback index, preparing it and searching; the page marks "search:results" when they
 * are painted). The next two are for a second run of the same query typed into the
 * loaded page, as the page measured it (window.__searchTimings): searchMs until the
 * fallback index's results are painted (what the reader waits for: the "first results
 * after typing" target), searchCompleteMs until Pagefind's full-text results are merged
 * in and painted as well (the same as searchMs from file://, where Pagefind does not
 * run). firstCompleteMs is the first search's complete time, from the page's script
 * starting it (loading the fallback index included; from disk, loading and preparing the
 * bodies' text too): what a reader waits for who opens a link to a search. results is
 * the count shown in the end.
 */
import type { Browser } from 'playwright-core';
import { launch } from '../../tests/support/browser.ts';

export interface SearchTiming {
	query: string;
	results: number;
	first: string | undefined;
	firstResultsMs: number;
	searchMs: number;
	searchCompleteMs: number;
	firstCompleteMs: number;
	engines: string;
}

/** What the page records per search (search.client.ts). */
interface PageTiming {
	ms: number;
	completeMs: number;
	engines: string;
	results: number;
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
			// The page marks the results once they are painted, which may come just after "done".
			await page.waitForFunction(() => performance.getEntriesByName('search:results').length > 0);
			const firstResultsMs = await page.evaluate(() => performance.getEntriesByName('search:results')[0]!.startTime);
			// Once more in the loaded page, as a reader refining a search would.
			await page.fill('#q', `${query} `);
			await page.press('#q', 'Enter');
			await page.waitForFunction(() => (window as unknown as { __searchTimings?: unknown[] }).__searchTimings?.length === 2, undefined, { timeout: 120_000 });
			await page.locator('#search-results[data-state="done"]').waitFor();
			const timings = await page.evaluate(() => (window as unknown as { __searchTimings: PageTiming[] }).__searchTimings);
			rows.push({
				query,
				results: timings[1]!.results,
				first: (await page.locator('.search-result__title a').first().getAttribute('href').catch(() => null)) ?? undefined,
				firstResultsMs: Math.round(firstResultsMs),
				searchMs: Math.round(timings[1]!.ms * 10) / 10,
				searchCompleteMs: Math.round(timings[1]!.completeMs * 10) / 10,
				firstCompleteMs: Math.round(timings[0]!.completeMs),
				engines: timings[1]!.engines,
			});
		}
	} finally {
		await context.close();
		if (!options.browser) await browser.close();
	}
	return rows;
}
