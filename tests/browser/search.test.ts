/**
 * Search in Chromium, on the built site: served under a sub-path (Pagefind and the
 * fallback index together) and opened from disk (the fallback index and the bodies' text). Every query of
 * the test list must return the same first result in both, and nothing may break the
 * Content-Security-Policy or leave the site.
 */
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, watchedPage, type Watched } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { SEARCH_CASES } from '../search-queries.ts';
import { siteDir } from './harness/site.ts';

let browser: Browser;
let server: RunningServer;
let dir: string;

beforeAll(async () => {
	dir = siteDir();
	server = await serveStatic(dir, '/archive/');
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Opens search.html with a query string and waits until that search has rendered. */
async function searchFor(page: Page, base: string, query: string) {
	await page.goto(`${base}search.html?${query}`);
	await page.locator('#search-results[data-state="done"]').waitFor({ timeout: 30_000 });
}

/** The first results' links, as site paths. */
const resultPaths = (page: Page, base: string) =>
	page.$$eval('.search-result__title a', (links, root) => links.map((a) => (a as HTMLAnchorElement).href.slice(root.length)), base);

const modes = () => [
	{ mode: 'served under a sub-path', base: server.url, origin: new URL(server.url).origin },
	{ mode: 'opened from disk (file://)', base: `${pathToFileURL(dir).href}/`, origin: 'file' as const },
];

const firsts = new Map<string, Map<string, string | undefined>>();

describe.each([0, 1])('search, mode %i', (which) => {
	let context: BrowserContext;
	let w: Watched;
	let m: ReturnType<typeof modes>[number];
	beforeAll(async () => {
		m = modes()[which]!;
		context = await browser.newContext();
		w = await watchedPage(context, m.origin);
	});
	afterAll(async () => {
		await context?.close();
	});

	test('every query of the test list returns its page first', async () => {
		const got = new Map<string, string | undefined>();
		const wrong: string[] = [];
		for (const c of SEARCH_CASES) {
			await searchFor(w.page, m.base, c.query);
			const first = (await resultPaths(w.page, m.base))[0];
			got.set(c.query, first);
			if (first !== c.first) wrong.push(`${m.mode}: ${c.query} (${c.why}) → ${first ?? 'nothing'}, expected ${c.first}`);
		}
		firsts.set(m.mode, got);
		expect(wrong).toEqual([]);
		expect([...w.errors, ...w.failed, ...w.external]).toEqual([]);
	});

	test('each result shows its kind, date and a snippet with the words marked, and links to its page', async () => {
		await searchFor(w.page, m.base, 'q=stop the bloodbath');
		const first = w.page.locator('.search-result').first();
		await expect(first.locator('.search-result__kind').textContent()).resolves.toBe('Quote');
		await expect(first.locator('.search-result__date').textContent()).resolves.toMatch(/\d{4}/);
		await expect(first.locator('.search-result__snippet mark').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringMatching(/bloodbath/i)]));
		await first.locator('a').click();
		await w.page.waitForURL(/quotes\/russia-stop-the-bloodbath\.html$/);
		await expect(w.page.locator('h1').textContent()).resolves.toMatch(/Russia/);
		expect([...w.errors, ...w.failed, ...w.external]).toEqual([]);
	});

	test('a query that matches nothing says so and offers a way on', async () => {
		await searchFor(w.page, m.base, 'q=zzqx+wibble&kind=event');
		await expect(w.page.locator('.search-result').count()).resolves.toBe(0);
		const empty = w.page.locator('.search-empty');
		await expect(empty.textContent()).resolves.toMatch(/Nothing in the archive matches “zzqx wibble” with these filters/);
		await expect(empty.locator('a', { hasText: 'without filters' }).getAttribute('href')).resolves.toBe('?q=zzqx+wibble');
		await expect(w.page.locator('#search-help').isVisible()).resolves.toBe(true);
	});

	test('the header search box on any page leads to the results', async () => {
		await w.page.goto(`${m.base}actors/ahmad-al-sharaa.html`);
		await w.page.fill('#site-search-q', 'طرطوس');
		await w.page.press('#site-search-q', 'Enter');
		await w.page.waitForURL(/search\.html\?q=/);
		await w.page.locator('#search-results[data-state="done"]').waitFor();
		expect((await resultPaths(w.page, m.base))[0]).toBe('places/tartus.html');
		await expect(w.page.inputValue('#q')).resolves.toBe('طرطوس');
	});

	test('filters and order live in the URL, so a search can be linked', async () => {
		await searchFor(w.page, m.base, 'q=al-Sharaa');
		await w.page.selectOption('select[name="kind"]', 'quote');
		await w.page.waitForURL(/kind=quote/);
		await w.page.locator('#search-results[data-state="done"]').waitFor();
		const kinds = await w.page.locator('.search-result__kind').allTextContents();
		expect(kinds.length).toBeGreaterThan(0);
		expect(new Set(kinds)).toEqual(new Set(['Quote']));
		await w.page.selectOption('select[name="sort"]', 'oldest');
		await w.page.waitForURL(/sort=oldest/);
		expect(new URL(w.page.url()).search).toBe('?q=al-Sharaa&kind=quote&sort=oldest');
		// The linked URL restores the same search in a fresh page.
		const again = await context.newPage();
		await searchFor(again, m.base, 'q=al-Sharaa&kind=quote&sort=oldest');
		await expect(again.inputValue('select[name="kind"]')).resolves.toBe('quote');
		expect(await resultPaths(again, m.base)).toEqual(await resultPaths(w.page, m.base));
		await again.close();
	});
});

test('served and from disk, the first results are the same', () => {
	const [served, disk] = [...firsts.values()];
	expect(served && disk).toBeTruthy();
	expect([...disk!.entries()]).toEqual([...served!.entries()]);
});

describe('Pagefind on the served site', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await browser.newContext();
		page = (await watchedPage(context, new URL(server.url).origin)).page;
		await page.goto(`${server.url}search.html`);
	});
	afterAll(() => context?.close());

	// Runs code against Pagefind's own API in the page. A string, so the test runner does not rewrite import().
	const pagefind = <T>(body: string) =>
		page.evaluate(`(async () => {
			const pf = await import(new URL('pagefind/pagefind.js', location.href).href);
			await pf.options({ baseUrl: '/' });
			${body}
		})()`) as Promise<T>;

	test('indexes entry pages with kind, actor, place, type and year filters, and only them', async () => {
		const filters = await pagefind<Record<string, Record<string, number>>>('return pf.filters();');
		expect(Object.keys(filters).sort()).toEqual(['actor', 'kind', 'place', 'type', 'year']);
		expect(Object.keys(filters.kind!)).toEqual(expect.arrayContaining(['actor', 'place', 'event', 'quote', 'article']));
		const urls = await pagefind<string[]>("const r = await pf.search(null, { filters: {} }); return Promise.all(r.results.map((x) => x.data().then((d) => d.url)));");
		expect(urls.length).toBeGreaterThan(0);
		expect(urls.every((u) => /^\/(actors|places|events|quotes|statements|articles)\//.test(u))).toBe(true);
	});

	test('indexes the main content, not the navigation chrome', async () => {
		const content = await pagefind<string>("const r = await pf.search('Golani'); return (await r.results[0].data()).content;");
		expect(content).not.toMatch(/Skip to content|An open archive of Syria/);
	});

	test('finds a page by the folded Arabic form of an alias, which only its hidden alias list holds', async () => {
		// The page prints أبو محمد الجولاني; readers often type it without hamza.
		const urls = await pagefind<string[]>("const r = await pf.search('ابو محمد الجولاني'); return Promise.all(r.results.map((x) => x.data().then((d) => d.url)));");
		expect(urls[0]).toBe('/actors/ahmad-al-sharaa.html');
	});

	test('sorts by date', async () => {
		const dates = await pagefind<string[]>(
			"const r = await pf.search(null, { filters: { kind: 'event' }, sort: { date: 'asc' } }); return Promise.all(r.results.map((x) => x.data().then((d) => d.meta.date)));",
		);
		expect(dates.length).toBeGreaterThan(2);
		const years = dates.map((d) => Number(/\d{4}/.exec(d)![0]));
		expect(years).toEqual([...years].sort((a, b) => a - b));
	});

	test('adds full-text results that the fallback index does not hold, served (Pagefind) and from disk (the bodies\' text)', async () => {
		// "strongholds" is only in bodies: the fallback index alone finds nothing.
		await searchFor(page, server.url, 'q=strongholds');
		const served = await resultPaths(page, server.url);
		expect(served.length).toBeGreaterThan(0);
		const disk = await browser.newContext();
		const p = await disk.newPage();
		const base = `${pathToFileURL(dir).href}/`;
		await searchFor(p, base, 'q=strongholds');
		const fromDisk = await resultPaths(p, base);
		expect(fromDisk.length).toBeGreaterThan(0);
		expect(served).toEqual(expect.arrayContaining(fromDisk));
		await expect(p.locator('.search-result__snippet mark').first().textContent()).resolves.toMatch(/^strongholds$/i);
		// Filters hold for the full-text matches too.
		await searchFor(p, base, 'q=strongholds&kind=actor');
		expect((await resultPaths(p, base)).every((x) => x.startsWith('actors/'))).toBe(true);
		await disk.close();
	});
});
