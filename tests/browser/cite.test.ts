/**
 * What a reader who cites, prints, shares or downloads gets (issue 18): the citation
 * formats parse back, the JSON-LD describes each page as schema.org expects, the
 * exports parse with their own readers, a printed page keeps addresses and drops
 * controls, and a missing page at any depth is a working 404 in every hosting mode.
 */
import { mkdtemp, readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element as HastElement, Root } from 'hast';
import ICAL from 'ical.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, watchedPage } from '../support/browser.ts';
import { buildSite, buildsDir, projectRoot } from '../support/build-site.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { htmlFiles, siteDir } from './harness/site.ts';

const SITE = 'https://example.org/archive/';
const REPOSITORY = 'https://github.com/example/syria-archive';
let browser: Browser;
/** tests/fixtures/basic built with SITE_URL and ARCHIVE_REPOSITORY. */
let built: string;

beforeAll(async () => {
	await mkdir(buildsDir, { recursive: true });
	const outDir = path.join(await mkdtemp(path.join(buildsDir, 'cite-')), 'dist');
	const build = await buildSite(path.join(projectRoot, 'tests', 'fixtures', 'basic'), { outDir, env: { SITE_URL: SITE, ARCHIVE_REPOSITORY: REPOSITORY } });
	if (build.code !== 0) throw new Error(`The build failed:\n${build.stdout}\n${build.stderr}`);
	built = outDir;
	browser = await launch();
}, 180_000);
afterAll(() => browser?.close());

const read = (file: string) => readFile(path.join(built, file), 'utf8');
const tree = async (file: string) => fromHtml(await read(file));
function all(node: Root | HastElement, test: (e: HastElement) => boolean, found: HastElement[] = []): HastElement[] {
	for (const child of node.children) {
		if (child.type !== 'element') continue;
		if (test(child)) found.push(child);
		all(child, test, found);
	}
	return found;
}
const hasClass = (e: HastElement, name: string) => ((e.properties.className as string[] | undefined) ?? []).includes(name);
const entryPages = async () => (await htmlFiles(built)).filter((p) => /^(actors|places|events|articles|quotes|statements)\//.test(p));

describe('cite this entry', () => {
	it('every entry page has a reference with its permanent address and access date, and BibTeX, CSL-JSON and RIS that parse back', async () => {
		const pages = await entryPages();
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages) {
			const t = await tree(page);
			const url = `${SITE}${page}`;
			const [block] = all(t, (e) => hasClass(e, 'cite-this'));
			expect(block, page).toBeDefined();
			const reference = toText(all(block!, (e) => hasClass(e, 'cite-this__reference'))[0]!);
			expect(reference, page).toContain(url);
			expect(reference, page).toMatch(/Accessed: \w+ \d+, \d{4}/);
			// The text of each <pre>, whose white space is kept (RIS needs its two spaces).
			const [bibtex, csl, ris] = all(block!, (e) => e.tagName === 'pre').map((c) => toText(c));
			const title = toText(all(t, (e) => e.tagName === 'title')[0]!).replace(/ · Syria Transition Archive$/, '');
			for (const [format, text] of [['BibTeX', bibtex], ['CSL-JSON', csl && JSON.parse(csl)], ['RIS', ris]] as const) {
				const [item] = new Cite(text).data;
				expect(item?.URL, `${page} ${format}`).toBe(url);
				// BibTeX writes an ellipsis as three full stops (\ldots): the same text, compatibly.
				if (!page.startsWith('quotes/')) expect(String(item?.title).normalize('NFKC'), `${page} ${format}`).toBe(title.normalize('NFKC'));
			}
		}
	});

	it('says when the entry last changed and links its file\'s history', async () => {
		const t = await tree('events/coast-killings.html');
		const [history] = all(t, (e) => hasClass(e, 'entry-history'));
		expect(toText(history!)).toMatch(/^Last changed \d{1,2} \w+ \d{4} · history of this entry\.$/);
		const link = all(history!, (e) => e.tagName === 'a')[0]!;
		expect(link.properties.href).toBe(`${REPOSITORY}/commits/main/tests/fixtures/basic/events/coast-killings.md`);
	});
});

describe('JSON-LD, Open Graph and Twitter tags', () => {
	const expectedType: Record<string, string[]> = { events: ['Event'], actors: ['Person', 'Organization'], places: ['Place'], articles: ['NewsArticle'], quotes: ['Quotation'], statements: ['Quotation'] };
	/** Properties schema.org's consumers need of each type. */
	const required: Record<string, string[]> = { Event: ['name', 'startDate', 'url'], Person: ['name', 'url'], Organization: ['name', 'url'], Place: ['name', 'url'], NewsArticle: ['url', 'publisher'], Quotation: ['text', 'spokenByCharacter', 'isBasedOn'] };

	it('every entry page describes itself as schema.org expects, with absolute addresses', async () => {
		for (const page of await entryPages()) {
			const t = await tree(page);
			const blocks = all(t, (e) => e.tagName === 'script' && e.properties.type === 'application/ld+json');
			expect(blocks.length, page).toBe(1);
			const data = JSON.parse(toText(blocks[0]!)) as Record<string, unknown>;
			expect(data['@context'], page).toBe('https://schema.org');
			expect(expectedType[page.split('/')[0]!], page).toContain(data['@type']);
			for (const p of required[data['@type'] as string]!) expect(data[p], `${page} ${p}`).toBeDefined();
			const ids = JSON.stringify(data).match(/"@id":"[^"]*"/g) ?? [];
			expect(ids.every((id) => id.startsWith(`"@id":"${SITE}`)), page).toBe(true);
			const meta = (key: string) => all(t, (e) => e.tagName === 'meta' && (e.properties.property === key || e.properties.name === key))[0]?.properties.content;
			expect(meta('og:title'), page).toBeTruthy();
			expect(meta('og:type'), page).toBe('article');
			expect(meta('og:url'), page).toBe(`${SITE}${page}`);
			expect(meta('twitter:card'), page).toBe('summary');
		}
	});

	it('an event names its dates, places with coordinates and its sources', async () => {
		const t = await tree('events/coast-killings.html');
		const data = JSON.parse(toText(all(t, (e) => e.properties.type === 'application/ld+json')[0]!));
		expect(data).toMatchObject({ '@type': 'Event', startDate: '2025-03-06', endDate: '2025-03-09', location: [{ '@type': 'Place', name: 'Jableh', geo: { '@type': 'GeoCoordinates' } }] });
		expect(data.subjectOf.map((a: { '@type': string }) => a['@type'])).toEqual(['NewsArticle', 'NewsArticle']);
	});

	it('the about page describes the exports as a Dataset whose files exist', async () => {
		const t = await tree('about.html');
		const data = JSON.parse(toText(all(t, (e) => e.properties.type === 'application/ld+json')[0]!));
		expect(data).toMatchObject({ '@type': 'Dataset', license: expect.stringMatching(/^https:\/\//) });
		expect(data.distribution.length).toBeGreaterThanOrEqual(10);
		for (const d of data.distribution) await expect(read(d.contentUrl.replace(SITE, '')), d.contentUrl).resolves.toBeTruthy();
	});
});

describe('exports', () => {
	it('events.ics parses with ical.js: every event, all-day, with a stable UID and its page', async () => {
		const archive = JSON.parse(await read('data/archive.json'));
		const cal = new ICAL.Component(ICAL.parse(await read('data/events.ics')));
		const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events.map((e) => e.uid)).toEqual(archive.events.map((e: { id: string }) => `${e.id}@syria-transition-archive`));
		expect(events.every((e) => e.startDate.isDate && e.endDate.compare(e.startDate) > 0)).toBe(true);
		expect(events.map((e) => e.component.getFirstPropertyValue('url'))).toEqual(archive.events.map((e: { id: string }) => `${SITE}events/${e.id}.html`));
	});

	it('timelinejs.json has TimelineJS3\'s shape', async () => {
		const file = JSON.parse(await read('data/timelinejs.json'));
		expect(file.title.text.headline).toBeTruthy();
		expect(file.events.length).toBe(JSON.parse(await read('data/archive.json')).events.length);
		for (const e of file.events) {
			expect(Number.isInteger(e.start_date.year)).toBe(true);
			expect(typeof e.text.headline).toBe('string');
			expect(typeof e.unique_id).toBe('string');
		}
	});

	it('a CSV of every collection, with a header row', async () => {
		const headers: [string, string][] = [['events.csv', 'id,title,date'], ['claims.csv', 'event,kind'], ['actors.csv', 'id,name,name_arabic'], ['places.csv', 'id,name,name_arabic'], ['articles.csv', 'id,title,publisher'], ['quotes.csv', 'id,text,speaker']];
		for (const [file, header] of headers) {
			expect((await read(`data/${file}`)).startsWith(header), file).toBe(true);
		}
	});

	it('the Atom feed is well-formed XML with the elements RFC 4287 requires, and absolute ids', async () => {
		const page = await browser.newPage();
		try {
			const report = await page.evaluate((xml) => {
				const doc = new DOMParser().parseFromString(xml, 'application/xml');
				const ns = 'http://www.w3.org/2005/Atom';
				const feed = doc.documentElement;
				const child = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
				const entries = child(feed, 'entry');
				return {
					error: doc.getElementsByTagName('parsererror').length > 0,
					root: `${feed.namespaceURI} ${feed.localName}`,
					feed: ['id', 'title', 'updated', 'author'].map((n) => child(feed, n).length),
					authorName: child(child(feed, 'author')[0]!, 'name')[0]?.textContent,
					entries: entries.length,
					complete: entries.every((e) => ['id', 'title', 'updated', 'link'].every((n) => child(e, n).length === 1)),
					ids: [child(feed, 'id')[0]!, ...entries.map((e) => child(e, 'id')[0]!)].map((i) => i.textContent!),
				};
			}, await read('data/events.atom'));
			expect(report).toMatchObject({ error: false, root: 'http://www.w3.org/2005/Atom feed', feed: [1, 1, 1, 1], authorName: 'Syria Transition Archive contributors', complete: true });
			expect(report.entries).toBeGreaterThan(0);
			expect(report.ids.every((id) => id.startsWith(SITE))).toBe(true);
		} finally {
			await page.close();
		}
	});
});

describe('quotes in context', () => {
	it('a verified quote\'s page shows its sentence and links to the words, marked, in the archived text', async () => {
		const context = await browser.newContext();
		try {
			const w = await watchedPage(context, 'file');
			await w.page.goto(pathToFileURL(path.join(built, 'quotes', 'sharaa-surrender.html')).href);
			await expect(w.page.locator('.quote-context').textContent()).resolves.toContain('"Lay down your arms and surrender before it is too late," said the interim Syrian president.');
			await expect(w.page.locator('dl.facts:not(.cite-this__facts)').textContent()).resolves.toMatch(/Said 7 March 2025/);
			await w.page.getByRole('link', { name: 'Read it in the archived text' }).click();
			await w.page.waitForURL(/articles\/lorient-clashes\.html#quote-sharaa-surrender$/);
			const target = w.page.locator(':target');
			await expect(target.evaluate((el) => [el.tagName, el.textContent])).resolves.toEqual(['MARK', 'Lay down your arms and surrender before it is too late']);
			expect(w.failed).toEqual([]);
		} finally {
			await context.close();
		}
	});
});

describe('printing', () => {
	it('hides the controls and prints addresses: the sources\', the page\'s own, and the date', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		try {
			const page = await context.newPage();
			await page.emulateMedia({ media: 'print' });
			const shown = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0);
			await page.goto(pathToFileURL(path.join(built, 'events', 'coast-killings.html')).href);
			for (const hidden of ['.site-header nav', '.site-search', '.skip-link', '.cite-this__format']) expect(await shown(hidden), hidden).toBe(false);
			await expect(page.locator('.entry-source__url').allTextContents()).resolves.toEqual(['https://today.lorientlejour.com/article/1450902', 'https://www.reuters.com/world/middle-east/syria-coast-toll-2025-03-09/']);
			expect(await shown('.entry-source__url')).toBe(true);
			await expect(page.locator('.print-footer').textContent()).resolves.toMatch(new RegExp(`Printed from ${SITE}events/coast-killings\\.html · built \\d{4}-\\d{2}-\\d{2}`));
			expect(await shown('.print-footer')).toBe(true);
			await page.goto(pathToFileURL(path.join(built, 'articles', 'reuters-coast-toll.html')).href);
			// An external link whose text is not its address prints the address after it.
			const after = await page.locator('main a[href^="https://web.archive.org"]').evaluate((a) => getComputedStyle(a, '::after').content);
			expect(after).toContain('https://web.archive.org/web/*/');
			expect(await page.locator('main a.url').first().evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
			await page.goto(pathToFileURL(path.join(built, 'timeline.html')).href);
			for (const hidden of ['.tl-filters', '.tl-zoom', '.tl-help', '.tl-chart']) expect(await shown(hidden), hidden).toBe(false);
			expect(await shown('.timeline-list')).toBe(true);
			await page.goto(pathToFileURL(path.join(built, 'search.html')).href);
			for (const hidden of ['.search-form', '.site-search']) expect(await shown(hidden), hidden).toBe(false);
			// On screen the print-only parts stay hidden.
			await page.emulateMedia({ media: 'screen' });
			await page.goto(pathToFileURL(path.join(built, 'events', 'coast-killings.html')).href);
			expect(await shown('.print-footer')).toBe(false);
			expect(await shown('.entry-source__url')).toBe(false);
		} finally {
			await context.close();
		}
	});
});

describe('printing a copy built without SITE_URL', () => {
	it('the footer names the address the page was opened at, and the day it was printed', async () => {
		const page = await browser.newPage();
		try {
			const url = pathToFileURL(path.join(siteDir(), 'about.html')).href;
			await page.goto(url);
			await expect(page.locator('.print-footer').textContent()).resolves.toMatch(/^Printed from about\.html · built \d{4}-\d{2}-\d{2}$/);
			await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
			await expect(page.locator('.print-footer').textContent()).resolves.toMatch(new RegExp(`^Printed from ${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · printed \\d{4}-\\d{2}-\\d{2}$`));
		} finally {
			await page.close();
		}
	});
});

describe('a missing page one folder deep or more, built without SITE_URL', () => {
	let dir: string;
	beforeAll(() => {
		dir = siteDir();
	});

	for (const base of ['/', '/archive/']) {
		it(`is styled and its links lead into the site when served at ${base}`, async () => {
			const server: RunningServer = await serveStatic(dir, base);
			const context = await browser.newContext();
			try {
				for (const missing of ['events/renamed-event.html', 'events/old/deeper/renamed.html', 'no-such-folder/x.html']) {
					const w = await watchedPage(context, new URL(server.url).origin);
					const response = await w.page.goto(`${server.url}${missing}`, { waitUntil: 'load' });
					expect(response?.status()).toBe(404);
					await expect(w.page.locator('h1').textContent()).resolves.toBe('Page not found');
					await w.page.waitForSelector('html[data-site-root]');
					expect(await w.page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().left), missing).toBeLessThan(0);
					await expect(w.page.getByRole('link', { name: 'timeline' }).getAttribute('href')).resolves.toBe(`${new URL(server.url).pathname}timeline.html`);
					await w.page.getByRole('link', { name: 'home page' }).click();
					await w.page.waitForURL(server.url.replace(/\/$/, '/index.html'));
					expect(await w.page.title(), missing).toBe('Syria Transition Archive');
					// Under a folder the site does not have, the page asks which ancestor holds the site's stylesheet.
					expect(w.failed.filter((f) => !f.includes(missing) && !/no-such-folder\/assets\/site\.css/.test(f)), missing).toEqual([]);
					expect(w.errors.filter((e) => !/404/.test(e)), missing).toEqual([]);
					await w.page.close();
				}
			} finally {
				await context.close();
				await server.close();
			}
		});
	}

	it('opened from disk, is styled and its links lead into the site', async () => {
		const context = await browser.newContext({ offline: true });
		try {
			const w = await watchedPage(context, 'file');
			await w.page.goto(pathToFileURL(path.join(dir, '404.html')).href);
			expect(await w.page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().left)).toBeLessThan(0);
			await w.page.getByRole('link', { name: 'timeline' }).click();
			await w.page.waitForURL(/\/timeline\.html$/);
			expect(await w.page.title()).toBe('Timeline · Syria Transition Archive');
			expect(w.failed).toEqual([]);
			expect(w.errors).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
