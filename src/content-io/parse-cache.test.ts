/**
 * The parse cache (parse-cache.ts) may make a read faster, never different: a read with a
 * warm cache gives the same entries and the same problems, with the same lines, as a
 * read without one; an edited file is read afresh; a cache that is stale or broken is
 * passed over.
 */
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadContent } from './load-content.ts';

const fixture = path.resolve(import.meta.dirname, '../../tests/fixtures/basic');
const CACHE_FILE = 'archive-parse-cache.json';

let work: string;
let content: string;
let cacheDir: string;
const event = () => path.join(content, 'events', 'jableh-clashes.md');

beforeEach(async () => {
	work = await mkdtemp(path.join(tmpdir(), 'parse-cache-'));
	content = path.join(work, 'content');
	// A fresh folder each time: the cache's in-process map is keyed by it.
	cacheDir = await mkdtemp(path.join(work, 'cache-'));
	await cp(fixture, content, { recursive: true });
	// A reference to a place that does not exist: a problem the graph finds, located by line.
	const text = await readFile(event(), 'utf8');
	await writeFile(event(), text.replace('places: [jableh]', 'places: [jableh, no-such-place]'));
});

const read = (withCache: boolean) => loadContent(content, work, withCache ? { cacheDir } : {});
const summary = (r: Awaited<ReturnType<typeof loadContent>>) => ({ entries: r.entries, problems: r.problems, files: r.files });

describe('the parse cache', () => {
	it('gives the same entries and problems, lines included, as a read without it', async () => {
		const plain = summary(await read(false));
		expect(plain.problems).toContainEqual(expect.objectContaining({ file: 'content/events/jableh-clashes.md', line: expect.any(Number) }));
		await read(true);
		const cached = JSON.parse(await readFile(path.join(cacheDir, CACHE_FILE), 'utf8')) as { parses: Record<string, unknown> };
		expect(Object.keys(cached.parses).length).toBe(plain.files);
		expect(summary(await read(true))).toEqual(plain);
	});

	it('is used: a second read takes each unchanged file from it', async () => {
		await read(true);
		// A forged parse for the event's bytes: if the file were parsed again, the forgery would not show.
		const file = path.join(cacheDir, CACHE_FILE);
		const saved = JSON.parse(await readFile(file, 'utf8')) as { stamp: string; parses: Record<string, [Record<string, unknown>, number, number]> };
		for (const parse of Object.values(saved.parses)) if (parse[0].title === 'Clashes around Jableh') parse[0].title = 'Forged title';
		await writeFile(file, JSON.stringify(saved));
		const { entries } = await loadContent(content, work, { cacheDir: await freshDirWith(file) });
		expect(entries.find((e) => e.id === 'jableh-clashes')?.data).toMatchObject({ title: 'Forged title' });
	});

	it('reads an edited file afresh, with its problem on the right line', async () => {
		await read(true);
		const text = await readFile(event(), 'utf8');
		await writeFile(event(), text.replace(/^title: .*$/m, 'title:'));
		const { problems } = await read(true);
		const line = text.split('\n').findIndex((l) => l.startsWith('title:')) + 1;
		expect(problems).toContainEqual(expect.objectContaining({ severity: 'error', file: 'content/events/jableh-clashes.md', line, path: ['title'] }));
	});

	it('passes over a cached parse that fails the schema (the schema changed since) and reads the file', async () => {
		await read(true);
		const file = path.join(cacheDir, CACHE_FILE);
		const saved = JSON.parse(await readFile(file, 'utf8')) as { parses: Record<string, [Record<string, unknown>, number, number]> };
		for (const parse of Object.values(saved.parses)) parse[0].renamedField = 'a field the schema no longer knows';
		await writeFile(file, JSON.stringify(saved));
		const plain = summary(await read(false));
		expect(summary(await loadContent(content, work, { cacheDir: await freshDirWith(file) }))).toEqual(plain);
	});

	it('passes over a cache file that cannot be read', async () => {
		const broken = path.join(work, CACHE_FILE);
		await writeFile(broken, '{"stamp": "not json');
		const plain = summary(await read(false));
		expect(summary(await loadContent(content, work, { cacheDir: await freshDirWith(broken) }))).toEqual(plain);
	});
});

/** A new cache folder holding a copy of `file`, so the process-wide map reads it from disk. */
async function freshDirWith(file: string): Promise<string> {
	const dir = await mkdtemp(path.join(work, 'cache-'));
	await cp(file, path.join(dir, CACHE_FILE));
	return dir;
}
