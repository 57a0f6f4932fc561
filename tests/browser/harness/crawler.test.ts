/**
 * The crawler must catch what it is there to catch: a small hand-made site with one
 * defect of each kind, crawled from disk and from a server.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch } from '../../support/browser.ts';
import { serveStatic } from '../../support/static-server.ts';
import { crawl } from './crawler.ts';

const page = (body: string, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title>${head}</head><body>${body}</body></html>`;

let browser: Browser;
let dir: string;

beforeAll(async () => {
	dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'broken-site-')), 'dist');
	await mkdir(path.join(dir, 'actors'), { recursive: true });
	const files: Record<string, string> = {
		'index.html': page(
			'<main id="main"><a href="actors/a.html#roles">a</a> <a href="actors/gone.html">gone</a> <a href="actors/">folder</a> <a href="https://example.org/source">a source</a> <script src="assets/boom.js"></script></main>',
			'<link rel="stylesheet" href="assets/missing.css"><link rel="stylesheet" href="https://cdn.example.com/x.css">',
		),
		'actors/a.html': page('<h2 id="quotes">Quotes</h2><a href="/index.html">home</a> <a href="../index.html#main">home</a>'),
		'actors/index.html': page('a folder index'),
		'orphan.html': page('no one links here'),
		'assets/boom.js': 'throw new Error("boom");',
	};
	await mkdir(path.join(dir, 'assets'));
	for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
	browser = await launch();
});
afterAll(() => browser?.close());

test('from disk, it names each broken link, anchor, asset, error, request and unreached page', async () => {
	const context = await browser.newContext({ offline: true });
	try {
		const report = await crawl({ context, dir, root: `${pathToFileURL(dir).href}/`, concurrency: 2 });
		const text = report.problems.join('\n');
		expect(text).toContain('index.html → actors/gone.html (a): no such file: actors/gone.html');
		expect(text).toContain('index.html → actors/ (a): links to a folder');
		expect(text).toContain('index.html → assets/missing.css (link rel=stylesheet): no such file');
		expect(text).toContain('index.html → https://cdn.example.com/x.css (link rel=stylesheet): loads from another host');
		expect(text).toContain('request to another host: https://cdn.example.com/x.css');
		expect(text).toContain('index.html → actors/a.html#roles: actors/a.html has no element with id "roles"');
		expect(text).toContain('actors/a.html → /index.html (a): points outside the site\'s folder');
		expect(text).toMatch(/console error: .*boom/);
		expect(text).toContain('orphan.html: not reached by any link from the home page');
		expect(text).not.toContain('example.org/source');
		expect(text).not.toContain('#main');
		expect(report.reached).toEqual(['actors/a.html', 'index.html']);
	} finally {
		await context.close();
	}
});

test('under a sub-path, a root-absolute link leaves the site and a missing file is an HTTP 404', async () => {
	const server = await serveStatic(dir, '/archive/');
	const context = await browser.newContext();
	try {
		const report = await crawl({ context, dir, root: server.url, concurrency: 2 });
		const text = report.problems.join('\n');
		expect(text).toContain('index.html → actors/gone.html (a): HTTP 404');
		expect(text).toContain('actors/a.html → /index.html (a): points outside the site\'s folder');
		expect(text).toMatch(/failed request: .*assets\/missing\.css \(HTTP 404\)/);
		// A server turns a folder into its index.html, so only the crawl from disk can catch a folder link.
		expect(text).not.toContain('index.html → actors/ (a)');
	} finally {
		await context.close();
		await server.close();
	}
});
