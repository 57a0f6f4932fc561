/**
 * The checks must catch what they are there to catch: a small hand-made site with one
 * defect of each kind, checked statically in each hosting mode (link-check.ts) and opened
 * in Chromium from disk and from a server (crawler.ts).
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from '../../support/browser.ts';
import { serveStatic } from '../../support/static-server.ts';
import { crawl, samplePages } from './crawler.ts';
import { checkLinks, readSite, type ParsedSite } from './link-check.ts';

const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

let dir: string;
let site: ParsedSite;
const fromDisk = () => `${pathToFileURL(dir).href}/`;

beforeAll(async () => {
	dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'broken-site-')), 'dist');
	await mkdir(path.join(dir, 'actors'), { recursive: true });
	await mkdir(path.join(dir, 'assets'));
	const files: Record<string, string> = {
		'index.html': page(
			'<main id="main"><a href="actors/a.html#roles">a</a> <a href="actors/gone.html">gone</a> <a href="actors/">folder</a> <a href="https://example.org/source">a source</a> <a href="javascript:alert(1)">js</a> <a href="mailto:x@example.org">mail</a> <script src="assets/boom.js"></script></main>',
			'<link rel="stylesheet" href="assets/missing.css"><link rel="stylesheet" href="https://cdn.example.com/x.css"><link rel="alternate" href="https://example.org/feed">',
		),
		'actors/a.html': page('<h2 id="quotes">Quotes</h2><a href="/index.html">home</a> <a href="../index.html#main">home</a> <a href="b.html#made-later">b</a> <script src="../assets/add.js"></script>'),
		'actors/b.html': page('<p>b</p><script src="../assets/add.js"></script>'),
		'actors/index.html': page('a folder index'),
		'orphan.html': page('no one links here'),
		'assets/boom.js': 'throw new Error("boom");',
		// A script that adds a broken link and an element a link names.
		'assets/add.js': 'document.body.insertAdjacentHTML("beforeend", \'<a href="added-gone.html">added</a><p id="made-later">later</p>\');',
	};
	for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
	site = await readSite(dir);
});

describe('the static check', () => {
	test('from disk, it names each broken link, folder link, anchor, off-site asset, absolute path, javascript: URL and unreached page', () => {
		const report = checkLinks(site, fromDisk());
		const text = report.problems.join('\n');
		expect(text).toContain('index.html → actors/gone.html (a): no such file: actors/gone.html');
		expect(text).toContain('index.html → actors/ (a): links to a folder, which opens a directory listing from disk; link to the .html file');
		expect(text).toContain('index.html → assets/missing.css (link rel=stylesheet): no such file: assets/missing.css');
		expect(text).toContain('index.html → https://cdn.example.com/x.css (link rel=stylesheet): loads from another host');
		expect(text).toContain('index.html → javascript:alert(1) (a): a javascript: URL');
		expect(text).toContain('index.html → actors/a.html#roles: actors/a.html has no element with id "roles"');
		expect(text).toContain('actors/a.html → /index.html (a): points outside the site\'s folder');
		expect(text).toContain('orphan.html: not reached by any link from the home page');
		// From disk, the link to its folder does not open it.
		expect(text).toContain('actors/index.html: not reached by any link from the home page');
		// Links out, feeds named elsewhere, mail, and anchors that exist are not problems.
		expect(text).not.toMatch(/example\.org|mailto|#main/);
		// The element a script adds is not in the file: only the browser can see it.
		expect(text).toContain('actors/a.html → b.html#made-later: actors/b.html has no element with id "made-later"');
		expect(report.reached).toEqual(['actors/a.html', 'actors/b.html', 'index.html']);
		expect(report.problems).toHaveLength(10);
	});

	test('under a sub-path, a root-absolute link leaves the site and a missing file is an HTTP 404; a folder is its index.html', () => {
		const report = checkLinks(site, 'http://127.0.0.1:8000/archive/');
		const text = report.problems.join('\n');
		expect(text).toContain('index.html → actors/gone.html (a): no such file: actors/gone.html (the server answers HTTP 404)');
		expect(text).toContain('index.html → assets/missing.css (link rel=stylesheet): no such file');
		expect(text).toContain('actors/a.html → /index.html (a): points outside the site\'s folder (http://127.0.0.1:8000/index.html); links must be relative');
		expect(text).not.toContain('index.html → actors/ (a)');
		expect(report.reached).toContain('actors/index.html');
	});

	test('at a server root, the same root-absolute link happens to work, which is why all three modes are checked', () => {
		const text = checkLinks(site, 'http://127.0.0.1:8000/').problems.join('\n');
		expect(text).not.toContain('/index.html (a)');
		expect(text).toContain('index.html → actors/gone.html (a): no such file');
	});
});

describe('the browser', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launch();
	});
	afterAll(() => browser?.close());

	test('samples every top-level page and, in each folder, the first and the richest page', () => {
		expect(samplePages(site)).toEqual(['actors/a.html', 'index.html', 'orphan.html']);
	});

	test('from disk, it names console errors, failed and off-site requests, and broken links that scripts add', async () => {
		const context = await browser.newContext({ offline: true });
		try {
			const text = (await crawl({ context, site, root: fromDisk(), pages: ['index.html', 'actors/a.html', 'actors/b.html'], concurrency: 2 })).join('\n');
			expect(text).toMatch(/console error: .*index\.html: .*boom/);
			expect(text).toMatch(/failed request: .*assets\/missing\.css \(net::ERR_FILE_NOT_FOUND\) on .*index\.html/);
			expect(text).toContain('request to another host: https://cdn.example.com/x.css');
			expect(text).toContain('actors/a.html → added-gone.html (a): no such file: actors/added-gone.html');
			expect(text).toContain('actors/a.html → /index.html (a): points outside the site\'s folder');
			// Once b.html's script has run, the element its link names is there.
			expect(text).not.toContain('made-later');
		} finally {
			await context.close();
		}
	});

	test('served under a sub-path, a missing stylesheet is a failed request with its HTTP status', async () => {
		const server = await serveStatic(dir, '/archive/');
		const context = await browser.newContext();
		try {
			const text = (await crawl({ context, site, root: server.url, pages: ['index.html'] })).join('\n');
			expect(text).toMatch(/failed request: .*assets\/missing\.css \(HTTP 404\)/);
			expect(text).toContain('index.html → actors/gone.html (a): no such file: actors/gone.html (the server answers HTTP 404)');
		} finally {
			await context.close();
			await server.close();
		}
	});
});
