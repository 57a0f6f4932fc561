/**
 * A large archive's search index comes in shards that the browser merges
 * (src/search/pagefind-shards.ts). The same site built as one index and as several shards
 * must answer every query alike, served under a sub-path, through Pagefind.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSite, projectRoot } from '../support/build-site.ts';
import { launch, watchedPage } from '../support/browser.ts';
import { serveStatic, type RunningServer } from '../support/static-server.ts';
import path from 'node:path';

// Words of the fixture's bodies (full text: Pagefind's part of the answer), names and titles.
const QUERIES = ['Thursday', 'surrender', 'Jableh', 'toll', 'insurgents', 'Sharaa'];
const FIXTURE = path.join(projectRoot, 'tests', 'fixtures', 'basic');

let browser: Browser;
const servers: RunningServer[] = [];

beforeAll(async () => {
	const [whole, sharded] = await Promise.all([buildSite(FIXTURE), buildSite(FIXTURE, { env: { ARCHIVE_SEARCH_SHARD_SIZE: '3' } })]);
	for (const r of [whole, sharded]) expect(r.code, r.stderr).toBe(0);
	servers.push(await serveStatic(whole.outDir, '/archive/'), await serveStatic(sharded.outDir, '/archive/'));
	browser = await launch();
}, 240_000);
afterAll(async () => {
	await browser?.close();
	await Promise.all(servers.map((s) => s.close()));
});

/** What the search page shows for each query, and which engines answered. */
async function answers(server: RunningServer) {
	const context = await browser.newContext();
	const w = await watchedPage(context, new URL(server.url).origin);
	const out: Record<string, { results: string[]; engines: string }> = {};
	for (const q of QUERIES) {
		await w.page.goto(`${server.url}search.html?q=${encodeURIComponent(q)}`);
		await w.page.locator('#search-results[data-state="done"]').waitFor({ timeout: 30_000 });
		const results = await w.page.$$eval('.search-result__title a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
		const engines = await w.page.evaluate(() => (window as unknown as { __searchTimings?: { engines: string }[] }).__searchTimings?.at(-1)?.engines ?? '');
		out[q] = { results, engines };
	}
	await context.close();
	return { out, problems: [...w.errors, ...w.failed, ...w.external] };
}

describe('search over an index in shards', () => {
	test('answers every query as the single index does, with Pagefind, and without a failed request', async () => {
		const whole = await answers(servers[0]!);
		const sharded = await answers(servers[1]!);
		expect(whole.problems).toEqual([]);
		expect(sharded.problems).toEqual([]);
		for (const q of QUERIES) expect(sharded.out[q]!.engines, q).toBe('index+pagefind');
		expect(Object.values(whole.out).some((a) => a.results.length > 1)).toBe(true);
		expect(sharded.out).toEqual(whole.out);
	});
});
