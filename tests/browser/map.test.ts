/**
 * The map in Chromium, on the built site (dist/, or SITE_DIR): a server-rendered map
 * with a marker per place with coordinates (checked against data/places.geojson),
 * keyboard access to every marker, the URL state it shares with the timeline, locator
 * maps on place and event pages, and no request leaving the site, served at the root,
 * under a sub-path and from file://.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, watchedPage, type Watched } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { dayOf } from '../../src/timeline/days.ts';
import { axeViolations } from './harness/axe.ts';
import { siteDir } from './harness/site.ts';

interface PlaceFeature { id: string; geometry: { coordinates: [number, number] }; properties: { name: string; events: number; kind: string } }
interface EventFeature { id: string; properties: { type: string; start: string; end: string; places: string[] } }

const dir = siteDir();
const places = (JSON.parse(readFileSync(path.join(dir, 'data', 'places.geojson'), 'utf8')) as { features: PlaceFeature[] }).features;
const events = (JSON.parse(readFileSync(path.join(dir, 'data', 'events.geojson'), 'utf8')) as { features: EventFeature[] }).features;
const busiest = [...places].sort((a, b) => b.properties.events - a.properties.events || a.properties.name.localeCompare(b.properties.name))[0]!;
const eventsWord = (n: number) => (n === 1 ? '1 event' : n === 0 ? 'no events' : `${n.toLocaleString('en-GB')} events`);

let browser: Browser;
beforeAll(async () => {
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
});

const ready = (page: Page) => page.locator('[data-map][data-map-ready]').waitFor({ timeout: 15_000 });
const waitForUrl = (page: Page, test: (search: URLSearchParams) => boolean) => expect.poll(() => test(new URL(page.url()).searchParams), { timeout: 5_000 }).toBe(true);

describe('the map without JavaScript', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
		page = await context.newPage();
		await page.goto(pathToFileURL(path.join(dir, 'map.html')).href);
	});
	afterAll(async () => context?.close());

	test('is a server-rendered SVG map with a marker, a link to its page, for every place with coordinates', async () => {
		const markers = await page.$$eval('svg[data-map-svg] a[data-place]', (as) => as.map((a) => ({ id: a.getAttribute('data-place')!, label: a.getAttribute('aria-label')!, href: a.getAttribute('href')!, r: Number(a.querySelector('circle')!.getAttribute('r')) })));
		expect(markers.map((m) => m.id).sort()).toEqual(places.map((p) => p.id).sort());
		for (const m of markers) {
			const p = places.find((f) => f.id === m.id)!;
			expect(m.label.startsWith(`${p.properties.name}, ${eventsWord(p.properties.events)}`), m.label).toBe(true);
			expect(m.href).toBe(`places/${m.id}.html`);
		}
		// Sized by events: the busiest place's marker is the largest.
		expect(markers.find((m) => m.id === busiest.id)!.r).toBe(Math.max(...markers.map((m) => m.r)));
		expect(await page.locator('svg[data-map-svg] path.map-country--syria').count()).toBe(1);
	});

	test('names the governorates at their coordinates and lists every place beside the map', async () => {
		const governorates = places.filter((p) => p.properties.kind === 'governorate' && p.geometry.coordinates[0] > 34.2 && p.geometry.coordinates[0] < 43.2 && p.geometry.coordinates[1] > 31.3 && p.geometry.coordinates[1] < 38);
		const labels = await page.$$eval('.map-label--governorate', (ts) => ts.map((t) => t.textContent));
		expect(labels.sort()).toEqual(governorates.map((g) => g.properties.name.replace(/ Governorate$/, '')).sort());
		const items = await page.$$eval('[data-place-item]', (lis) => lis.map((li) => li.getAttribute('data-place-item')));
		expect(items.sort()).toEqual(places.map((p) => p.id).sort());
		expect(await page.locator('[data-map-filters]').isHidden()).toBe(true);
	});
});

/** Served at `base`, or from disk when base is 'file'. */
function interactive(mode: '/' | '/archive/' | 'file') {
	let server: RunningServer | undefined;
	let context: BrowserContext;
	let w: Watched;
	let page: Page;
	let root: string;
	beforeAll(async () => {
		if (mode !== 'file') server = await serveStatic(dir, mode);
		root = server ? server.url : pathToFileURL(dir).href + '/';
		context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
		w = await watchedPage(context, server ? new URL(server.url).origin : 'file');
		page = w.page;
	});
	afterAll(async () => {
		expect(w.errors, 'console errors').toEqual([]);
		expect(w.failed, 'failed requests').toEqual([]);
		expect(w.external, 'requests that left the site').toEqual([]);
		await context?.close();
		await server?.close();
	});

	test('the navigation and the home page lead to the map, which starts', async () => {
		await page.goto(`${root}index.html`);
		await page.locator('main a', { hasText: 'Open the map' }).click();
		await ready(page);
		expect(new URL(page.url()).pathname.endsWith('/map.html')).toBe(true);
		await expect.poll(() => page.locator('header nav a[aria-current="page"]').textContent()).toBe('Map');
		await expect.poll(() => page.locator('[data-map-status]').textContent()).toMatch(/^[\d,]+ events at \d+ places$/);
	});

	test('every marker is reached by the keyboard; its card names it; Enter chooses it, Enter again opens its page', async () => {
		await page.goto(`${root}map.html`);
		await ready(page);
		await page.locator('[data-map-zoom-by="reset"]').focus();
		await page.keyboard.press('Tab');
		const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-place') ?? document.activeElement?.tagName);
		expect(await focused()).toBe(busiest.id);
		const card = page.locator('[data-map-card]');
		await expect.poll(() => card.isVisible()).toBe(true);
		expect(await card.locator('h3').textContent()).toBe(busiest.properties.name);
		expect(await card.textContent()).toContain(eventsWord(busiest.properties.events));
		// Tab walks through every marker, one by one, and then leaves the map.
		const reached = new Set<string>([busiest.id]);
		for (let i = 1; i < places.length; i++) {
			await page.keyboard.press('Tab');
			reached.add(String(await focused()));
		}
		expect(reached.size).toBe(places.length);
		await page.keyboard.press('Tab');
		expect(places.map((p) => p.id)).not.toContain(await focused());

		await page.locator(`a[data-place="${busiest.id}"]`).focus();
		await page.keyboard.press('Enter');
		await waitForUrl(page, (s) => s.get('place') === busiest.id);
		const panel = page.locator('[data-map-selection]');
		await expect.poll(() => panel.isVisible()).toBe(true);
		expect(await panel.locator('h3').textContent()).toBe(busiest.properties.name);
		expect(await page.locator(`a[data-place="${busiest.id}"]`).getAttribute('aria-current')).toBe('true');
		await page.keyboard.press('Enter');
		await page.waitForURL(`**/places/${busiest.id}.html`);
		// The place page's locator map.
		expect(await page.locator('figure.locator [role="img"]').getAttribute('aria-label')).toContain(busiest.properties.name);
	});

	test('filters and window set on the timeline hold on the map, and the other way round', async () => {
		const from = '2025-03-01';
		const to = '2025-03-31';
		const type = events.find((e) => e.properties.start >= from && e.properties.start <= to)!.properties.type;
		await page.goto(`${root}timeline.html?type=${type}&from=${from}&to=${to}`);
		await page.locator('[data-timeline][data-tl-ready]').first().waitFor();
		await page.locator('header nav a', { hasText: 'Map' }).click();
		await ready(page);
		const s = new URL(page.url()).searchParams;
		expect([s.get('type'), s.get('from'), s.get('to')]).toEqual([type, from, to]);
		expect(await page.locator('#map-type').inputValue()).toBe(type);
		expect(await page.locator('#map-from').inputValue()).toBe(from);
		// The count the map shows is the events of that type in that month with a place on it.
		const expected = events.filter((e) => e.properties.type === type && dayOf(e.properties.end) >= dayOf(from) && dayOf(e.properties.start) <= dayOf(to)).length;
		expect(await page.locator('[data-map-status]').textContent()).toMatch(new RegExp(`^${eventsWord(expected)} at \\d+ places? match$`));
		// The list beside the map stays busiest first under the filters.
		const listed = await page.$$eval('[data-place-item]:not([hidden]) [data-n]', (els) => els.map((e) => Number.parseInt(e.textContent ?? '', 10) || 0));
		expect(listed.length).toBeGreaterThan(0);
		expect(listed).toEqual([...listed].sort((a, b) => b - a));
		// Each marker's name says its count under the filters.
		const atBusiest = events.filter((e) => e.properties.type === type && e.properties.places.includes(busiest.id) && e.properties.start <= to && e.properties.end >= from).length;
		expect(await page.locator(`a[data-place="${busiest.id}"]`).getAttribute('aria-label')).toBe(`${busiest.properties.name}, ${eventsWord(atBusiest)}`);

		// Chosen on the map, a place holds on the timeline.
		await page.locator('#map-type').selectOption('');
		await waitForUrl(page, (q) => !q.has('type'));
		await page.locator(`a[data-place="${busiest.id}"]`).click();
		await waitForUrl(page, (q) => q.get('place') === busiest.id);
		await page.locator('header nav a', { hasText: 'Timeline' }).click();
		await page.locator('[data-timeline][data-tl-ready]').first().waitFor();
		const t = new URL(page.url()).searchParams;
		expect([t.get('place'), t.get('from'), t.get('to')]).toEqual([busiest.id, from, to]);
		expect(await page.locator('#tl-place').inputValue()).toBe(busiest.id);
		// Back on the map, Back in history restores the filters.
		await page.goBack();
		await ready(page);
		await expect.poll(() => page.locator('[data-map-selection] h3').textContent()).toBe(busiest.properties.name);
	});

	test('a month typed into the date fields filters by that month, and each date field is one Tab stop', async () => {
		await page.goto(`${root}map.html`);
		await ready(page);
		await page.locator('#map-from').fill('2025-03');
		await page.locator('#map-to').fill('2025-03');
		await waitForUrl(page, (q) => q.get('from') === '2025-03-01' && q.get('to') === '2025-03-31');
		const expected = events.filter((e) => dayOf(e.properties.end) >= dayOf('2025-03-01') && dayOf(e.properties.start) <= dayOf('2025-03-31')).length;
		expect(await page.locator('[data-map-status]').textContent()).toMatch(new RegExp(`^${eventsWord(expected)} at \\d+ places? match$`));
		await page.locator('#map-from').focus();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('map-to');
		await page.locator('[data-map-filters] button[type="reset"]').click();
		await waitForUrl(page, (q) => !q.has('from') && !q.has('to'));
	});

	test('zooms with the buttons and marks a place\'s events on an event page', async () => {
		await page.goto(`${root}map.html`);
		await ready(page);
		await page.locator('[data-map-zoom-by="in"]').click();
		await expect.poll(() => page.locator('[data-map-layer]').getAttribute('transform')).toMatch(/scale\(2\)/);
		await page.locator('[data-map-zoom-by="reset"]').click();
		await expect.poll(() => page.locator('[data-map-layer]').getAttribute('transform')).toMatch(/scale\(1\)/);
		const located = events.find((e) => e.properties.places.length > 0)!;
		await page.goto(`${root}events/${located.id}.html`);
		expect(await page.locator('figure.locator circle.locator__point').count()).toBeGreaterThanOrEqual(1);
		// The base map is the shared file, drawn (not a broken image) under the markers, not shapes inlined in the page.
		const base = page.locator('figure.locator img.locator__base');
		await expect.poll(() => base.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
		expect(await base.getAttribute('src')).toMatch(/^\.\.\/assets\/locator-(region|world)\.svg$/);
		expect(await page.locator('figure.locator path').count()).toBe(0);
		const [img, marks] = await Promise.all([base.boundingBox(), page.locator('figure.locator svg.locator__marks').boundingBox()]);
		expect(img!.width).toBeGreaterThan(100);
		expect(marks).toEqual(img);
	});
}

describe('the map served at the root', () => interactive('/'));
describe('the map served under a sub-path', () => interactive('/archive/'));
describe('the map from file://', () => interactive('file'));

describe('the map on a phone', () => {
	test('has no sideways scroll at 360 px, lets vertical swipes scroll the page, in light and dark, and passes axe', async () => {
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ viewport: { width: 360, height: 740 }, colorScheme, hasTouch: true, isMobile: true });
			const page = await context.newPage();
			await page.goto(pathToFileURL(path.join(dir, 'map.html')).href);
			await ready(page);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
			expect(await page.locator('[data-map-svg]').evaluate((svg) => getComputedStyle(svg).touchAction)).toBe('pan-y');
			expect(await axeViolations(page)).toEqual([]);
			await context.close();
		}
	});

	test('a vertical swipe that starts on the map scrolls the page and leaves the map where it was', async () => {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
		const page = await context.newPage();
		await page.goto(pathToFileURL(path.join(dir, 'map.html')).href);
		await ready(page);
		await page.locator('[data-map-svg]').evaluate((svg) => svg.scrollIntoView({ block: 'start' }));
		const box = (await page.locator('[data-map-svg]').boundingBox())!;
		const before = await page.evaluate(() => window.scrollY);
		const cdp = await context.newCDPSession(page);
		// Touches through Chromium's input pipeline, as a finger makes them: d3-zoom would cancel the swipe if its filter took one finger.
		const x = Math.round(box.x + box.width / 2);
		const y = Math.round(Math.max(0, box.y) + box.height * 0.8);
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
		for (let k = 1; k <= 8; k++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - k * 25 }] });
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before + 100);
		expect(await page.locator('[data-map-layer]').getAttribute('transform')).toBeNull();
		await context.close();
	});
});
