/**
 * Screenshots for a reviewer to open (test-results/screenshots/, not compared pixel by
 * pixel): the home page, an actor page and an event page at desktop and phone widths,
 * in light mode, and the home page in dark mode. What can be checked without eyes is
 * checked: nothing makes the page scroll sideways, and the page is styled.
 */
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, watchedPage } from '../support/browser.ts';
import { projectRoot } from '../support/build-site.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import { htmlFiles, pickPage, siteDir } from './harness/site.ts';

const outDir = path.join(projectRoot, 'test-results', 'screenshots');
const WIDTHS = [1280, 360];

let browser: Browser;
let server: RunningServer;
let targets: { name: string; page: string }[];

beforeAll(async () => {
	const dir = siteDir();
	const pages = await htmlFiles(dir);
	const actor = pickPage(pages, 'actors', ['ahmad-al-sharaa']);
	const event = pickPage(pages, 'events', ['killings-of-alawite-civilians-2025-03', 'jableh-attack-2025-03-06']);
	if (!actor || !event) throw new Error(`The build in ${dir} has no ${actor ? 'event' : 'actor'} page to photograph: is the content folder empty?`);
	targets = [
		{ name: 'home', page: 'index.html' },
		{ name: 'actor', page: actor },
		{ name: 'event', page: event },
	];
	await mkdir(outDir, { recursive: true });
	browser = await launch();
	server = await serveStatic(dir, '/');
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const shots = [
	...WIDTHS.flatMap((width) => ['home', 'actor', 'event'].map((name) => ({ name, width, colorScheme: 'light' as const }))),
	...WIDTHS.map((width) => ({ name: 'home', width, colorScheme: 'dark' as const })),
];

describe.each(shots)('$name page, $width px wide, $colorScheme mode', ({ name, width, colorScheme }) => {
	test('fits the width, is styled, and is saved for review', async () => {
		const target = targets.find((t) => t.name === name)!;
		const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, deviceScaleFactor: 1 });
		try {
			const w = await watchedPage(context, new URL(server.url).origin);
			await w.page.goto(server.url + target.page, { waitUntil: 'load' });
			// Saved first, so a reviewer can see what a failure below is about.
			const file = path.join(outDir, `${name}-${width}-${colorScheme}.png`);
			await w.page.screenshot({ path: file, fullPage: true });
			expect((await stat(file)).size).toBeGreaterThan(5_000);
			const layout = await w.page.evaluate(() => {
				const root = document.documentElement;
				const clipped = (el: Element) => {
					for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) if (getComputedStyle(a).overflowX !== 'visible') return true;
					return false;
				};
				// Elements that pass the right edge of the window (and do not sit in a scrolling box), so a failure names the culprit.
				const wide = [...document.querySelectorAll('body *')]
					.filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && !clipped(el))
					.slice(0, 5)
					.map((el) => `${el.localName}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`);
				return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide, font: getComputedStyle(document.body).fontFamily };
			});
			expect(layout.wide, `${target.page} scrolls sideways at ${width} px`).toEqual([]);
			expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth);
			// Unstyled, Chromium falls back to its default serif font.
			expect(layout.font).not.toMatch(/^"?Times/);
			expect([...w.errors, ...w.failed, ...w.external]).toEqual([]);
		} finally {
			await context.close();
		}
	});
});
