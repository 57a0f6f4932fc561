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
import { SAME_RESULTS, SEARCH_CASES } from '../search-queries.ts';
import { openSearch, searchAgain } from './harness/search-page.ts';
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
const searchFor = (page: Page, base: string, query: string) => openSearch(page, `${base}search.html`, query);

/** The first results' links, as site paths. */
const resultPaths = (page: Page, base: string) =>
	page.$$eval('.search-result__title a', (links, root) => links.map((a) => (a as HTMLAnchorElement).href.slice(root.length)), base);

/** Every result's links, group members included, after showing them all. */
async function allResultPaths(page: Page, base: string) {
	// Clicked in the page: each click draws the next groups at once, and the button hides after the last.
	await page.evaluate(() => {
		const more = document.querySelector<HTMLButtonElement>('#search-more')!;
		while (!more.hidden) more.click();
	});
	return page.$$eval('#search-results .search-result a', (links, root) => links.map((a) => (a as HTMLAnchorElement).href.slice(root.length)), base);
}

const modes = () => [
	{ mode: 'served under a sub-path', base: server.url, origin: new URL(server.url).origin },
	{ mode: 'opened from disk (file://)', base: `${pathToFileURL(dir).href}/`, origin: 'file' as const },
];

const firsts = new Map<string, Map<string, string | undefined>>();
/** Per mode, per group of equivalent spellings: the one list every spelling gave. */
const sameLists = new Map<string, string[][]>();

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
			await searchAgain(w.page, `${m.base}search.html`, c.query);
			const first = (await resultPaths(w.page, m.base))[0];
			got.set(c.query, first);
			if (first !== c.first) wrong.push(`${m.mode}: ${c.query} (${c.why}) → ${first ?? 'nothing'}, expected ${c.first}`);
		}
		firsts.set(m.mode, got);
		expect(wrong).toEqual([]);
		expect([...w.errors, ...w.failed, ...w.external]).toEqual([]);
	}, 300_000);

	test('equivalent spellings of a place or person, in either script, give one result list', async () => {
		const lists: string[][] = [];
		const differ: string[] = [];
		for (const group of SAME_RESULTS) {
			const got: string[][] = [];
			for (const q of group) {
				await searchAgain(w.page, `${m.base}search.html`, `q=${encodeURIComponent(q)}`);
				got.push(await allResultPaths(w.page, m.base));
			}
			expect(got[0]!.length, group[0]).toBeGreaterThan(1);
			got.forEach((list, i) => {
				if (JSON.stringify(list) !== JSON.stringify(got[0])) differ.push(`${m.mode}: “${group[i]}” gives ${list.length} results, “${group[0]}” ${got[0]!.length}`);
			});
			lists.push(got[0]!);
		}
		sameLists.set(m.mode, lists);
		expect(differ).toEqual([]);
		expect([...w.errors, ...w.failed, ...w.external]).toEqual([]);
	}, 300_000);

	test('snippets are prose, never a list of spellings or bare "(event)" links, with Arabic runs set right to left', async () => {
		await searchFor(w.page, m.base, 'q=Sharaa');
		const snippets = await w.page.locator('.search-result__snippet').allTextContents();
		expect(snippets.length).toBeGreaterThan(3);
		for (const text of snippets) {
			expect(text).not.toMatch(/\((?:event|quote|source)\)/);
			expect(text).not.toMatch(/·.*Jolani|Golani.*·/);
		}
		await expect(w.page.locator('.search-result__snippet').first().locator('mark').first().textContent()).resolves.toMatch(/Sharaa/);
		await expect(w.page.locator('.search-result__snippet').first().getAttribute('dir')).resolves.toBe('ltr');
		await searchFor(w.page, m.base, `q=${encodeURIComponent('الشرع')}`);
		const rtl = await w.page.$$eval('.search-result__snippet span[dir="rtl"]', (spans) => spans.map((s) => s.textContent ?? ''));
		expect(rtl.every((t) => /^[\u0600-\u06FF]/.test(t) && /[\u0600-\u06FF]$/.test(t))).toBe(true);
		await searchFor(w.page, m.base, 'q=Tartus');
		const marked = await w.page.locator('.search-result__snippet mark').allTextContents();
		expect(marked).toEqual(expect.arrayContaining(['Tartus']));
	});

	test('one speech is one result: its event, quotes and statement under the best-ranked of them', async () => {
		await searchFor(w.page, m.base, 'q=al-Sharaa');
		await allResultPaths(w.page, m.base);
		const groups = await w.page.$$eval('#search-results .search-result', (items) => items.map((li) => [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')!)));
		const speech = groups.filter((links) => links.some((l) => l.includes('events/al-sharaa-speech-2025-03-07')));
		expect(speech).toHaveLength(1);
		expect(speech[0]!.filter((l) => l.includes('quotes/ahmad-al-sharaa-2025-03-07')).length).toBeGreaterThan(1);
		await expect(w.page.locator('.search-result__group-label').first().textContent()).resolves.toMatch(/same/);
	});

	test('facets take any spelling in either script, suggest with counts, show as removable chips and in the status line', async () => {
		await searchFor(w.page, m.base, 'kind=event&place=Tartus');
		const tartus = await allResultPaths(w.page, m.base);
		expect(tartus.length).toBeGreaterThan(0);
		for (const spelling of ['Tartous', 'طرطوس']) {
			await searchFor(w.page, m.base, `kind=event&place=${encodeURIComponent(spelling)}`);
			expect(await allResultPaths(w.page, m.base), spelling).toEqual(tartus);
		}
		await expect(w.page.locator('#search-status').textContent()).resolves.toMatch(/filtered by kind: events; place: Tartus\./);
		await searchFor(w.page, m.base, 'q=killed');
		if ((await w.page.locator('#search-filter-box').getAttribute('open')) === null) await w.page.click('#search-filter-box > summary');
		await w.page.fill('#search-actor', 'SOHR');
		const option = w.page.locator('#search-actor-options [role="option"]').first();
		await expect(option.textContent()).resolves.toMatch(/^Syrian Observatory for Human Rights \(SOHR\) ?\d+$/);
		await w.page.press('#search-actor', 'ArrowDown');
		await w.page.press('#search-actor', 'Enter');
		await w.page.waitForURL(/actor=Syrian/);
		await w.page.locator('#search-results[data-state="done"]').waitFor();
		const chip = w.page.locator('.search-chip');
		await expect(chip.textContent()).resolves.toBe('actor: Syrian Observatory for Human Rights ×');
		await chip.click();
		await w.page.waitForURL((u) => !u.search.includes('actor='));
		await w.page.locator('#search-results[data-state="done"]').waitFor();
		await expect(w.page.locator('.search-chip').count()).resolves.toBe(0);
	});

	test('a fuzzy spelling says which name it was read as; the two search landmarks have their own names', async () => {
		await searchFor(w.page, m.base, 'q=Ahmed+Sharaa');
		await expect(w.page.locator('#search-status').textContent()).resolves.toMatch(/Showing matches for Ahmad al-Sharaa\./);
		await searchFor(w.page, m.base, 'q=Tartous');
		await expect(w.page.locator('#search-status').textContent()).resolves.not.toMatch(/Showing matches/);
		const names = await w.page.$$eval('[role="search"]', (els) => els.map((e) => e.getAttribute('aria-label')));
		expect(names).toHaveLength(2);
		expect(new Set(names).size).toBe(2);
	});

	test('each result shows its kind, date and a snippet with the words marked, and links to its page', async () => {
		await searchFor(w.page, m.base, 'q=stop the bloodbath');
		const first = w.page.locator('.search-result').first();
		await expect(first.locator('.search-result__kind').textContent()).resolves.toBe('Quote');
		await expect(first.locator('.search-result__date').textContent()).resolves.toMatch(/\d{4}/);
		await expect(first.locator('.search-result__snippet mark').allTextContents()).resolves.toEqual(expect.arrayContaining([expect.stringMatching(/bloodbath/i)]));
		await first.locator('.search-result__title a').click();
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

test('served and from disk, equivalent spellings give the same list', () => {
	const [served, disk] = [...sameLists.values()];
	expect(served && disk).toBeTruthy();
	expect(disk).toEqual(served);
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
		const content = await pagefind<string>("const r = await pf.search('Sharaa'); return (await r.results[0].data()).content;");
		expect(content).not.toMatch(/Skip to content|An open archive of Syria/);
	});

	test('holds prose only: an excerpt never opens on a list of spellings', async () => {
		// Other spellings are asked for one by one by the page (names.ts searchTerms), not indexed as a list.
		const content = await pagefind<string>("const r = await pf.search('Sharaa'); return (await r.results[0].data()).content;");
		expect(content).not.toMatch(/Golani|·/);
	});

	test('sorts by date', async () => {
		const dates = await pagefind<string[]>(
			"const r = await pf.search(null, { filters: { kind: 'event' }, sort: { date: 'asc' } }); return Promise.all(r.results.map((x) => x.data().then((d) => d.meta.date)));",
		);
		expect(dates.length).toBeGreaterThan(2);
		const years = dates.map((d) => Number(/\d{4}/.exec(d)![0]));
		expect(years).toEqual([...years].sort((a, b) => a - b));
	});

	test('a query for which Pagefind proposes more pages than it may check gives the list from disk, served', async () => {
		// The limit is 300 pages; lowered here so the project's content reaches it.
		const limited = await browser.newContext();
		await limited.addInitScript(() => ((window as unknown as { __searchPagefindMax: number }).__searchPagefindMax = 3));
		const p = (await watchedPage(limited, new URL(server.url).origin)).page;
		await searchFor(p, server.url, 'q=Jolani');
		const served = await allResultPaths(p, server.url);
		const engines = await p.evaluate(() => (window as unknown as { __searchTimings: { engines: string }[] }).__searchTimings.at(-1)!.engines);
		await limited.close();
		const disk = await browser.newContext();
		const d = await disk.newPage();
		const base = `${pathToFileURL(dir).href}/`;
		await searchFor(d, base, 'q=Jolani');
		const fromDisk = await allResultPaths(d, base);
		await disk.close();
		expect(served.length).toBeGreaterThan(3);
		expect(served).toEqual(fromDisk);
		expect(engines).toBe('index+text');
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
