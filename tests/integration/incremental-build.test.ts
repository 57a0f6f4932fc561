/**
 * A rebuild renders again only the pages whose entries changed, and the site it leaves is
 * exactly the one a cold build of the same content makes (src/integrations/page-cache.ts).
 */
import { cp, link, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, projectRoot, workDir } from '../support/build-site.ts';

let work = '';
let content = '';
const cache = () => path.join(work, 'cache');
const dist = () => path.join(work, 'dist');

/** Builds into the same output and cache folders each time, as `npm run build` does. */
const rebuild = () => buildSite(content, { outDir: dist(), env: { ARCHIVE_CACHE: cache() } });

/** Pages and files the build rendered and took from the last build, as it reports them. */
function pageCounts(log: string) {
	const m = /pages keyed by what they read: (\d+) rendered, (\d+) reused from the last build/.exec(log);
	expect(m, log).not.toBeNull();
	return { rendered: Number(m![1]), reused: Number(m![2]) };
}


async function files(dir: string): Promise<Map<string, string>> {
	const out = new Map<string, string>();
	for (const f of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile() && !d.parentPath.includes('pagefind'))) {
		const full = path.join(f.parentPath, f.name);
		out.set(path.relative(dir, full), await readFile(full, 'utf8'));
	}
	return out;
}

/** The site a cold build of the current content makes. */
async function coldSite() {
	const r = await buildSite(content);
	expect(r.code, r.stderr).toBe(0);
	return files(r.outDir);
}

/** The site's files that are hard links to Astro's cache copies: pages reused, not rendered again. */
async function linkedFromCache(): Promise<string[]> {
	const linked = [];
	for (const f of (await files(dist())).keys()) {
		const copy = await stat(path.join(cache(), 'dist', f)).catch(() => undefined);
		if (copy && copy.ino === (await stat(path.join(dist(), f))).ino) linked.push(f);
	}
	return linked;
}

async function edit(file: string, from: string, to: string) {
	const p = path.join(content, file);
	const text = await readFile(p, 'utf8');
	expect(text).toContain(from);
	await writeFile(p, text.replace(from, to));
}

beforeAll(async () => {
	work = await workDir('incremental-');
	content = path.join(work, 'content');
	await cp(path.join(projectRoot, 'tests', 'fixtures', 'basic'), content, { recursive: true });
	// A quote reported once: its statement has no page of its own (it is shown on the quote's).
	await writeFile(
		path.join(content, 'quotes', 'clashes-began.md'),
		'---\ntext: The clashes began in Jableh on Thursday night.\nspeaker: lorient-today\nsource: lorient-clashes\n---\n',
	);
	const first = await rebuild();
	expect(first.code, first.stderr).toBe(0);
});

describe('incremental builds', () => {
	it('a rebuild with no change renders no page again', async () => {
		const r = await rebuild();
		expect(r.code, r.stderr).toBe(0);
		// Every page of both editions, entries' and indexes' alike, and every export, once: the 404 page has no key.
		const keyed = [...(await files(dist())).keys()].filter((f) => (f.endsWith('.html') && f !== '404.html') || f.startsWith('data/') || /^assets\/(search-index|search-text|locator-[a-z]+)\.(js|svg)$/.test(f));
		expect(keyed.length).toBeGreaterThan(30);
		expect(pageCounts(r.stdout)).toEqual({ rendered: 0, reused: keyed.length });
	});

	it("after an event's title changes, only the pages that show it are rendered again, and the site equals a cold build", async () => {
		await edit('events/jableh-clashes.md', 'title: Clashes around Jableh', 'title: Clashes in and around Jableh');
		const r = await rebuild();
		expect(r.code, r.stderr).toBe(0);
		const { rendered, reused } = pageCounts(r.stdout);
		expect(rendered).toBeGreaterThan(0);
		expect(reused).toBeGreaterThan(0);
		expect(await readFile(path.join(dist(), 'events', 'jableh-clashes.html'), 'utf8')).toContain('Clashes in and around Jableh');
		// Indexes that walk the events are rendered again; those that walk only other kinds are the last build's files.
		const fromCache = await linkedFromCache();
		for (const page of ['events.html', 'ar/events.html', 'timeline.html', 'map.html', 'data/events.csv', 'data/archive.json', 'assets/search-text.js']) expect(fromCache, page).not.toContain(page);
		for (const page of ['actors.html', 'ar/actors.html', 'places.html', 'about.html', 'data/places.csv', 'data/places.geojson', 'assets/locator-region.svg']) expect(fromCache, page).toContain(page);
		expect(await files(dist())).toEqual(await coldSite());
	});

	it("after an actor's name changes (shown on events, quotes, sources and statements), the site equals a cold build", async () => {
		await edit('actors/sohr.md', 'name: Syrian Observatory for Human Rights', 'name: Syrian Observatory for Human Rights (SOHR)');
		const r = await rebuild();
		expect(r.code, r.stderr).toBe(0);
		expect(pageCounts(r.stdout).reused).toBeGreaterThan(0);
		expect(await files(dist())).toEqual(await coldSite());
	});

	it('after a place is renamed and a quote removed, the site equals a cold build', async () => {
		await edit('places/jableh.md', 'name: Jableh', 'name: Jablah');
		await rm(path.join(content, 'quotes', 'sharaa-surrender-fr.md'));
		const r = await rebuild();
		expect(r.code, r.stdout + r.stderr).toBe(0);
		expect(await files(dist())).toEqual(await coldSite());
	});

	it('unchanged pages are linked from the cache, and a page rendered again never writes into the last site', async () => {
		const page = path.join(dist(), 'events', 'jableh-clashes.html');
		// A second name for the last site's copy of the page: what a reader's server is serving during the build.
		const kept = path.join(work, 'kept-jableh-clashes.html');
		await link(page, kept);
		const before = await readFile(kept, 'utf8');
		expect(before).toContain('Clashes in and around Jableh');
		await edit('events/jableh-clashes.md', 'title: Clashes in and around Jableh', 'title: Fighting in and around Jableh');
		const r = await rebuild();
		expect(r.code, r.stderr).toBe(0);
		expect(await readFile(kept, 'utf8')).toBe(before);
		expect(await readFile(page, 'utf8')).toContain('Fighting in and around Jableh');
		const cached = path.join(cache(), 'dist', 'events', 'jableh-clashes.html');
		expect(await readFile(cached, 'utf8')).toContain('Fighting in and around Jableh');
		// The pages the edit did not touch are the cache's own files, not copies of them.
		const linked = await linkedFromCache();
		expect(linked.length).toBeGreaterThan(10);
		expect(linked).not.toContain('events/jableh-clashes.html');
		expect(await files(dist())).toEqual(await coldSite());
	});
});
