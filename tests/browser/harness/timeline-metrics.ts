/**
 * Measures the timeline in Chromium, for `npm run bench` and the README's numbers:
 *
 *   firstRenderMs     navigation start → first frame drawn (the client's
 *                     `timeline:first-render` performance mark)
 *   zoomFrameMsP95    95th percentile of the time to compute and draw one frame while
 *                     zooming in and out with the wheel and panning by drag
 *   transferredBytes  bytes the page loaded (over the network when served; file sizes
 *                     on disk under file://)
 *   scriptAndDataGzipBytes  timeline.js plus the embedded data (the packed numbers and
 *                     the events' titles, dates and ids), each gzip-compressed: the
 *                     figure the 300 KB budget is about
 *   htmlBytes         the page's HTML as the server or the disk gives it (uncompressed)
 *   events            events in the chart's data (the page's list may show fewer)
 *
 * CLI: node tests/browser/harness/timeline-metrics.ts <url of timeline.html | built site folder>
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launch } from '../../support/browser.ts';

export interface TimelineMetrics {
	firstRenderMs: number;
	zoomFrameMsP95: number;
	transferredBytes: number;
	scriptAndDataGzipBytes: number;
	htmlBytes: number;
	events: number;
	frames: number;
}

export interface MeasureOptions {
	/** Reuse a browser; otherwise one is launched and closed. */
	browser?: Browser;
	viewport?: { width: number; height: number };
	/** Wheel steps each way (each one frame or more). */
	wheelSteps?: number;
}

const percentile = (values: number[], p: number) => {
	if (!values.length) return 0;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const round = (n: number) => Math.round(n * 100) / 100;

export async function measureTimeline(url: string, options: MeasureOptions = {}): Promise<TimelineMetrics> {
	const browser = options.browser ?? (await launch());
	const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 } });
	try {
		await context.addInitScript(() => {
			window.__timelineFrameTimes = [];
		});
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		let networkBytes = 0;
		cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
			networkBytes += e.encodedDataLength;
		});
		await page.goto(url, { waitUntil: 'load' });
		await page.locator('[data-timeline][data-tl-ready]').first().waitFor({ timeout: 60_000 }).catch(async () => {
			const problem = await page.locator('.tl-error').first().textContent().catch(() => null);
			throw new Error(`The timeline at ${url} did not render${problem ? `: ${problem}` : ' within 60 s (is this a timeline page of a built site?)'}`);
		});
		const firstRenderMs = await page.evaluate(() => performance.getEntriesByName('timeline:first-render')[0]?.startTime ?? NaN);

		// Zoom in and out with the wheel over the chart, then pan by drag; one frame per step.
		await page.evaluate(() => (window.__timelineFrameTimes = []));
		const box = (await page.locator('[data-tl-canvas]').first().boundingBox())!;
		const x = box.x + box.width * 0.55;
		const y = box.y + Math.min(box.height / 2, 200);
		await page.mouse.move(x, y);
		const nextFrame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
		const steps = options.wheelSteps ?? 25;
		// The chart zooms with Ctrl and the wheel (a plain wheel scrolls the page).
		await page.keyboard.down('Control');
		for (const dy of [-160, 160]) {
			for (let k = 0; k < steps; k++) {
				await page.mouse.wheel(0, dy);
				await nextFrame();
			}
		}
		for (let k = 0; k < 6; k++) {
			await page.mouse.wheel(0, -160);
			await nextFrame();
		}
		await page.keyboard.up('Control');
		await page.mouse.down();
		for (let k = 0; k < 20; k++) {
			await page.mouse.move(x - k * 15, y);
			await nextFrame();
		}
		await page.mouse.up();
		const frames = await page.evaluate(() => window.__timelineFrameTimes ?? []);

		const { script, data, words, events, resources } = await page.evaluate(() => {
			const root = document.querySelector<HTMLElement>('[data-timeline]')!;
			const blob = document.getElementById(root.dataset.source ?? '');
			const wordsBlob = document.getElementById(root.dataset.words ?? '');
			const scriptEl = [...document.scripts].find((s) => /assets\/timeline\.js$/.test(s.src));
			return {
				script: scriptEl?.src ?? '',
				data: blob?.textContent ?? '',
				words: wordsBlob?.textContent ?? '',
				events: (JSON.parse(blob?.textContent || '{}') as { s?: unknown[] }).s?.length ?? 0,
				// Chromium lists no resource timings for file://; the page's own scripts and styles are the list.
				resources: [
					location.href.split('?')[0]!,
					...performance.getEntriesByType('resource').map((r) => r.name),
					...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((el) => el.src),
					...[...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"], link[rel="icon"]')].map((el) => el.href),
				],
			};
		});
		const scriptText = script ? await readText(script) : '';
		const htmlBytes = Buffer.byteLength(await readText(url.split(/[?#]/)[0]!));
		let transferredBytes = networkBytes;
		if (url.startsWith('file:')) {
			transferredBytes = 0;
			for (const r of new Set(resources)) if (r.startsWith('file:')) transferredBytes += (await stat(fileURLToPath(r)).catch(() => ({ size: 0 }))).size;
		}
		return {
			firstRenderMs: round(firstRenderMs),
			zoomFrameMsP95: round(percentile(frames, 95)),
			transferredBytes,
			scriptAndDataGzipBytes: gzipSync(scriptText).length + gzipSync(data).length + (words ? gzipSync(words).length : 0),
			htmlBytes,
			events,
			frames: frames.length,
		};
	} finally {
		await context.close();
		if (!options.browser) await browser.close();
	}
}

async function readText(url: string): Promise<string> {
	if (url.startsWith('file:')) return readFile(fileURLToPath(url), 'utf8');
	return (await fetch(url)).text();
}

// CLI
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	const target = process.argv[2];
	if (!target) {
		console.error('usage: node tests/browser/harness/timeline-metrics.ts <url of timeline.html | built site folder>');
		process.exit(2);
	}
	const url = /^(https?|file):/.test(target) ? target : pathToFileURL(path.join(path.resolve(target), 'timeline.html')).href;
	measureTimeline(url).then(
		(m) => console.log(JSON.stringify(m, null, 2)),
		(error: unknown) => {
			console.error(`timeline-metrics: ${error instanceof Error ? error.message : String(error)}`);
			process.exit(1);
		},
	);
}
