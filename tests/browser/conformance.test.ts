/**
 * Third-party checks over the build: the W3C Nu HTML checker must report no error in
 * any page or stylesheet, and axe-core no serious or critical accessibility violation
 * on any page in light mode. Dark mode changes only colours, so it is checked on one
 * page of each template. axe costs about 0.4 s a page here (110 pages: 45 s); if the
 * archive grows into thousands of pages, light mode too should move to a sample.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, watchedPage } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { axeViolations } from './harness/axe.ts';
import { htmlFiles, siteDir } from './harness/site.ts';
import { vnuErrors } from './harness/vnu.ts';

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

test('the Nu HTML checker finds no error in any page or stylesheet', async () => {
	expect(listed(await vnuErrors(dir))).toBe('');
});

/** Every top-level page, and the first page in each folder (one per entry template). */
const onePerTemplate = (pages: string[]) => pages.filter((p, i) => !p.includes('/') || p.split('/')[0] !== pages[i - 1]?.split('/')[0]);

test.each([
	{ colorScheme: 'light' as const, which: 'every page' },
	{ colorScheme: 'dark' as const, which: 'one page of each template' },
])('axe finds no serious or critical violation on $which in $colorScheme mode', async ({ colorScheme }) => {
	const all = await htmlFiles(dir);
	const pages = colorScheme === 'light' ? all : onePerTemplate(all);
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
