/**
 * One built folder for every reader: the same build, crawled from its home page at a
 * server root, under a sub-path (as on GitHub Pages for a project) and from disk with
 * no server, must reach every page it wrote with no broken link, anchor or asset, no
 * console error, no failed request and no request to another host.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, watchedPage } from '../support/browser.ts';
import { buildSite, projectRoot, workDir } from '../support/build-site.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { crawl } from './harness/crawler.ts';
import { htmlFiles, siteDir, WHOLE_SITE_TIMEOUT } from './harness/site.ts';


let browser: Browser;
let dir: string;
let pages: string[];

beforeAll(async () => {
	dir = siteDir();
	pages = (await htmlFiles(dir)).filter((p) => p !== '404.html');
	browser = await launch();
});
afterAll(() => browser?.close());

/** The problems, one per line, so a failure reads as a list. */
const listed = (problems: string[]) => (problems.length ? `\n${problems.join('\n')}\n` : '');

describe.each([
	{ mode: 'served at a domain root', base: '/' },
	{ mode: 'served under a sub-path', base: '/archive/' },
])('the site $mode', ({ base }) => {
	let server: RunningServer;
	beforeAll(async () => {
		server = await serveStatic(dir, base);
	});
	afterAll(() => server?.close());

	test('every page is reached from the home page, with nothing broken', { timeout: WHOLE_SITE_TIMEOUT }, async () => {
		const context = await browser.newContext({ offline: false });
		try {
			const report = await crawl({ context, dir, root: server.url });
			expect(listed(report.problems)).toBe('');
			expect(report.reached).toEqual(expect.arrayContaining(pages));
		} finally {
			await context.close();
		}
	});

	test('a missing address answers 404 with the site\'s own page, styled, whose links work', async () => {
		const context = await browser.newContext();
		try {
			const w = await watchedPage(context, new URL(server.url).origin);
			const response = await w.page.goto(`${server.url}no-such-page.html`, { waitUntil: 'load' });
			expect(response?.status()).toBe(404);
			await expect(w.page.locator('h1').textContent()).resolves.toMatch(/not found/i);
			// The stylesheet applied: the skip link is moved off screen, as site.css does.
			const skipLinkLeft = await w.page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().left);
			expect(skipLinkLeft).toBeLessThan(0);
			const home = w.page.getByRole('link', { name: 'home page' });
			await home.click();
			await w.page.waitForURL((url) => !url.pathname.endsWith('no-such-page.html'));
			expect(await w.page.title()).toBe('Syria Transition Archive');
			// The 404 itself is expected; nothing else may fail.
			expect(w.failed.filter((f) => !f.includes('no-such-page.html'))).toEqual([]);
			expect(w.errors.filter((e) => !/404/.test(e))).toEqual([]);
			expect(w.external).toEqual([]);
		} finally {
			await context.close();
		}
	});
});

describe('the site opened from disk, with no server and the network off', () => {
	test('every page is reached from dist/index.html, with nothing broken', { timeout: WHOLE_SITE_TIMEOUT }, async () => {
		const context = await browser.newContext({ offline: true });
		try {
			const report = await crawl({ context, dir, root: `${pathToFileURL(dir).href}/` });
			expect(listed(report.problems)).toBe('');
			expect(report.reached).toEqual(expect.arrayContaining(pages));
		} finally {
			await context.close();
		}
	});
});

describe('the site built with SITE_URL, served under that sub-path', () => {
	let server: RunningServer;
	let outDir: string;
	beforeAll(async () => {
		outDir = path.join(await workDir('site-url-'), 'dist');
		// The server comes first, so the build can be told the address it is served at.
		server = await serveStatic(outDir, '/archive/');
		const content = process.env.ARCHIVE_CONTENT ?? path.join(projectRoot, 'content');
		const build = await buildSite(content, { outDir, env: { SITE_URL: server.url } });
		if (build.code !== 0) throw new Error(`The build with SITE_URL failed:\n${build.stdout}\n${build.stderr}`);
	});
	afterAll(() => server?.close());

	test('gives every page a canonical link to its own address', async () => {
		const wrong: string[] = [];
		for (const page of await htmlFiles(outDir)) {
			if (page === '404.html') continue;
			const html = await readFile(path.join(outDir, page), 'utf8');
			const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
			const expected = page === 'index.html' ? server.url : `${server.url}${page}`;
			if (canonical !== expected) wrong.push(`${page}: canonical ${canonical ?? '(none)'}, expected ${expected}`);
		}
		expect(listed(wrong)).toBe('');
	});

	test('lists every page in sitemap.xml by its absolute URL', async () => {
		const sitemap = await readFile(path.join(outDir, 'sitemap.xml'), 'utf8');
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
		const built = (await htmlFiles(outDir)).filter((p) => p !== '404.html').map((p) => (p === 'index.html' ? server.url : `${server.url}${p}`));
		expect(locs.sort()).toEqual(built.sort());
	});

	test('answers a missing address at any depth with a styled 404 page whose links work', async () => {
		const context = await browser.newContext();
		try {
			const w = await watchedPage(context, new URL(server.url).origin);
			const response = await w.page.goto(`${server.url}actors/renamed/deeper/old-id.html`, { waitUntil: 'load' });
			expect(response?.status()).toBe(404);
			const skipLinkLeft = await w.page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().left);
			expect(skipLinkLeft).toBeLessThan(0);
			await w.page.getByRole('link', { name: 'home page' }).click();
			await w.page.waitForURL(server.url);
			expect(await w.page.title()).toBe('Syria Transition Archive');
			expect(w.failed.filter((f) => !f.includes('old-id.html'))).toEqual([]);
			expect(w.errors.filter((e) => !/404/.test(e))).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
