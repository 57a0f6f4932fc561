/**
 * Third-party checks over the build: the W3C Nu HTML checker must report no error in
 * any page or stylesheet, and axe-core no serious or critical accessibility violation
 * in light mode on every page (past 300 pages, on a spread sample of 300 that includes
 * one page of each template), and in dark mode, which changes only colours, on one page
 * of each template. axe costs about 0.4-0.6 s a page here (110 pages: about a minute).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, watchedPage } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { axeViolations } from './harness/axe.ts';
import { htmlFiles, siteDir, WHOLE_SITE_TIMEOUT } from './harness/site.ts';
import { vnuErrors } from './harness/vnu.ts';
import { withoutLocale, type SitePath } from '../../src/model/urls.ts';


let dir: string;
let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
	dir = siteDir();
	browser = await launch();
	server = await serveStatic(dir, '/');
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const listed = (problems: string[]) => (problems.length ? `\n${problems.join('\n')}\n` : '');

test('the Nu HTML checker finds no error in any page or stylesheet', { timeout: WHOLE_SITE_TIMEOUT }, async () => {
	expect(listed(await vnuErrors(dir))).toBe('');
});

const folderOf = (p: string | undefined) => p?.split('/').slice(0, -1).join('/');
/** Every top-level page of each edition, and the first page in each folder (one per entry template and edition). */
const onePerTemplate = (pages: string[]) => pages.filter((p, i) => !withoutLocale(p as SitePath).includes('/') || folderOf(p) !== folderOf(pages[i - 1]));

const AXE_PAGE_LIMIT = 300;
/** All pages, or past the limit one of each template plus pages spread evenly over the rest. */
const spread = (pages: string[]) => {
	if (pages.length <= AXE_PAGE_LIMIT) return pages;
	const chosen = new Set(onePerTemplate(pages));
	const step = pages.length / (AXE_PAGE_LIMIT - chosen.size);
	for (let i = 0; i < pages.length && chosen.size < AXE_PAGE_LIMIT; i += step) chosen.add(pages[Math.floor(i)]!);
	return [...chosen].sort();
};

test.each([
	{ colorScheme: 'light' as const, which: `every page (a spread sample past ${AXE_PAGE_LIMIT})` },
	{ colorScheme: 'dark' as const, which: 'one page of each template' },
])('axe finds no serious or critical violation on $which in $colorScheme mode', { timeout: WHOLE_SITE_TIMEOUT }, async ({ colorScheme }) => {
	const all = await htmlFiles(dir);
	const pages = colorScheme === 'light' ? spread(all) : onePerTemplate(all);
	const context = await browser.newContext({ colorScheme });
	try {
		const w = await watchedPage(context, new URL(server.url).origin);
		const problems: string[] = [];
		for (const page of pages) {
			await w.page.goto(server.url + page, { waitUntil: 'load' });
			for (const v of await axeViolations(w.page)) problems.push(`${page}: ${v}`);
		}
		expect(listed(problems)).toBe('');
	} finally {
		await context.close();
	}
});
