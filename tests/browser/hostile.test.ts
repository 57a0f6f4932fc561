/**
 * Content cannot attack readers. The hostile corpus (tests/fixtures/hostile/site: raw
 * HTML with scripts, handlers, SVG, iframes, forms, meta refresh, markup in every kind
 * of frontmatter string…) is built into a site, every page is loaded in Chromium, and
 * nothing may run: no dialog, no handler attribute, no script but the site's own, no
 * frame or plugin, no javascript: link, no request to another host.
 *
 * Then the second line of defence: the Content Security Policy. A page into which an
 * inline handler, an inline script, a javascript: link and another origin's script are
 * written after the build (as if the sanitiser had failed) runs none of them, while the
 * site's own scripts run, when served and from file://.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, watchedPage } from '../support/browser.ts';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';

const corpus = path.join(projectRoot, 'tests', 'fixtures', 'hostile', 'site');
let outDir: string;
let browser: Browser;
let site: RunningServer;
let pages: string[];

beforeAll(async () => {
	const build = await buildSite(corpus);
	if (build.code !== 0) throw new Error(`The hostile corpus did not build:\n${build.stdout}\n${build.stderr}`);
	outDir = build.outDir;
	const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
	pages = entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
		.sort();
	site = await serveStatic(outDir, '/');
	browser = await launch();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

/** Records CSP violations from the first moment of every document (init scripts are exempt from CSP). */
const RECORD_VIOLATIONS = () => {
	const w = window as unknown as { __violations: string[] };
	w.__violations = [];
	document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
};

interface Findings {
	handlers: string[];
	scripts: string[];
	inlineScripts: string[];
	elements: string[];
	unsafeUrls: string[];
	styles: string[];
}

/** What a hostile input could have left in the live DOM. */
function inspect(page: Page): Promise<Findings> {
	return page.evaluate(async () => {
		const f: Findings = { handlers: [], scripts: [], inlineScripts: [], elements: [], unsafeUrls: [], styles: [] };
		// The site's own inline script (the 404 page's) is allowed by its hash in the page's policy; nothing else inline is.
		const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
		const hashOf = async (text: string) => btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))));
		const describe = (el: Element) => el.outerHTML.slice(0, 120);
		for (const el of document.querySelectorAll('*')) {
			for (const attr of el.attributes) {
				if (/^on/i.test(attr.name)) f.handlers.push(describe(el));
				if (/^(href|src|action|formaction|xlink:href|srcset|poster|data|background)$/i.test(attr.name) && /^\s*(javascript|vbscript|data):/i.test(attr.value.replace(/[\u0000-\u0020]/g, ''))) {
					f.unsafeUrls.push(describe(el));
				}
				// Contributor Markdown is rendered inside .prose; the site's own components may style themselves.
				if (attr.name === 'style' && el.closest('.prose')) f.styles.push(describe(el));
			}
		}
		for (const s of document.scripts) {
			if (s.src) f.scripts.push(s.src);
			// Data blocks (the timeline's JSON, schema.org JSON-LD) are never run.
			else if (!/^application\/(ld\+)?json$/.test(s.type) && !policy.includes(`'sha256-${await hashOf(s.text)}'`)) f.inlineScripts.push(describe(s));
		}
		for (const el of document.querySelectorAll('iframe, frame, object, embed, applet, base, link[href*="evil"], meta[http-equiv]:not([http-equiv="Content-Security-Policy"]), .prose form, .prose style, .prose template, .prose noscript, .prose math, .prose svg, .prose input:not([type="checkbox"][disabled])')) {
			f.elements.push(describe(el));
		}
		return f;
	}) as Promise<Findings>;
}

const listed = (problems: string[]) => (problems.length ? `\n${problems.join('\n')}\n` : '');

describe('hostile content, built and loaded in Chromium', () => {
	it('the corpus built into pages for every kind of entry', () => {
		for (const p of ['articles/hostile-article.html', 'actors/hostile-press.html', 'actors/bidi-name.html', 'places/hostile-town.html', 'events/hostile-event.html', 'quotes/hostile-quote.html', 'quotes/unnamed-quote.html']) {
			expect(pages).toContain(p);
		}
	});

	it('no page runs a script from content: no dialog, no handler, no foreign script, no frame, no unsafe link, no request elsewhere', async () => {
		const context = await browser.newContext();
		await context.addInitScript(RECORD_VIOLATIONS);
		const dialogs: string[] = [];
		const problems: string[] = [];
		try {
			const w = await watchedPage(context, new URL(site.url).origin);
			w.page.on('dialog', (d) => {
				dialogs.push(`${d.type()} "${d.message()}" on ${w.page.url()}`);
				void d.dismiss();
			});
			// The search page is visited with a query, so results built from hostile titles are shown too.
			for (const p of [...pages, 'search.html?q=hostile']) {
				const url = site.url + p;
				await w.page.goto(url, { waitUntil: 'load' });
				if (p.startsWith('search.html?')) await w.page.waitForSelector('#search-results li');
				// Pointer and focus events on every element of the content, in case a handler survived.
				await w.page.evaluate(() => {
					for (const el of document.querySelectorAll('main *')) {
						for (const type of ['mouseover', 'focus', 'toggle', 'load', 'error', 'animationstart']) el.dispatchEvent(new Event(type));
					}
				});
				const f = await inspect(w.page);
				const own = (src: string) => src.startsWith(site.url) && existsSync(path.join(outDir, decodeURIComponent(new URL(src).pathname)));
				const violations = await w.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
				problems.push(
					...f.handlers.map((x) => `${p}: event-handler attribute in the DOM: ${x}`),
					...f.scripts.filter((s) => !own(s)).map((x) => `${p}: script that is not the site's own: ${x}`),
					...f.inlineScripts.map((x) => `${p}: inline script: ${x}`),
					...f.elements.map((x) => `${p}: forbidden element: ${x}`),
					...f.unsafeUrls.map((x) => `${p}: unsafe URL: ${x}`),
					...f.styles.map((x) => `${p}: style attribute from content: ${x}`),
					// The sanitiser, not the CSP, must have stopped everything but the tracking image.
					...violations.filter((v) => !/^img-src https:\/\/evil\.example\//.test(v)).map((v) => `${p}: CSP violation: ${v}`),
				);
				if (w.page.url() !== url) problems.push(`${p}: the page navigated away to ${w.page.url()}`);
			}
			expect(dialogs).toEqual([]);
			expect(listed(problems)).toBe('');
			// Uncaught errors would mean content broke the site's own scripts (e.g. by clobbering).
			expect(listed(w.errors.filter((e) => !/Failed to load resource|Content Security Policy/.test(e)))).toBe('');
			expect(listed(w.external)).toBe('');
		} finally {
			await context.close();
		}
	});

	it('markup in frontmatter strings is shown as text, not parsed', async () => {
		const page = await browser.newPage();
		try {
			await page.goto(`${site.url}articles/hostile-article.html`);
			await expect(page.locator('h1').textContent()).resolves.toBe(
				"Headline <img src=x onerror=alert('xss:article-title')> & </title><script>alert('xss:title-break')</script>",
			);
			await expect(page.locator('figcaption').first().textContent()).resolves.toContain(`Caption"><svg onload=alert('xss:caption')></svg>`);
			await page.goto(`${site.url}actors/hostile-press.html`);
			await expect(page.locator('h1').textContent()).resolves.toContain("Hostile Press <script>alert('xss:actor-name')</script>");
		} finally {
			await page.close();
		}
	});

	it('allowed raw HTML survives the allowlist; the rest is removed', async () => {
		const html = await readFile(path.join(outDir, 'articles', 'hostile-article.html'), 'utf8');
		const prose = html.slice(html.indexOf('<div class="prose archived-text"'), html.indexOf('</section>', html.indexOf('data-footnotes')));
		expect(prose).toContain('<details open><summary>More</summary>Hidden text</details>');
		expect(prose).toContain('<span>styled HOSTILE</span>');
		expect(prose).toMatch(/<sup><a href="#user-content-fn-1" id="user-content-fnref-1"/);
		expect(prose).not.toMatch(/<(script|iframe|object|embed|form|meta|base|link|style|template)\b/);
		expect(prose).not.toMatch(/\sname="|id="(querySelector|getElementById|siteRoot)"/);
	});
});

describe('Content Security Policy', () => {
	let evil: RunningServer;
	let probe: string;

	beforeAll(async () => {
		// Another origin (another port on loopback) offering a script.
		const evilDir = await mkdtemp(path.join(os.tmpdir(), 'archive-evil-'));
		await writeFile(path.join(evilDir, 'evil.js'), 'window.__evilScript = true;');
		evil = await serveStatic(evilDir, '/');
		// A real page of the build with what the sanitiser would have removed written back in.
		await writeFile(path.join(outDir, 'assets', 'csp-own.js'), 'window.__ownScript = true;');
		const about = await readFile(path.join(outDir, 'about.html'), 'utf8');
		const injected = [
			'<img id="probe-img" src="missing-probe.png" onerror="window.__inlineHandler = true">',
			'<button id="probe-button" onclick="window.__inlineHandler = true">probe</button>',
			'<script>window.__inlineScript = true;</script>',
			`<script src="${evil.url}evil.js"></script>`,
			'<script src="assets/csp-own.js"></script>',
			'<a id="probe-js-link" href="javascript:window.__jsUrl = true">probe</a>',
		].join('\n');
		probe = path.join(outDir, 'csp-probe.html');
		await writeFile(probe, about.replace('</body>', `${injected}\n</body>`));
	});
	afterAll(async () => {
		await evil?.close();
	});

	it.each([
		['served over HTTP', () => `${site.url}csp-probe.html`],
		['opened from file://', () => pathToFileURL(probe).href],
	])('blocks inline handlers, inline scripts, javascript: links and other origins’ scripts, and runs the site’s own (%s)', async (_, url) => {
		const context = await browser.newContext();
		await context.addInitScript(RECORD_VIOLATIONS);
		const page = await context.newPage();
		const loaded: string[] = [];
		page.on('requestfinished', (r) => loaded.push(r.url()));
		try {
			await page.goto(url(), { waitUntil: 'load' });
			await page.click('#probe-button');
			await page.click('#probe-js-link');
			const state = await page.evaluate(() => {
				const w = window as unknown as Record<string, unknown>;
				return { inlineHandler: w['__inlineHandler'], inlineScript: w['__inlineScript'], jsUrl: w['__jsUrl'], evilScript: w['__evilScript'], ownScript: w['__ownScript'], violations: w['__violations'] as string[] };
			});
			expect(state).toMatchObject({ inlineHandler: undefined, inlineScript: undefined, jsUrl: undefined, evilScript: undefined, ownScript: true });
			// Blocked by the policy itself: the other origin's script was never fetched.
			expect(state.violations).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem /), expect.stringMatching(/^script-src-attr /), `script-src-elem ${evil.url}evil.js`]));
			expect(loaded.filter((r) => r.startsWith(evil.url))).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it('the DOM checks above do see handlers, inline and foreign scripts and javascript: links when they are there', async () => {
		const page = await browser.newPage();
		try {
			await page.goto(`${site.url}csp-probe.html`);
			const f = await inspect(page);
			expect(f.handlers).toHaveLength(2);
			expect(f.inlineScripts).toHaveLength(1);
			expect(f.scripts).toContain(`${evil.url}evil.js`);
			expect(f.unsafeUrls).toHaveLength(1);
		} finally {
			await page.close();
		}
	});

	it('from file://, the site’s scripts still work under the policy: the header search finds content', async () => {
		const context = await browser.newContext();
		await context.addInitScript(RECORD_VIOLATIONS);
		try {
			const w = await watchedPage(context, 'file');
			await w.page.goto(pathToFileURL(path.join(outDir, 'index.html')).href);
			await w.page.fill('#site-search-q', 'Hostile Town');
			await w.page.press('#site-search-q', 'Enter');
			await w.page.waitForURL(/search\.html\?q=Hostile/);
			await w.page.waitForSelector('#search-results li');
			await expect(w.page.inputValue('#site-search-q')).resolves.toBe('Hostile Town');
			await expect(w.page.locator('#search-results').textContent()).resolves.toContain('Hostile Town');
			expect(await w.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
		} finally {
			await context.close();
		}
	});

	it('public/_headers sends the same policy as the pages’ meta tag, plus frame-ancestors', async () => {
		const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
		const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
		expect(meta).toBeDefined();
		const headers = await readFile(path.join(projectRoot, 'public', '_headers'), 'utf8');
		const header = /^\s+Content-Security-Policy: (.+)$/m.exec(headers)?.[1];
		expect(header).toBe(`${meta}; frame-ancestors 'none'`);
	});
});
