/**
 * The timeline, the map and search on Arabic pages, in Chromium on the built site: the
 * page is right to left but the timeline's axis is not (docs/right-to-left.md), the
 * controls and announcements speak Arabic with Arabic plural forms and digits, the map's
 * controls and cards are mirrored, and search on ar/search.html gives the same entries
 * in the same order as search.html and opens Arabic pages, served and from file://.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { messages, plural } from '../../src/i18n/index.ts';
import { launch, watchedPage, type Watched } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { SEARCH_CASES } from '../search-queries.ts';
import { openSearch, searchAgain } from './harness/search-page.ts';
import { siteDir } from './harness/site.ts';

const ar = messages('ar');
const dir = siteDir();
const fileBase = `${pathToFileURL(dir).href}/`;
/** Latin words of three letters or more: what an Arabic control should not show (key names aside). */
const latinWords = (text: string) => (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !['Shift', 'Ctrl', 'Enter', 'Tab'].includes(w));
const ASCII_DIGIT = /[0-9]/;

let browser: Browser;
let server: RunningServer;
beforeAll(async () => {
	browser = await launch();
	server = await serveStatic(dir, '/archive/');
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function open(origin: string | 'file', width = 1280): Promise<{ context: BrowserContext; w: Watched }> {
	const context = await browser.newContext({ viewport: { width, height: 900 } });
	return { context, w: await watchedPage(context, origin) };
}

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;
/** The events the timeline's chart holds: its data's, since the page's list shows only the latest. */
const eventsInData = (page: Page) => page.$eval('#tl-data', (el) => (JSON.parse(el.textContent ?? '{}') as { s: number[] }).s.length);

describe('the Arabic timeline (file://)', () => {
	let context: BrowserContext;
	let w: Watched;
	beforeAll(async () => {
		({ context, w } = await open('file'));
		await w.page.goto(`${fileBase}ar/timeline.html`);
		await w.page.locator('[data-timeline][data-tl-ready]').waitFor({ timeout: 30_000 });
	});
	afterAll(() => context?.close());

	test('the page is right to left, the chart left to right, and the bar around it mirrored', async () => {
		const page = w.page;
		await expect(page.getAttribute('html', 'dir')).resolves.toBe('rtl');
		await expect(page.getAttribute('html', 'lang')).resolves.toBe('ar');
		await expect(page.getAttribute('[data-tl-stage]', 'dir')).resolves.toBe('ltr');
		await expect(page.getAttribute('[data-tl-card]', 'dir')).resolves.toBe('rtl');
		// In Arabic the count starts the bar on the right and the zoom buttons end it on the left.
		expect((await box(page, '.tl-count')).x).toBeGreaterThan((await box(page, '.tl-zoom')).x);
		expect([...w.errors, ...w.failed, ...w.external]).toEqual([]);
	});

	test('controls, key and help are in Arabic; counts use Arabic plural forms and digits', async () => {
		const page = w.page;
		const total = await eventsInData(page);
		await expect(page.locator('[data-tl-count]').textContent()).resolves.toBe(plural('ar', ar.timeline.events, total));
		await expect(page.getAttribute('[data-tl-zoom="in"]', 'aria-label')).resolves.toBe(ar.timeline.zoomIn);
		await expect(page.getAttribute('.tl-stage', 'aria-roledescription')).resolves.toBe(ar.timeline.roledescription);
		const words = await page.locator('.tl-filters label, .tl-lanes, .tl-zoom, .tl-key, .tl-help, .tl-skip').allTextContents();
		expect(words.flatMap(latinWords)).toEqual([]);
		expect(words.join(' ')).not.toMatch(ASCII_DIGIT);
		// Actors and places by their Arabic names where the content has one.
		await expect(page.locator('#tl-actor option', { hasText: 'أحمد الشرع' }).count()).resolves.toBe(1);
		// One type left on: "٣ من ٢٢٢ حدثًا تطابق المرشِّحات", by the plural form of the total.
		const legend = page.locator('[data-tl-type]');
		const types = await legend.count();
		for (let i = 1; i < types; i++) await legend.nth(i).click();
		// The events of the one type left on, counted in the chart's data (the page lists only the latest).
		const shown = await page.$eval('#tl-data', (el, type) => {
			const data = JSON.parse(el.textContent ?? '{}') as { t: [string, string][]; y: number[] };
			const at = data.t.findIndex(([id]) => id === type);
			return data.y.filter((y) => y === at).length;
		}, await legend.first().getAttribute('data-tl-type'));
		expect(shown).toBeLessThan(total);
		await expect(page.locator('[data-tl-count]').textContent()).resolves.toBe(plural('ar', ar.timeline.countSome, total, { shown: shown.toLocaleString('ar-SY') }));
		await page.click('.tl-filters button[type="reset"]');
		await expect.poll(() => page.locator('[data-tl-count]').textContent()).toBe(plural('ar', ar.timeline.events, total));
	});

	test('the keys follow the axis: → is the next, later event; announcements and the card are in Arabic', async () => {
		const page = w.page;
		const total = await eventsInData(page);
		const announce = page.locator('[data-tl-announce]');
		const n = (x: number) => x.toLocaleString('ar-SY');
		await page.focus('[data-tl-stage]');
		await page.keyboard.press('Home');
		await expect.poll(() => announce.textContent()).toContain(`الحدث ${n(1)} من ${n(total)}`);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => announce.textContent()).toContain(`الحدث ${n(2)} من ${n(total)}`);
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => announce.textContent()).toContain(`الحدث ${n(1)} من ${n(total)}`);
		await expect(announce.textContent()).resolves.toMatch(/اضغط Enter لفتحه\.$/);
		const card = page.locator('[data-tl-card]');
		await expect.poll(() => card.isVisible()).toBe(true);
		await expect(card.locator('.tl-card__hint').textContent()).resolves.toBe(ar.timeline.openHint);
		await page.keyboard.press('+');
		const zoomed = page.locator('[data-tl-zoomed]');
		await expect.poll(() => zoomed.textContent(), { timeout: 5_000 }).toMatch(/^المعروض .*(كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين).* في العرض\.$/);
		expect(await zoomed.textContent()).not.toMatch(ASCII_DIGIT);
		expect([...w.errors, ...w.failed, ...w.external]).toEqual([]);
	});
});

describe('the Arabic map (file://)', () => {
	let context: BrowserContext;
	let w: Watched;
	const placesJson = JSON.parse(readFileSync(path.join(dir, 'data', 'places.geojson'), 'utf8')) as { features: { id: string; properties: { events: number } }[] };
	beforeAll(async () => {
		({ context, w } = await open('file'));
		await w.page.goto(`${fileBase}ar/map.html`);
		await w.page.locator('[data-map][data-map-ready]').waitFor({ timeout: 30_000 });
	});
	afterAll(() => context?.close());

	test('zoom buttons on the left, the list of places beside the map on the left, in Arabic', async () => {
		const page = w.page;
		await expect(page.getAttribute('html', 'dir')).resolves.toBe('rtl');
		const stage = await box(page, '[data-map-stage]');
		expect((await box(page, '[data-map-zoom]')).x).toBeLessThan(stage.x + stage.width / 2);
		expect((await box(page, '.map-side')).x).toBeLessThan(stage.x);
		await expect(page.getAttribute('[data-map-zoom-by="in"]', 'aria-label')).resolves.toBe(ar.map.zoomIn);
		const words = await page.locator('.map-filters label, [data-map-zoom], [data-map-help], .map-side h2, [data-map-status]').allTextContents();
		expect(words.flatMap(latinWords)).toEqual([]);
		expect(words.join(' ')).not.toMatch(ASCII_DIGIT);
	});

	test('markers are named with Arabic plural forms; the card opens on the marker’s left', async () => {
		const page = w.page;
		const id = (await page.getAttribute('a[data-place]', 'data-place'))!;
		const count = placesJson.features.find((f) => f.id === id || f.id.endsWith(id))?.properties.events;
		const label = (await page.getAttribute('a[data-place]', 'aria-label'))!;
		if (count !== undefined) expect(label.endsWith(`، ${plural('ar', ar.map.events, count)}`), label).toBe(true);
		expect(label).not.toMatch(ASCII_DIGIT);
		// A marker in the map's right half, so both sides have room and the reading direction decides.
		const stage = await box(page, '[data-map-stage]');
		const markers = page.locator('a[data-place]');
		let pick = -1;
		for (let i = 0; i < (await markers.count()) && pick < 0; i++) {
			const b = await markers.nth(i).boundingBox();
			if (b && b.x > stage.x + stage.width * 0.55 && b.x < stage.x + stage.width * 0.9) pick = i;
		}
		expect(pick).toBeGreaterThanOrEqual(0);
		// Focus shows the card as hover does (a marker's circle is no stable hover target while markers are sized).
		await markers.nth(pick).focus();
		const card = page.locator('[data-map-card]');
		await expect.poll(() => card.isVisible()).toBe(true);
		const m = (await markers.nth(pick).boundingBox())!;
		const c = (await card.boundingBox())!;
		expect(c.x + c.width).toBeLessThanOrEqual(m.x + 1);
		expect(await card.locator('.map-card__n').textContent()).not.toMatch(ASCII_DIGIT);
		expect([...w.errors, ...w.failed, ...w.external]).toEqual([]);
	});
});

/** The results' entry paths, group members included, after showing them all; `edition` is the page's folder. */
async function results(page: Page, base: string, edition: string, query: string, run = openSearch): Promise<string[]> {
	await run(page, `${base}${edition}search.html`, query);
	await page.evaluate(() => {
		const more = document.querySelector<HTMLButtonElement>('#search-more')!;
		while (!more.hidden) more.click();
	});
	return page.$$eval('#search-results .search-result a', (links, root) => links.map((a) => (a as HTMLAnchorElement).href.slice(root.length)), `${base}${edition}`);
}

const QUERIES = ['q=al-Sharaa', `q=${encodeURIComponent('أحمد الشرع')}`, 'q=Tartous', 'q=curfew', 'kind=event&place=Tartus', ...SEARCH_CASES.slice(14, 18).map((c) => c.query)];

describe.each([
	{ mode: 'served under a sub-path', base: () => server.url, origin: () => new URL(server.url).origin },
	{ mode: 'opened from disk (file://)', base: () => fileBase, origin: () => 'file' as const },
])('Arabic search, $mode', ({ base, origin }) => {
	let context: BrowserContext;
	let w: Watched;
	beforeAll(async () => {
		({ context, w } = await open(origin()));
	});
	afterAll(() => context?.close());

	test('ar/search.html gives the same entries in the same order as search.html, and links to ar/ pages', async () => {
		const differ: string[] = [];
		// One tab per edition, each kept on its search page from query to query.
		const inArabic = await watchedPage(context, origin());
		for (const q of [...new Set(QUERIES)]) {
			const english = await results(w.page, base(), '', q, searchAgain);
			const arabic = await results(inArabic.page, base(), 'ar/', q, searchAgain);
			expect(english.length, q).toBeGreaterThan(0);
			if (JSON.stringify(arabic) !== JSON.stringify(english)) differ.push(`${q}: ${arabic.length} vs ${english.length}`);
			// Relative to ar/search.html, so every link stays in the Arabic edition.
			const hrefs = await inArabic.page.$$eval('#search-results a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
			expect(hrefs.every((h) => h.startsWith(`${base()}ar/`)), q).toBe(true);
		}
		await inArabic.page.close();
		expect(differ).toEqual([]);
		expect([...w.errors, ...w.failed, ...w.external, ...inArabic.errors, ...inArabic.failed, ...inArabic.external]).toEqual([]);
	}, 300_000);

	test('the status line, filters and empty state are in Arabic, counts in Arabic plural forms and digits', async () => {
		const page = w.page;
		await results(page, base(), 'ar/', 'q=Ahmed+Sharaa');
		const status = (await page.locator('#search-status').textContent())!;
		expect(status).toMatch(/^(نتيجة واحدة|نتيجتان|[٠-٩٬]+ (نتائج|نتيجةً|نتيجة)) عن «Ahmed Sharaa»\. تُعرض مطابقات أحمد الشرع\.$/);
		// An actor is shown by its Arabic name where the content has one, a title only in English marked as English.
		const sharaa = page.locator('.search-result__title a[href$="actors/ahmad-al-sharaa.html"]');
		await expect(sharaa.textContent()).resolves.toBe('أحمد الشرع');
		await expect(page.locator('.search-result__title a[lang="en"]').count()).resolves.toBeGreaterThan(0);
		// Each title's heading takes its text's direction: the Arabic name right to left, an English title left to right.
		const direction = (a: ReturnType<Page['locator']>) => a.evaluate((el) => getComputedStyle(el.closest('h2')!).direction);
		await expect(direction(sharaa)).resolves.toBe('rtl');
		await expect(direction(page.locator('.search-result__title a[lang="en"]').first())).resolves.toBe('ltr');
		await results(page, base(), 'ar/', 'kind=event&place=Tartus');
		await expect(page.locator('#search-status').textContent()).resolves.toMatch(/مع التصفية حسب الصنف: .*؛ المكان: طرطوس\.$/);
		await expect(page.locator('.search-chip').last().getAttribute('aria-label')).resolves.toMatch(/^أزل المرشِّح المكان: طرطوس$/);
		await results(page, base(), 'ar/', 'q=zzqxw');
		await expect(page.locator('#search-status').textContent()).resolves.toBe('لا نتائج عن «zzqxw».');
		await expect(page.locator('.search-empty p').first().textContent()).resolves.toBe('لا شيء في الأرشيف يطابق «zzqxw».');
		const help = await page.locator('#search-help > p:first-child, .search-form__query label, .search-form summary').allTextContents();
		expect(help.flatMap(latinWords)).toEqual([]);
	}, 120_000);

	test('results name their kind, date and event type in Arabic, in Arabic-Indic digits', async () => {
		const page = w.page;
		await results(page, base(), 'ar/', 'q=Tartous');
		const kinds = await page.locator('.search-result__kind, .search-result__member-kind').allTextContents();
		expect(kinds.length).toBeGreaterThan(0);
		expect(kinds.flatMap(latinWords)).toEqual([]);
		const dates = await page.locator('.search-result__date').allTextContents();
		expect(dates.length).toBeGreaterThan(0);
		expect(dates.flatMap(latinWords)).toEqual([]);
		expect(dates.join(' ')).not.toMatch(ASCII_DIGIT);
		// An event without prose of its own is a line of its type and places, composed in Arabic and read right to left.
		await results(page, base(), 'ar/', 'type=battle');
		const line = page.locator('.search-result--event .search-result__snippet').first();
		await expect(line.textContent()).resolves.toContain(ar.types.battle.label);
		await expect(line.getAttribute('dir')).resolves.toBe('rtl');
		expect((await page.locator('.search-result--event .search-result__snippet').allTextContents()).join(' ')).not.toContain('Battle');
		// A place's line is its kind and the place it lies in, in the page's language.
		const placeLine = (edition: string) =>
			results(page, base(), edition, 'kind=place&q=Jableh').then(() => page.locator('.search-result--place .search-result__snippet').first().textContent());
		await expect(placeLine('')).resolves.toBe('Town in Latakia Governorate');
		await expect(placeLine('ar/')).resolves.toBe(`${ar.entries.placeKinds.town} في محافظة اللاذقية`);
	}, 120_000);

	test('the type filter takes event type ids, shows Arabic labels, and both editions filter alike', async () => {
		const page = w.page;
		const values = (edition: string) =>
			page.goto(`${base()}${edition}search.html`).then(() => page.$$eval('select[name="type"] option', (os) => os.map((o) => [(o as HTMLOptionElement).value, o.textContent!.trim()])));
		const english = await values('');
		const arabic = await values('ar/');
		expect(arabic.map(([v]) => v)).toEqual(english.map(([v]) => v));
		expect(arabic).toContainEqual(['battle', ar.types.battle.label]);
		expect(arabic.slice(1).flatMap(([, label]) => latinWords(label!))).toEqual([]);
		for (const q of ['type=battle', 'type=violence-against-civilians&q=Sweida']) {
			const en = await results(page, base(), '', q);
			expect(en.length, q).toBeGreaterThan(0);
			expect(await results(page, base(), 'ar/', q), q).toEqual(en);
		}
		await results(page, base(), 'ar/', 'type=battle');
		await expect(page.locator('#search-status').textContent()).resolves.toContain(`نوع الحدث: ${ar.types.battle.label}`);
		await expect(page.locator('select[name="type"]').inputValue()).resolves.toBe('battle');
		expect([...w.errors, ...w.failed, ...w.external]).toEqual([]);
	}, 120_000);
});
