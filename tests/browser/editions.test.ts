/**
 * The two editions of one build: English at the root, Arabic under ar/. Each page says its
 * language and direction, names the same page in the other edition (hreflang, both ways,
 * and x-default for English), and its language switch lands on the same entry, served at
 * a domain root, under a sub-path and from disk.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, watchedPage } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { htmlFiles, pickPage, siteDir } from './harness/site.ts';

let browser: Browser;
let dir: string;
let pages: string[];
let event: string;
let actor: string;
const servers: RunningServer[] = [];

beforeAll(async () => {
	dir = siteDir();
	pages = await htmlFiles(dir);
	event = pickPage(pages, 'events', ['fall-of-assad'])!;
	actor = pickPage(pages, 'actors', ['ahmad-al-sharaa'])!;
	browser = await launch();
	servers.push(await serveStatic(dir, '/'), await serveStatic(dir, '/archive/'));
});
afterAll(async () => {
	await browser?.close();
	for (const s of servers) await s.close();
});

const roots = () => [
	{ mode: 'served at a domain root', root: servers[0]!.url },
	{ mode: 'served under a sub-path', root: servers[1]!.url },
	{ mode: 'opened from disk', root: `${pathToFileURL(dir).href}/` },
];

async function open(page: Page, url: string) {
	await page.goto(url, { waitUntil: 'load' });
	return page.evaluate(() => ({
		lang: document.documentElement.lang,
		dir: document.documentElement.dir,
		// What the reader gets: the direction the layout is computed in.
		direction: getComputedStyle(document.querySelector('main')!).direction,
		alternates: Object.fromEntries([...document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].map((l) => [l.hreflang, l.href])),
	}));
}

describe('each edition says its language and direction', () => {
	test('every English page is lang="en" dir="ltr" and every Arabic page lang="ar" dir="rtl", and both editions have the same pages', async () => {
		const { readFile } = await import('node:fs/promises');
		const wrong: string[] = [];
		const site = pages.filter((p) => p !== '404.html');
		for (const p of site) {
			const html = await readFile(path.join(dir, p), 'utf8');
			const expected = p.startsWith('ar/') ? '<html lang="ar" dir="rtl">' : '<html lang="en" dir="ltr">';
			if (!html.includes(expected)) wrong.push(p);
		}
		expect(wrong).toEqual([]);
		const english = site.filter((p) => !p.startsWith('ar/'));
		expect(site.filter((p) => p.startsWith('ar/')).map((p) => p.slice(3)).sort()).toEqual(english.sort());
	});

	test('an Arabic page is laid out right to left, an English one left to right', async () => {
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			expect(await open(page, `${servers[0]!.url}ar/${event}`)).toMatchObject({ lang: 'ar', dir: 'rtl', direction: 'rtl' });
			expect(await open(page, `${servers[0]!.url}${event}`)).toMatchObject({ lang: 'en', dir: 'ltr', direction: 'ltr' });
		} finally {
			await context.close();
		}
	});
});

describe.each(['served at a domain root', 'served under a sub-path', 'opened from disk'])('the site %s', (mode) => {
	const rootOf = () => roots().find((r) => r.mode === mode)!.root;

	test('each page names itself and the same page in the other edition (hreflang), English as x-default', async () => {
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			for (const p of [event, actor, 'index.html', 'timeline.html']) {
				const expected = { en: `${rootOf()}${p}`, ar: `${rootOf()}ar/${p}`, 'x-default': `${rootOf()}${p}` };
				expect((await open(page, `${rootOf()}${p}`)).alternates, p).toEqual(expected);
				expect((await open(page, `${rootOf()}ar/${p}`)).alternates, `ar/${p}`).toEqual(expected);
			}
		} finally {
			await context.close();
		}
	});

	test('the language switch lands on the same entry, both ways, with nothing broken', async () => {
		const context = await browser.newContext();
		try {
			const w = await watchedPage(context, mode === 'opened from disk' ? 'file' : new URL(rootOf()).origin);
			for (const p of [event, actor, 'index.html']) {
				await w.page.goto(`${rootOf()}${p}`, { waitUntil: 'load' });
				await w.page.getByRole('link', { name: 'العربية' }).click();
				await w.page.waitForURL(`${rootOf()}ar/${p}`);
				expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('ar');
				await w.page.getByRole('link', { name: 'English' }).click();
				await w.page.waitForURL(`${rootOf()}${p}`);
				expect(await w.page.evaluate(() => document.documentElement.lang)).toBe('en');
			}
			expect([...w.errors, ...w.failed, ...w.external]).toEqual([]);
		} finally {
			await context.close();
		}
	});
});

describe('an Arabic page in Arabic', () => {
	test('names entries by their Arabic names, dates in Arabic words, and marks English it shows as English', async () => {
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			await page.goto(`${servers[0]!.url}ar/actors/ahmad-al-sharaa.html`);
			await expect(page.locator('h1').textContent()).resolves.toBe('أحمد الشرع');
			await expect(page.locator('nav[aria-label="الأقسام"]').textContent()).resolves.toContain('الخط الزمني');
			// The English description is shown as English, with a visible label saying so.
			const original = page.locator('.in-original').first();
			await expect(original.locator('.in-original__label').textContent()).resolves.toBe('بالأصل: الإنجليزية');
			await expect(original.locator('[lang="en"]').count()).resolves.toBe(1);

			await page.goto(`${servers[0]!.url}ar/events/fall-of-assad.html`);
			await expect(page.locator('h1').textContent()).resolves.toBe('سقوط بشار الأسد');
			await expect(page.locator('.entry__date time').textContent()).resolves.toBe('٨ كانون الأول ٢٠٢٤');
			await expect(page.locator('.type-badge').first().textContent()).resolves.toBe('انتقال سياسي');
			// Its Arabic summary stands in for the English body: no "in the original" label.
			await expect(page.locator('.in-original').count()).resolves.toBe(0);
			// Entry links on an Arabic page stay in the Arabic edition.
			const hrefs = await page.locator('main a[href$=".html"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
			expect(hrefs.filter((h) => h.startsWith(servers[0]!.url) && !h.startsWith(`${servers[0]!.url}ar/`))).toEqual([]);
		} finally {
			await context.close();
		}
	});
});

describe('the pages both editions share or mirror', () => {
	test('the 404 page speaks both languages, each part in its own language and direction, its links into its own edition', async () => {
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			for (const missing of ['ar/events/no-such-event.html', 'events/no-such-event.html']) {
				const response = await page.goto(`${servers[1]!.url}${missing}`);
				expect(response?.status()).toBe(404);
				await page.locator('html[data-site-root]').waitFor();
				const arabic = page.locator('main section[lang="ar"][dir="rtl"]');
				await expect(arabic.locator('h2').textContent()).resolves.toBe('الصفحة غير موجودة');
				await expect(arabic.getByRole('link', { name: 'الصفحة الرئيسية' }).evaluate((a) => (a as HTMLAnchorElement).href)).resolves.toBe(`${servers[1]!.url}ar/index.html`);
				await expect(page.getByRole('link', { name: 'home page' }).evaluate((a) => (a as HTMLAnchorElement).href)).resolves.toBe(`${servers[1]!.url}index.html`);
				await expect(page.locator('h1').textContent()).resolves.toMatch(/not found/i);
				// The tab and the header name the page and the archive in both languages.
				expect(await page.title()).toBe('Page not found · Syria Transition Archive — الصفحة غير موجودة · أرشيف المرحلة الانتقالية في سوريا');
				await expect(page.locator('.site-name span[lang="ar"][dir="rtl"]').textContent()).resolves.toBe('أرشيف المرحلة الانتقالية في سوريا');
			}
		} finally {
			await context.close();
		}
	});

	test('the Arabic about page is Arabic prose; only file names, code and the licence\'s name are Latin, each isolated', async () => {
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			await page.goto(`${servers[0]!.url}ar/about.html`);
			await expect(page.locator('main [lang="en"]').count()).resolves.toBe(0);
			const prose = await page.locator('main').evaluate((main) => {
				const copy = main.cloneNode(true) as HTMLElement;
				for (const e of copy.querySelectorAll('[dir="ltr"], script')) e.remove();
				return copy.textContent ?? '';
			});
			// Format and standard names stay as written (Markdown, CSV, EDTF, iCalendar …).
			const latin = (prose.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !['Markdown', 'pull', 'request', 'CSV', 'EDTF', 'JSON', 'iCalendar', 'RFC', 'TimelineJS', 'Atom', 'WGS', 'title', 'actor', 'relation'].includes(w));
			expect(latin).toEqual([]);
			await expect(page.locator('main').textContent()).resolves.toContain('«آذار ٢٠٢٥»');
		} finally {
			await context.close();
		}
	});
});
