/**
 * The interactive timeline in Chromium, on a small archive built from
 * tests/fixtures/timeline/ (28 events, known dates and types): zooming changes the
 * window, filters change the chart, the list, the count and the URL, reload and Back
 * restore the view, the keyboard reaches and opens an event, and the page works from
 * file://. TIMELINE_SITE_DIR may name an existing build of that fixture to skip the build.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { launch, watchedPage, type Watched } from '../support/browser.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { decodeView } from '../../src/timeline/view-state.ts';
import { formatNumber } from '../../src/i18n/format.ts';
import { TIMELINE_PAGE_LIST } from '../../src/views/timeline.ts';
import { axeViolations } from './harness/axe.ts';
import { siteDir } from './harness/site.ts';

const FIXTURE = path.join(projectRoot, 'tests', 'fixtures', 'timeline');
const TOTAL = 28;

let dir: string;
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
	dir = process.env.TIMELINE_SITE_DIR ?? '';
	if (!dir || !existsSync(path.join(dir, 'timeline.html'))) {
		const built = await buildSite(FIXTURE);
		if (built.code !== 0) throw new Error(`The timeline fixture did not build:\n${built.stderr || built.stdout}`);
		dir = built.outDir;
	}
	server = await serveStatic(dir, '/archive/');
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const ready = (page: Page) => page.locator('[data-timeline][data-tl-ready]').first().waitFor({ timeout: 15_000 });
const count = (page: Page) => page.locator('[data-tl-count]').first().textContent();
const visibleItems = (page: Page) => page.locator('.tl .event-item:visible').count();
/** The window the URL records, in days; null for the whole period. */
/** The window a zoomed view writes into the URL; null when the URL has none (or says "all"). */
const urlWindow = (page: Page) => {
	const w = decodeView(new URL(page.url()).search).window;
	return Array.isArray(w) ? w : null;
};
/** Waits until the page's query string passes `test` (checked from here: the page's CSP forbids eval). */
const waitForUrl = (page: Page, test: (search: URLSearchParams) => boolean) =>
	expect.poll(() => test(new URL(page.url()).searchParams), { timeout: 5_000 }).toBe(true);
/** The number of painted pixels on the chart's canvas: proof that marks were drawn. */
const paintedPixels = (page: Page) =>
	page.$eval('[data-tl-canvas]', (c) => {
		const canvas = c as HTMLCanvasElement;
		const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
		let n = 0;
		for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
		return n;
	});

/**
 * The chart's script (included inline after the data, not deferred) as the head preloads
 * it, and how often it was fetched: a preload whose URL differs from the script's is
 * fetched twice and helps nothing.
 */
const chartScript = (page: Page) =>
	page.evaluate(() => ({
		preload: [...document.querySelectorAll<HTMLLinkElement>('head link[rel="preload"][as="script"]')].map((l) => l.href),
		script: [...document.scripts].filter((s) => /assets\/timeline\.js$/.test(s.src)).map((s) => s.src),
		fetched: performance.getEntriesByType('resource').filter((r) => /assets\/timeline\.js$/.test(r.name)).length,
	}));

describe('timeline, served', () => {
	let context: BrowserContext;
	let w: Watched;
	let page: Page;
	beforeAll(async () => {
		context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		w = await watchedPage(context, new URL(server.url).origin);
		page = w.page;
	});
	afterAll(async () => {
		expect(w.errors, 'console errors').toEqual([]);
		expect(w.external, 'requests that left the site').toEqual([]);
		await context?.close();
	});

	test('renders the chart over the complete list', async () => {
		await page.goto(`${server.url}timeline.html`);
		await ready(page);
		expect(await count(page)).toBe(`${TOTAL} events`);
		expect(await visibleItems(page)).toBe(TOTAL);
		expect(await paintedPixels(page)).toBeGreaterThan(500);
		expect(await page.locator('.tl-legend__item').count()).toBe(13);
		expect(await axeViolations(page, ['moderate', 'serious', 'critical'])).toEqual([]);
	});

	test('fetches the chart script from the head, once, before the parser reaches it', async () => {
		await page.goto(`${server.url}timeline.html`);
		await ready(page);
		const { preload, script, fetched } = await chartScript(page);
		expect(script).toHaveLength(1);
		expect(preload).toEqual(script);
		expect(fetched).toBe(1);
	});

	test('zooming changes the visible window, and the URL keeps it', async () => {
		await page.goto(`${server.url}timeline.html`);
		await ready(page);
		const before = await page.locator('[data-tl-inview]').textContent();
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await waitForUrl(page, (s) => s.has('view'));
		const first = urlWindow(page)!;
		const wheelAt = (await page.locator('[data-tl-canvas]').boundingBox())!;
		await page.mouse.move(wheelAt.x + wheelAt.width * 0.6, wheelAt.y + 100);
		// A plain wheel scrolls the page past the chart; Ctrl with the wheel zooms it.
		const scrolled = await page.evaluate(() => window.scrollY);
		await page.mouse.wheel(0, 200);
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled);
		expect(urlWindow(page)).toEqual(first);
		await page.mouse.move(wheelAt.x + wheelAt.width * 0.6, wheelAt.y + 100 - (await page.evaluate(() => window.scrollY)) + scrolled);
		await page.keyboard.down('Control');
		for (let k = 0; k < 5; k++) await page.mouse.wheel(0, -200);
		await page.keyboard.up('Control');
		await expect.poll(() => {
			const w = urlWindow(page);
			return w ? w[1] - w[0] : Infinity;
		}).toBeLessThan(first[1] - first[0]);
		const second = urlWindow(page)!;
		expect(second[1] - second[0]).toBeLessThan(first[1] - first[0]);
		expect(await page.locator('[data-tl-inview]').textContent()).not.toBe(before);
		// The whole period: the URL says so (the opening window is only where the events are).
		await page.getByRole('button', { name: 'All' }).click();
		await waitForUrl(page, (s) => s.get('view') === 'all');

		// Brushing a stretch of the overview zooms the chart to it.
		await page.locator('[data-tl-brush]').scrollIntoViewIfNeeded();
		const overview = (await page.locator('[data-tl-brush]').boundingBox())!;
		await page.mouse.move(overview.x + overview.width * 0.3, overview.y + overview.height / 2);
		await page.mouse.down();
		await page.mouse.move(overview.x + overview.width * 0.4, overview.y + overview.height / 2, { steps: 5 });
		await page.mouse.up();
		await waitForUrl(page, (s) => (s.get('view') ?? '').includes('..'));
		const brushed = urlWindow(page)!;
		const all = (await page.evaluate(() => JSON.parse(document.getElementById('tl-data')!.textContent!).s.length)) as number;
		expect(all).toBe(TOTAL);
		// About a tenth of the period (Dec 2024 to Jan 2026, some 400 days).
		expect(brushed[1] - brushed[0]).toBeGreaterThan(25);
		expect(brushed[1] - brushed[0]).toBeLessThan(60);
	});

	test('a filter changes the visible events, the count and the URL; Back undoes it', async () => {
		await page.goto(`${server.url}timeline.html`);
		await ready(page);
		const pixels = await paintedPixels(page);
		await page.locator('#tl-actor').selectOption('sohr');
		await waitForUrl(page, (s) => s.get('actor') === 'sohr');
		// SOHR reports the coastal killings (as an actor) only.
		expect(await count(page)).toBe(`1 of ${TOTAL} events match`);
		expect(await visibleItems(page)).toBe(1);
		await expect.poll(() => page.locator('.tl .event-item:visible a').first().textContent()).toBe('Killings of Alawite civilians on the coast');
		expect(await paintedPixels(page)).toBeLessThan(pixels);

		await page.locator('#tl-actor').selectOption('');
		await page.getByLabel('Search titles, actors, places').fill('damascus');
		await waitForUrl(page, (s) => s.get('q') === 'damascus');
		const n = await visibleItems(page);
		expect(n).toBeGreaterThan(3);
		expect(n).toBeLessThan(TOTAL);
		expect(await count(page)).toBe(`${n} of ${TOTAL} events match`);

		// A date range keeps every event that could fall in it, including those known only to the month or year.
		await page.getByLabel('Search titles, actors, places').fill('');
		await page.locator('#tl-from').fill('2025-03-06');
		await page.locator('#tl-to').fill('2025-03-07');
		await waitForUrl(page, (s) => s.get('from') === '2025-03-06' && s.get('to') === '2025-03-07' && !s.has('q'));
		expect(await count(page)).toBe(`6 of ${TOTAL} events match`);
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await waitForUrl(page, (s) => !s.has('from') && !s.has('to'));
		expect(await count(page)).toBe(`${TOTAL} events`);
		await page.getByLabel('Search titles, actors, places').fill('damascus');
		await waitForUrl(page, (s) => s.get('q') === 'damascus');

		// The legend is a filter too.
		await page.getByRole('button', { name: /^Statement/ }).click();
		await waitForUrl(page, (s) => (s.get('type') ?? '').split(',').length === 12);
		expect(await page.getByRole('button', { name: /^Statement/ }).getAttribute('aria-pressed')).toBe('false');
		expect(await visibleItems(page)).toBeLessThan(n);

		await page.goBack();
		await waitForUrl(page, (s) => s.get('q') === 'damascus' && !s.has('type'));
		await expect.poll(() => visibleItems(page)).toBe(n);
		expect(await page.getByRole('button', { name: /^Statement/ }).getAttribute('aria-pressed')).toBe('true');
	});

	test('reload restores filters and the visible window', async () => {
		await page.goto(`${server.url}timeline.html?type=battle,violence-against-civilians&view=2025-03-01..2025-03-15`);
		await ready(page);
		expect(await count(page)).toBe(`3 of ${TOTAL} events match`);
		const inView = await page.locator('[data-tl-inview]').textContent();
		expect(inView).toBe('3 in view, 1–15 March 2025');
		await page.reload();
		await ready(page);
		expect(await count(page)).toBe(`3 of ${TOTAL} events match`);
		expect(await page.locator('[data-tl-inview]').textContent()).toBe(inView);
		expect(await page.getByRole('button', { name: /^Battle/ }).getAttribute('aria-pressed')).toBe('true');
		expect(await page.getByRole('button', { name: /^Protest/ }).getAttribute('aria-pressed')).toBe('false');
	});

	test('the keyboard reaches the timeline, steps through events in time order and opens one', async () => {
		await page.goto(`${server.url}timeline.html?view=2025-03-05..2025-03-12`);
		await ready(page);
		let reached = false;
		for (let k = 0; k < 60 && !reached; k++) {
			await page.keyboard.press('Tab');
			reached = await page.evaluate(() => document.activeElement?.hasAttribute('data-tl-stage') ?? false);
		}
		expect(reached, 'Tab reaches the timeline').toBe(true);
		await page.keyboard.press('ArrowRight');
		const announce = page.locator('[data-tl-announce]');
		// The first event to start in the window (5–12 March): 6 March, the shorter first.
		await expect.poll(() => announce.textContent()).toMatch(/^Attack on security forces in Jableh\. 6 March 2025\. Battle, Jableh\./);
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => announce.textContent()).toMatch(/^Killings of Alawite civilians on the coast\. 6–10 March 2025\./);
		await page.keyboard.press('ArrowLeft');
		await expect.poll(() => announce.textContent()).toMatch(/^Attack on security forces in Jableh\./);
		// The card follows on the next frame (it is placed once the mark is laid out).
		await expect.poll(() => page.locator('[data-tl-card]').textContent()).toContain('Attack on security forces in Jableh');
		expect(await page.locator('[data-tl-card]').isVisible()).toBe(true);
		await page.keyboard.press('Enter');
		await page.waitForURL(/events\/attack-on-security-forces-in-jableh\.html$/);
	});

	test('clicking a mark opens its event', async () => {
		await page.goto(`${server.url}timeline.html?type=protest`);
		await ready(page);
		const box = (await page.locator('[data-tl-canvas]').boundingBox())!;
		// Find the one protest mark by moving along the first row (below the axis) until its card shows.
		let found = false;
		for (let x = box.x + 180; x < box.x + box.width && !found; x += 3) {
			await page.mouse.move(x, box.y + 46);
			found = await page.locator('[data-tl-card]').isVisible();
		}
		expect(found, 'hovering the mark shows its card').toBe(true);
		expect(await page.locator('[data-tl-card]').textContent()).toContain('Protests in coastal towns');
		await page.mouse.down();
		await page.mouse.up();
		await page.waitForURL(/events\/protests-in-coastal-towns\.html$/);
	});

	test('an actor page has a compact timeline of its own events', async () => {
		await page.goto(`${server.url}actors/general-security.html`);
		await ready(page);
		expect(await count(page)).toBe('5 events');
		expect(await page.locator('.tl .event-item').count()).toBe(5);
		expect(await paintedPixels(page)).toBeGreaterThan(100);
		// Compact timelines leave the URL alone.
		await page.getByRole('button', { name: 'Zoom in' }).click();
		await page.waitForTimeout(600);
		expect(new URL(page.url()).search).toBe('');
	});
});

/**
 * Records the text each canvas draws in its last frame (a frame starts with clearRect): the
 * chart's tick, lane and mark labels, the overview's ticks. Installed before the page's scripts.
 */
function recordCanvasText() {
	const w = window as unknown as { __canvasText: Record<string, { text: string; x: number; y: number }[]> };
	w.__canvasText = { chart: [], overview: [] };
	const which = (c: CanvasRenderingContext2D) => (c.canvas.hasAttribute('data-tl-canvas') ? 'chart' : c.canvas.hasAttribute('data-tl-overview') ? 'overview' : '');
	const proto = CanvasRenderingContext2D.prototype;
	const { clearRect, fillText } = proto;
	proto.clearRect = function (this: CanvasRenderingContext2D, ...a: Parameters<typeof clearRect>) {
		const k = which(this);
		if (k) w.__canvasText[k] = [];
		return clearRect.apply(this, a);
	};
	proto.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, ...rest: [number?]) {
		const k = which(this);
		if (k) w.__canvasText[k]!.push({ text: String(text), x, y });
		return fillText.call(this, text, x, y, ...rest);
	};
}
type Drawn = { text: string; x: number; y: number };
const canvasText = (page: Page, canvas: 'chart' | 'overview') => page.evaluate((k) => (window as unknown as { __canvasText: Record<string, Drawn[]> }).__canvasText[k]!, canvas);
/** The titles of the list's events. */
const titles = (page: Page) => page.$$eval('.tl .event-item__title a', (links) => links.map((a) => a.textContent ?? ''));
/** Chart labels that are an event's title, whole or shortened with an ellipsis. */
async function markLabels(page: Page): Promise<(Drawn & { title: string })[]> {
	const all = await titles(page);
	const drawn = await canvasText(page, 'chart');
	return drawn.flatMap((d) => {
		const title = all.find((t) => t === d.text || (d.text.endsWith('…') && d.text.length > 3 && t.startsWith(d.text.slice(0, -1))));
		return title ? [{ ...d, title }] : [];
	});
}

/** One page for a describe block, recording the canvases' text; no console errors by its end. */
function recordingPage(options: Parameters<Browser['newContext']>[0]): { readonly page: Page } {
	let context: BrowserContext;
	let w: Watched;
	beforeAll(async () => {
		context = await browser.newContext(options);
		await context.addInitScript(recordCanvasText);
		w = await watchedPage(context, new URL(server.url).origin);
	});
	afterAll(async () => {
		expect(w.errors, 'console errors').toEqual([]);
		await context?.close();
	});
	return {
		get page() {
			return w.page;
		},
	};
}

describe('timeline labels, opening window and small views', () => {
	const rec = recordingPage({ viewport: { width: 1280, height: 900 } });
	let page: Page;
	beforeEach(() => {
		page = rec.page;
	});

	test('writes the titles of the events in view beside their marks, and a label shows its event\'s card', async () => {
		await page.goto(`${server.url}timeline.html?view=2025-03-05..2025-03-12`);
		await ready(page);
		await expect.poll(async () => (await markLabels(page)).length).toBeGreaterThanOrEqual(5);
		const labels = await markLabels(page);
		expect(labels.map((l) => l.title)).toEqual(expect.arrayContaining(['Attack on security forces in Jableh', 'Killings of Alawite civilians on the coast']));
		// Labels follow the page's text size (0.7rem), not a fixed 11 px.
		const font = await page.evaluate(() => getComputedStyle(document.querySelector('[data-tl-stage]')!).fontSize);
		expect(font).toBe('11.2px');
		// Pointing at a label, past its mark's reach, shows that event's card.
		const label = labels.find((l) => l.title === 'Killings of Alawite civilians on the coast')!;
		const box = (await page.locator('[data-tl-canvas]').boundingBox())!;
		await page.mouse.move(box.x + label.x + 30, box.y + label.y);
		await expect.poll(() => page.locator('[data-tl-card]').isVisible()).toBe(true);
		expect(await page.locator('[data-tl-card] .tl-card__title').textContent()).toBe('Killings of Alawite civilians on the coast');
	});

	test('opens on where the events are: all of them, not stretched to 2026 by a date known only as "2025"', async () => {
		await page.goto(`${server.url}timeline.html`);
		await ready(page);
		const inView = (await page.locator('[data-tl-inview]').textContent()) ?? '';
		const [, n] = /^(\d+) in view, /.exec(inView) ?? [];
		expect(Number(n)).toBe(TOTAL);
		// The last dated event is on 22 June 2025; the whole period runs to January 2026.
		expect(inView).toMatch(/2024 – .*2025$/);
		expect(inView).not.toMatch(/2026/);
		await expect.poll(async () => (await markLabels(page)).length).toBeGreaterThanOrEqual(20);
	});

	test('a place with one event shows its mark and title, without an overview or zoom', async () => {
		await page.goto(`${server.url}places/baniyas.html`);
		await ready(page);
		expect(await count(page)).toBe('1 event');
		expect(await page.locator('.tl-overview').isVisible()).toBe(false);
		expect(await page.getByRole('button', { name: 'Zoom in' }).isVisible()).toBe(false);
		await expect.poll(async () => (await markLabels(page)).map((l) => l.title)).toEqual([(await titles(page))[0]]);
		// The chart is as tall as its one row needs.
		expect((await page.locator('[data-tl-canvas]').boundingBox())!.height).toBeLessThan(110);
	});

	test('labels marks on a phone too', async () => {
		const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
		await phone.addInitScript(recordCanvasText);
		const p = await phone.newPage();
		await p.goto(`${server.url}timeline.html`);
		await ready(p);
		await expect.poll(async () => (await markLabels(p)).length).toBeGreaterThanOrEqual(8);
		for (const l of await markLabels(p)) expect(l.x).toBeLessThan(360);
		await phone.close();
	});
});

describe('timeline at 360 px, in dark mode, with reduced motion', () => {
	test('fits the screen and draws', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme: 'dark', reducedMotion: 'reduce', hasTouch: true, isMobile: true });
		const w = await watchedPage(context, new URL(server.url).origin);
		await w.page.goto(`${server.url}timeline.html`);
		await ready(w.page);
		expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(await paintedPixels(w.page)).toBeGreaterThan(500);
		// With reduced motion, zooming jumps: the URL has the new window without waiting for an animation.
		await w.page.getByRole('button', { name: 'Zoom in' }).tap();
		await waitForUrl(w.page, (s) => s.has('view'));
		expect(w.errors).toEqual([]);
		await context.close();
	});

	test('a vertical swipe that starts on the chart scrolls the page, and leaves the window as it was', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
		const page = await context.newPage();
		await page.goto(`${server.url}timeline.html`);
		await ready(page);
		await page.locator('[data-tl-canvas]').evaluate((c) => c.scrollIntoView({ block: 'start' }));
		const box = (await page.locator('[data-tl-canvas]').boundingBox())!;
		const before = await page.evaluate(() => window.scrollY);
		const cdp = await context.newCDPSession(page);
		// Touches through Chromium's input pipeline, as a finger makes them (not synthetic DOM events):
		// d3-zoom cancelled such a swipe before its filter let one finger through.
		const x = Math.round(box.x + box.width / 2);
		const y = Math.round(Math.max(0, box.y) + 400);
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
		for (let k = 1; k <= 10; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - k * 30 }] });
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
		expect(new URL(page.url()).searchParams.has('view')).toBe(false);
		await context.close();
	});
});

describe('timeline from file://', () => {
	test('renders the chart and filters with no server', async () => {
		const context = await browser.newContext();
		const w = await watchedPage(context, 'file');
		await w.page.goto(pathToFileURL(path.join(dir, 'timeline.html')).href + '?type=battle');
		await ready(w.page);
		expect(await count(w.page)).toBe(`2 of ${TOTAL} events match`);
		expect(await paintedPixels(w.page)).toBeGreaterThan(200);
		await w.page.getByRole('button', { name: /^Protest/ }).click();
		await waitForUrl(w.page, (s) => s.get('type') === 'battle,protest');
		expect(await count(w.page)).toBe(`3 of ${TOTAL} events match`);
		const { preload, script } = await chartScript(w.page);
		expect(preload).toEqual(script);
		expect(w.errors).toEqual([]);
		expect(w.external).toEqual([]);
		await context.close();
	});
});

describe('timeline without JavaScript', () => {
	test('is the complete list, with no empty chart', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server.url}timeline.html`);
		expect(await page.locator('.tl .event-item').count()).toBe(TOTAL);
		expect(await page.locator('.tl .event-item time[datetime]').count()).toBe(TOTAL);
		expect(await page.locator('[data-tl-chart]').isVisible()).toBe(false);
		expect(await page.locator('[data-tl-filters]').isVisible()).toBe(false);
		await context.close();
	});
});

describe('timeline of the default archive (dist/), from file://', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(() => browser?.close());

	test('the 2012 context event does not squeeze the transition in the overview: the brush picks weeks inside it', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		await context.addInitScript(recordCanvasText);
		const { page, errors } = await watchedPage(context, 'file');
		await page.goto(pathToFileURL(path.join(siteDir(), 'timeline.html')).href);
		await ready(page);
		const ticks = (await canvasText(page, 'overview')).map((t) => t.text);
		// A stub for the early context, then the transition's months.
		expect(ticks).toContain('2012');
		expect(ticks).not.toContain('2016');
		expect(ticks.filter((t) => /^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)$/.test(t)).length).toBeGreaterThanOrEqual(3);
		// Brushing from a third to a half of the overview's width selects a few months in 2025, not years.
		await page.getByRole('button', { name: 'All' }).click();
		await waitForUrl(page, (s) => s.get('view') === 'all');
		await page.locator('[data-tl-brush]').scrollIntoViewIfNeeded();
		const overview = (await page.locator('[data-tl-brush]').boundingBox())!;
		await page.mouse.move(overview.x + overview.width * 0.35, overview.y + overview.height / 2);
		await page.mouse.down();
		await page.mouse.move(overview.x + overview.width * 0.5, overview.y + overview.height / 2, { steps: 5 });
		await page.mouse.up();
		await waitForUrl(page, (s) => /^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$/.test(s.get('view') ?? ''));
		const [from, to] = urlWindow(page)!;
		expect(from).toBeGreaterThan(Date.UTC(2024, 11, 1) / 86_400_000);
		expect(to).toBeLessThan(Date.UTC(2026, 3, 1) / 86_400_000);
		expect(to - from).toBeLessThan(120);
		// The transition takes most of the overview: from the plot's left edge (the 2012 tick) 2025 begins
		// within its first sixth, not at nine tenths of it.
		const drawn = await canvasText(page, 'overview');
		const [start, year] = ['2012', '2025'].map((label) => drawn.find((t) => t.text === label)!.x);
		expect((year! - start!) / (overview.width - start!)).toBeLessThan(1 / 6);
		expect(errors).toEqual([]);
		await context.close();
	});

	test('the text filter finds names as search does: "Jolani", "الشرع", "Lattakia" and "SOHR" find what the canonical names find', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const { page, errors } = await watchedPage(context, 'file');
		const shown = async (q: string) => {
			await page.goto(`${pathToFileURL(path.join(siteDir(), 'timeline.html')).href}?q=${encodeURIComponent(q)}`);
			await ready(page);
			return page.$$eval('.tl .event-item:not([hidden]) .event-item__title a', (links) => links.map((a) => a.getAttribute('href')));
		};
		for (const [canonical, ...others] of [['Ahmad al-Sharaa', 'Jolani', 'الشرع'], ['Latakia', 'Lattakia'], ['Syrian Observatory for Human Rights', 'SOHR']]) {
			const expected = await shown(canonical!);
			expect(expected.length, canonical).toBeGreaterThan(0);
			for (const q of others) expect(await shown(q), q).toEqual(expected);
		}
		expect(errors).toEqual([]);
		await context.close();
	});

	test('opens on the transition, not on the 2012 context event; "All" shows the whole period and the URL keeps it', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const { page, errors } = await watchedPage(context, 'file');
		await page.goto(pathToFileURL(path.join(siteDir(), 'timeline.html')).href);
		await ready(page);
		const opening = (await page.locator('[data-tl-inview]').textContent()) ?? '';
		expect(opening).toMatch(/2024 – /);
		expect(opening).not.toMatch(/2011|2012/);
		await page.getByRole('button', { name: 'All' }).click();
		await waitForUrl(page, (s) => s.get('view') === 'all');
		await expect.poll(() => page.locator('[data-tl-inview]').textContent()).toMatch(/2011|2012/);
		await page.reload();
		await ready(page);
		expect(await page.locator('[data-tl-inview]').textContent()).toMatch(/2011|2012/);
		expect(errors).toEqual([]);
		await context.close();
	});
});

/** Sends a touch gesture through Chromium's input pipeline (touch-action applies): each step lists where the fingers are. */
async function touchGesture(page: Page, steps: { x: number; y: number }[][]) {
	const cdp = await page.context().newCDPSession(page);
	const points = (s: { x: number; y: number }[]) => s.map((p, id) => ({ x: Math.round(p.x), y: Math.round(p.y), id }));
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: points(steps[0]!) });
	for (const s of steps.slice(1)) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: points(s) });
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}
/** n steps from a to b for each finger. */
const glide = (from: { x: number; y: number }[], to: { x: number; y: number }[], n = 10) =>
	Array.from({ length: n + 1 }, (_, k) => from.map((f, i) => ({ x: f.x + ((to[i]!.x - f.x) * k) / n, y: f.y + ((to[i]!.y - f.y) * k) / n })));
/** Where a mark is: just left of its label (a label written to the right of its mark). */
const markBeside = (label: Drawn, radius: number) => ({ x: label.x - 5 - radius, y: label.y });

describe('the timeline page of the default archive (dist/): the latest events, and every event a link away', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(() => browser?.close());

	for (const edition of ['', 'ar/']) {
		test(`without JavaScript, ${edition || 'English'}: the list shows the latest ${TIMELINE_PAGE_LIST} events, and its year links reach every event page on the list of events`, async () => {
			const dist = siteDir();
			const events = (await readdir(path.join(dist, edition, 'events'))).filter((f) => f.endsWith('.html')).sort();
			expect(events.length).toBeGreaterThan(TIMELINE_PAGE_LIST);
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(pathToFileURL(path.join(dist, edition, 'timeline.html')).href);
			const listed = await page.$$eval('.tl .event-item__title a', (links) => links.map((a) => (a as HTMLAnchorElement).href));
			expect(listed).toHaveLength(TIMELINE_PAGE_LIST);
			const note = (await page.locator('.tl-listpart').textContent())!;
			const digits = (n: number) => formatNumber(edition ? 'ar' : 'en', n);
			expect(note).toContain(digits(TIMELINE_PAGE_LIST));
			expect(note).toContain(digits(events.length));
			const years = await page.$$eval('.tl-listpart a', (links) => links.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? '' })));
			expect(years.length).toBeGreaterThan(1);
			const reached = new Set<string>();
			let last = '';
			for (const year of years) {
				await page.goto(year.href);
				const id = new URL(year.href).hash.slice(1);
				const section = page.locator(`section[aria-labelledby="${id}"]`);
				const heading = (await page.locator(`#${id}`).textContent())!;
				// Year headings in the edition's digits (٢٠٢٥ on Arabic pages), as the link says them.
				expect(heading).toMatch(edition ? /^[٠-٩]{4}$/ : /^\d{4}$/);
				const links = await section.locator('.event-item__title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
				expect(year.text).toBe(`${heading} (${digits(links.length)})`);
				for (const href of links) reached.add(href.split('/').pop()!);
				last = links.at(-1)!;
			}
			expect([...reached].sort()).toEqual(events);
			// The timeline page's list is the end of the full list.
			expect(listed.at(-1)).toBe(last);
			await context.close();
		});
	}

	test('with JavaScript, the chart has every event: an event older than the list is selected from the URL and found by the text filter', async () => {
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		const { page, errors } = await watchedPage(context, 'file');
		const url = pathToFileURL(path.join(siteDir(), 'timeline.html')).href;
		await page.goto(url);
		await ready(page);
		const total = Number((await count(page))!.replace(/\D/g, ''));
		expect(total).toBeGreaterThan(TIMELINE_PAGE_LIST);
		expect(await page.locator('.tl .event-item').count()).toBe(TIMELINE_PAGE_LIST);
		const listed = await page.$$eval('.tl .event-item__title a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
		// The 2012 context event, long before the latest hundred.
		const id = 'oic-suspends-syria-2012';
		expect(listed.filter((href) => href.includes(id))).toEqual([]);
		await page.goto(pathToFileURL(path.join(siteDir(), 'events', `${id}.html`)).href);
		const title = (await page.locator('h1').textContent())!.trim();
		await page.goto(`${url}?event=${id}`);
		await ready(page);
		await expect.poll(() => page.locator('[data-tl-announce]').textContent()).toMatch(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.`));
		await expect.poll(() => page.locator('[data-tl-card]').isVisible()).toBe(true);
		// The text filter reads the titles the list no longer carries.
		await page.locator('#tl-q').fill(title);
		await expect.poll(() => count(page)).toMatch(new RegExp(`^1 of ${total} events? match`));
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('timeline by touch', () => {
	const rec = recordingPage({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
	let page: Page;
	beforeEach(() => {
		page = rec.page;
	});

	test('a first tap shows the card with an "Open" link and stays; Open opens the event; Back returns to it selected', async () => {
		await page.goto(`${server.url}timeline.html?type=protest`);
		await ready(page);
		await expect.poll(async () => (await markLabels(page)).length).toBe(1);
		const [label] = await markLabels(page);
		await page.locator('[data-tl-canvas]').evaluate((c) => c.scrollIntoView({ block: 'center' }));
		const box = (await page.locator('[data-tl-canvas]').boundingBox())!;
		const mark = markBeside(label!, 3.5);
		await page.touchscreen.tap(box.x + mark.x, box.y + mark.y);
		const open = page.locator('[data-tl-card]').getByRole('link', { name: 'Open Protests in coastal towns' });
		await expect.poll(() => open.isVisible()).toBe(true);
		expect(new URL(page.url()).pathname).toMatch(/timeline\.html$/);
		await waitForUrl(page, (s) => s.get('event') === 'protests-in-coastal-towns');
		// The link is at least 24 px each way, and tapping it opens the event.
		const link = (await open.boundingBox())!;
		expect(Math.min(link.width, link.height)).toBeGreaterThanOrEqual(24);
		await open.tap();
		await page.waitForURL(/events\/protests-in-coastal-towns\.html$/);
		await page.goBack();
		await ready(page);
		await waitForUrl(page, (s) => s.get('event') === 'protests-in-coastal-towns' && s.get('type') === 'protest');
		await expect.poll(() => page.locator('[data-tl-card] .tl-card__title').textContent()).toBe('Protests in coastal towns');
	});

	test('a tap beside the marks lets the card go, without opening anything', async () => {
		await page.goto(`${server.url}timeline.html?type=protest&event=protests-in-coastal-towns`);
		await ready(page);
		await expect.poll(() => page.locator('[data-tl-card]').isVisible()).toBe(true);
		await page.locator('[data-tl-canvas]').evaluate((c) => c.scrollIntoView({ block: 'center' }));
		const box = (await page.locator('[data-tl-canvas]').boundingBox())!;
		await page.touchscreen.tap(box.x + box.width - 20, box.y + box.height - 8);
		await expect.poll(() => page.locator('[data-tl-card]').isVisible()).toBe(false);
		await waitForUrl(page, (s) => !s.has('event'));
		expect(new URL(page.url()).pathname).toMatch(/timeline\.html$/);
	});

	test('the choice of actors for lanes opens within the screen', async () => {
		await page.goto(`${server.url}timeline.html?lanes=actor`);
		await ready(page);
		await page.locator('[data-tl-pick] summary').tap();
		const panel = (await page.locator('.tl-pick__panel').boundingBox())!;
		expect(panel.x).toBeGreaterThanOrEqual(0);
		expect(panel.x + panel.width).toBeLessThanOrEqual(360);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
	});

	test('a horizontal swipe pans, a pinch zooms, a two-finger drag pans', async () => {
		await page.goto(`${server.url}timeline.html?view=2025-02-01..2025-04-30`);
		await ready(page);
		await page.locator('[data-tl-canvas]').evaluate((c) => c.scrollIntoView({ block: 'center' }));
		const box = (await page.locator('[data-tl-canvas]').boundingBox())!;
		const y = box.y + box.height / 2;
		const start = urlWindow(page)!;
		const days = (v: [number, number]) => v[1] - v[0];
		// One finger, right to left: later days come into view; the window keeps its length.
		await touchGesture(page, glide([{ x: 300, y }], [{ x: 120, y }]));
		await waitForUrl(page, (s) => (s.get('view') ?? '') !== '2025-02-01..2025-04-30');
		const panned = urlWindow(page)!;
		expect(panned[0]).toBeGreaterThan(start[0] + 10);
		expect(Math.abs(days(panned) - days(start))).toBeLessThanOrEqual(1);
		// Two fingers moving apart: fewer days.
		await touchGesture(page, glide([{ x: 160, y }, { x: 200, y: y + 4 }], [{ x: 40, y }, { x: 320, y: y + 4 }]));
		await expect.poll(() => days(urlWindow(page)!)).toBeLessThan(days(panned) * 0.6);
		const pinched = urlWindow(page)!;
		// Two fingers together to the left: later again, the same length.
		await touchGesture(page, glide([{ x: 250, y }, { x: 300, y: y + 4 }], [{ x: 100, y }, { x: 150, y: y + 4 }]));
		await expect.poll(() => urlWindow(page)![0]).toBeGreaterThan(pinched[0]);
		expect(Math.abs(days(urlWindow(page)!) - days(pinched))).toBeLessThanOrEqual(1);
	});
});

describe('timeline targets, lanes by actor, keyboard and shared links', () => {
	const rec = recordingPage({ viewport: { width: 1280, height: 900 } });
	let page: Page;
	beforeEach(() => {
		page = rec.page;
	});

	test('every control is at least 24 px each way, and a mark can be pointed at 11 px off its centre', async () => {
		await page.goto(`${server.url}timeline.html?type=protest&lanes=actor`);
		await ready(page);
		await page.locator('[data-tl-pick] summary').click();
		const small = await page.$$eval('.tl :is(button, select, input, summary, .tl-chart a, .tl-filters a):not(.visually-hidden)', (els) =>
			els.flatMap((el) => {
				// A radio or checkbox is pointed at through its label.
				const target = (el as HTMLInputElement).type === 'radio' || (el as HTMLInputElement).type === 'checkbox' ? el.closest('label')! : el;
				const r = target.getBoundingClientRect();
				return r.width > 0 && (r.width < 24 || r.height < 24) ? [`${target.outerHTML.slice(0, 80)} ${r.width}×${r.height}`] : [];
			}),
		);
		expect(small).toEqual([]);
		await page.locator('[data-tl-pick] summary').click();
		await page.goto(`${server.url}timeline.html?type=protest`);
		await ready(page);
		await expect.poll(async () => (await markLabels(page)).length).toBe(1);
		const mark = markBeside((await markLabels(page))[0]!, 4);
		const box = (await page.locator('[data-tl-canvas]').boundingBox())!;
		await page.mouse.move(box.x + mark.x + 2, box.y + mark.y - 11);
		await expect.poll(() => page.locator('[data-tl-card]').isVisible()).toBe(true);
		await page.mouse.move(box.x + mark.x, box.y + mark.y - 14);
		await expect.poll(() => page.locator('[data-tl-card]').isVisible()).toBe(false);
	});

	test('lanes by actor keep the count in view, name each lane in full on hover and focus, and take the actors the reader chooses', async () => {
		await page.goto(`${server.url}timeline.html?lanes=actor`);
		await ready(page);
		expect(await page.locator('[data-tl-inview]').textContent()).toMatch(/^28 in view, /);
		const names = page.locator('.tl-lanename');
		expect(await names.allTextContents()).toContain('Syrian Observatory for Human Rights');
		const cut = page.locator('.tl-lanename[tabindex="0"]', { hasText: 'Syrian Observatory for Human Rights' });
		const whole = (el: Element) => el.scrollWidth <= el.clientWidth + 1;
		expect(await cut.evaluate(whole)).toBe(false);
		await cut.focus();
		expect(await cut.evaluate(whole)).toBe(true);
		expect(await cut.getAttribute('aria-label')).toBe('Lane: Syrian Observatory for Human Rights');
		await page.locator('#tl-q').focus();
		expect(await cut.evaluate(whole)).toBe(false);
		await cut.hover();
		expect(await cut.evaluate(whole)).toBe(true);

		// Choosing: SOHR and the UN only.
		await page.locator('[data-tl-pick] summary').click();
		for (const id of await page.locator('[data-tl-pick-list] input:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))) {
			if (id !== 'sohr' && id !== 'un') await page.locator(`[data-tl-pick-list] input[value="${id}"]`).uncheck();
		}
		await waitForUrl(page, (s) => (s.get('lane-actors') ?? '').split(',').sort().join() === 'sohr,un');
		await expect.poll(() => names.allTextContents()).toEqual(expect.arrayContaining(['Syrian Observatory for Human Rights', 'United Nations', 'Other or no actor']));
		expect(await names.count()).toBe(3);
		expect(await page.locator('[data-tl-pick-summary]').textContent()).toMatch(/^Actors with lanes: 2 of \d+$/);
		await page.getByRole('button', { name: 'The most present' }).click();
		await waitForUrl(page, (s) => !s.has('lane-actors'));
		await expect.poll(() => names.count()).toBeGreaterThan(3);
	});

	test('skip links reach the chart and the list; a date field is one Tab stop and takes a month', async () => {
		await page.goto(`${server.url}timeline.html`);
		await ready(page);
		let text = '';
		for (let k = 0; k < 30 && text !== 'Skip to the chart'; k++) {
			await page.keyboard.press('Tab');
			text = await page.evaluate(() => document.activeElement?.textContent ?? '');
		}
		expect(text).toBe('Skip to the chart');
		expect((await page.locator('[data-tl-skip]').boundingBox())!.x).toBeGreaterThanOrEqual(0);
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-tl-stage'))).toBe(true);
		await page.getByRole('link', { name: 'Skip to the list of events' }).focus();
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.classList.contains('timeline-list'))).toBe(true);

		await page.locator('#tl-from').focus();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('tl-to');
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Clear filters');
		await page.locator('#tl-from').fill('2025-03');
		await page.locator('#tl-to').fill('2025-03');
		await waitForUrl(page, (s) => s.get('from') === '2025-03-01' && s.get('to') === '2025-03-31');
		expect(await count(page)).toMatch(new RegExp(`^\\d+ of ${TOTAL} events match$`));
	});

	test('a zoom is said to screen readers once it settles; the focused event is kept in the URL, and Back after opening it returns to it', async () => {
		await page.goto(`${server.url}timeline.html?view=2025-03-05..2025-03-12`);
		await ready(page);
		await page.locator('[data-tl-stage]').focus();
		await page.keyboard.press('-');
		// Said 0.7 s after the zoom's last frame: more than expect.poll's one second on a loaded machine.
		await expect.poll(() => page.locator('[data-tl-zoomed]').textContent(), { timeout: 5_000 }).toMatch(/^Showing .+: \d+ events? in view\.$/);
		expect(await page.locator('[data-tl-zoomed]').getAttribute('aria-live')).toBe('polite');
		await page.keyboard.press('0');
		await page.keyboard.press('End');
		// The last event in time: the card names it, and the URL has it.
		await expect.poll(() => page.locator('[data-tl-card]').isVisible()).toBe(true);
		const title = (await page.locator('[data-tl-card] .tl-card__title').textContent())!;
		await waitForUrl(page, (s) => s.has('event'));
		const id = new URL(page.url()).searchParams.get('event')!;
		expect(await page.locator(`.tl .event-item__title a[href$="${id}.html"]`).textContent()).toBe(title);
		await page.keyboard.press('Enter');
		await page.waitForURL(new RegExp(`events/${id}\\.html$`));
		await page.goBack();
		await ready(page);
		expect(new URL(page.url()).searchParams.get('event')).toBe(id);
		await expect.poll(() => page.locator('[data-tl-card] .tl-card__title').textContent()).toBe(title);
		// A fresh load of the address selects it too.
		await page.goto(`${server.url}timeline.html?event=killings-of-alawite-civilians-on-the-coast`);
		await ready(page);
		await expect.poll(() => page.locator('[data-tl-announce]').textContent()).toMatch(/^Killings of Alawite civilians on the coast\./);
	});

	test('ids a link names that the timeline does not know are named, not applied, and can be removed from the address', async () => {
		await page.goto(`${server.url}timeline.html?type=battle&actor=nobody&place=atlantis`);
		await ready(page);
		const message = page.locator('[data-tl-unknown]');
		expect(await message.isVisible()).toBe(true);
		expect(await message.textContent()).toContain('This link names an actor “nobody” and a place “atlantis” that are not in this timeline');
		expect(await count(page)).toBe(`2 of ${TOTAL} events match`);
		expect(await paintedPixels(page)).toBeGreaterThan(200);
		await message.getByRole('button', { name: 'Remove from the address' }).click();
		await waitForUrl(page, (s) => !s.has('actor') && !s.has('place') && s.get('type') === 'battle');
		expect(await message.isVisible()).toBe(false);

		await page.goto(`${server.url}timeline.html?event=no-such-event`);
		await ready(page);
		await expect.poll(() => message.textContent()).toContain('an event “no-such-event”');
		expect(await count(page)).toBe(`${TOTAL} events`);
	});

	test('a shared link naming an actor and a place opens with both chosen, and every choice is in the form once the chart is ready', async () => {
		// The choices wait in templates until the first frame is drawn; a view that names one fills them before it.
		await page.goto(`${server.url}timeline.html?actor=sohr&place=latakia`);
		await ready(page);
		expect(await page.locator('#tl-actor').inputValue()).toBe('sohr');
		expect(await page.locator('#tl-place').inputValue()).toBe('latakia');
		expect(await count(page)).toBe(`1 of ${TOTAL} events match`);
		await page.goto(`${server.url}timeline.html`);
		await ready(page);
		expect(await page.locator('.tl-filters template').count()).toBe(0);
		expect(await page.locator('#tl-place option').allTextContents()).toEqual(expect.arrayContaining(['Aleppo', 'Damascus', 'Jableh', 'Latakia Governorate', 'Tartus']));
		expect(await page.locator('#tl-actor option[value="sohr"]').count()).toBe(1);
	});
});

describe('every page at 200 % text on a 360 px screen', () => {
	test('scrolls only up and down, with the header\'s search button in reach', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		// The browser's own text size setting (16 px by default), as a reader who needs larger text sets it.
		await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
		const pages = ['index.html', 'timeline.html', 'events/attack-on-security-forces-in-jableh.html', 'actors/sohr.html', 'places/baniyas.html', 'search.html?q=jableh', 'events.html', 'actors.html', 'places.html', 'articles.html', 'quotes.html', 'about.html'];
		const wide: string[] = [];
		for (const p of pages) {
			await page.goto(`${server.url}${p}`);
			const r = await page.evaluate(() => {
				const b = document.querySelector('.site-search button')!.getBoundingClientRect();
				return { font: getComputedStyle(document.documentElement).fontSize, width: document.documentElement.scrollWidth, button: [b.left, b.right, b.width] };
			});
			expect(r.font, p).toBe('32px');
			if (r.width > 360) wide.push(`${p}: ${r.width} px wide`);
			expect(r.button[0]!, p).toBeGreaterThanOrEqual(0);
			expect(r.button[1]!, p).toBeLessThanOrEqual(360);
			expect(r.button[2]!, p).toBeGreaterThan(24);
		}
		expect(wide).toEqual([]);
		await context.close();
	});
});
