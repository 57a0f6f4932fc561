/**
 * One built folder for every reader: the same build, at a server root, under a sub-path
 * (as on GitHub Pages for a project) and from disk with no server, must reach every page
 * it wrote from its home page with no broken link, anchor or asset (every page, checked
 * statically: link-check.ts), and pages of every template, opened in Chromium, must show
 * no console error, no failed request, no request to another host and no broken link
 * that a script adds (crawler.ts).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, watchedPage } from '../support/browser.ts';
import { buildSite, projectRoot, workDir } from '../support/build-site.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { crawl, samplePages } from './harness/crawler.ts';
import { checkLinks, parsePage, readSite, type ParsedSite } from './harness/link-check.ts';
import { htmlFiles, siteDir } from './harness/site.ts';
import { withoutLocale, type SitePath } from '../../src/model/urls.ts';


let browser: Browser;
let dir: string;
let pages: string[];
let site: ParsedSite;
let sample: string[];

beforeAll(async () => {
	dir = siteDir();
	pages = (await htmlFiles(dir)).filter((p) => p !== '404.html');
	// Parsed once; each hosting mode below resolves the same references against its own root.
	site = await readSite(dir);
	sample = samplePages(site);
	browser = await launch();
});
afterAll(() => browser?.close());

/** The problems, one per line, so a failure reads as a list. */
const listed = (problems: string[]) => (problems.length ? `\n${problems.join('\n')}\n` : '');

/** The static check and the browser's sample, for one way of hosting the site. */
const checksAt = (root: () => string, offline: boolean) => {
	test('every page is reached from the home page, and no link, anchor or asset of any page is broken', () => {
		const report = checkLinks(site, root());
		expect(listed(report.problems)).toBe('');
		expect(report.reached).toEqual(expect.arrayContaining(pages));
	});

	// 46 pages of 2,391: about 17 s at load 12.
	test('pages of every template, opened in Chromium, show no error, failed or off-site request, or broken link added at run time', { timeout: 300_000 }, async () => {
		expect(sample.length).toBeLessThan(pages.length);
		const context = await browser.newContext({ offline });
		try {
			expect(listed(await crawl({ context, site, root: root(), pages: sample }))).toBe('');
		} finally {
			await context.close();
		}
	});
};

test('the browser\'s sample holds every top-level page and a page of every folder, in both editions', () => {
	const folders = (list: string[]) => new Set(list.map((p) => p.split('/').slice(0, -1).join('/')));
	expect([...folders(sample)].sort()).toEqual([...folders(pages)].sort());
	expect(sample).toEqual(expect.arrayContaining(pages.filter((p) => !withoutLocale(p as SitePath).includes('/'))));
});

test('the static check fails on this build with defects planted in one of its pages, naming each', async () => {
	const victim = sample.find((p) => p.startsWith('events/'))!;
	const html = (await readFile(path.join(dir, victim), 'utf8'))
		.replace(' id="main"', '')
		.replace('</head>', '<link rel="stylesheet" href="https://cdn.example.com/x.css"></head>')
		.replace(/<body[^>]*>/, '$&<a href="gone.html">gone</a><a href="../timeline.html#no-such-id">t</a><a href="./">folder</a><a href="/index.html">abs</a>');
	const broken: ParsedSite = { ...site, pages: new Map([...site.pages, [victim, parsePage(html)]]) };
	const problems = checkLinks(broken, `${pathToFileURL(dir).href}/`).problems.join('\n');
	for (const line of [
		`${victim} → gone.html (a): no such file: events/gone.html`,
		`${victim} → ../timeline.html#no-such-id: timeline.html has no element with id "no-such-id"`,
		`${victim} → ./ (a): links to a folder`,
		`${victim} → /index.html (a): points outside the site's folder`,
		`${victim} → https://cdn.example.com/x.css (link rel=stylesheet): loads from another host`,
		`${victim} → #main: ${victim} has no element with id "main"`,
	]) expect(problems).toContain(line);
});

describe.each([
	{ mode: 'served at a domain root', base: '/' },
	{ mode: 'served under a sub-path', base: '/archive/' },
])('the site $mode', ({ base }) => {
	let server: RunningServer;
	beforeAll(async () => {
		server = await serveStatic(dir, base);
	});
	afterAll(() => server?.close());

	checksAt(() => server.url, false);

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
	checksAt(() => `${pathToFileURL(dir).href}/`, true);
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
