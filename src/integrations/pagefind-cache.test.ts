/**
 * The search index cache: the digest must change with any page Pagefind reads and only
 * with those, a restore must never leave a partial index, and a real rebuild of the
 * fixture with the same cache must reuse the index while an edited page forces indexing.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, buildsDir, projectRoot, type BuildResult } from '../../tests/support/build-site.ts';
import { digestIndexedPages, restoreIndex, storeIndex } from './pagefind-cache.ts';

const cleanup: string[] = [];
afterAll(() => Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true }))));

async function tempDir(): Promise<string> {
	await mkdir(buildsDir, { recursive: true });
	const dir = await mkdtemp(path.join(buildsDir, 'pagefind-cache-'));
	cleanup.push(dir);
	return dir;
}

async function writeTree(root: string, files: Record<string, string>): Promise<void> {
	for (const [name, text] of Object.entries(files)) {
		await mkdir(path.dirname(path.join(root, name)), { recursive: true });
		await writeFile(path.join(root, name), text);
	}
}

/** Every file of a folder, by relative path, with its content. */
async function snapshot(dir: string): Promise<Map<string, Buffer>> {
	const out = new Map<string, Buffer>();
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) out.set(path.relative(dir, path.join(entry.parentPath, entry.name)), await readFile(path.join(entry.parentPath, entry.name)));
	}
	return out;
}

describe('digestIndexedPages', () => {
	const site = { 'index.html': '<p>home</p>', 'actors/a.html': '<p>A</p>', 'assets/app.js': 'x()', 'sitemap.xml': '<urlset/>' };

	it('changes with the text, the name or the presence of any page, and with the key', async () => {
		const dir = await tempDir();
		await writeTree(dir, site);
		const base = await digestIndexedPages(dir, { version: '1' });
		expect(base).toMatchObject({ files: 2 });
		expect((await digestIndexedPages(dir, { version: '1' }))?.digest).toBe(base?.digest);
		expect((await digestIndexedPages(dir, { version: '2' }))?.digest).not.toBe(base?.digest);

		await writeFile(path.join(dir, 'actors/a.html'), '<p>B</p>');
		const edited = await digestIndexedPages(dir, { version: '1' });
		expect(edited?.digest).not.toBe(base?.digest);

		await rm(path.join(dir, 'actors/a.html'));
		await writeFile(path.join(dir, 'actors/b.html'), '<p>B</p>');
		const renamed = await digestIndexedPages(dir, { version: '1' });
		expect(renamed?.digest).not.toBe(edited?.digest);

		await writeFile(path.join(dir, 'extra.html'), '');
		expect((await digestIndexedPages(dir, { version: '1' }))?.digest).not.toBe(renamed?.digest);
	});

	it('ignores files Pagefind does not read', async () => {
		const dir = await tempDir();
		await writeTree(dir, site);
		const base = await digestIndexedPages(dir, {});
		await writeTree(dir, { 'assets/app.js': 'y()', 'sitemap.xml': '<urlset></urlset>', 'pagefind/pagefind.js': '' });
		expect((await digestIndexedPages(dir, {}))?.digest).toBe(base?.digest);
	});
});

describe('storeIndex and restoreIndex', () => {
	const index = { 'pagefind-entry.json': '{"languages":{}}', 'fragment/en_1.pf_fragment': 'one', 'index/en_1.pf_index': 'two' };

	it('restores exactly what was stored, and keeps one slot only', async () => {
		const dir = await tempDir();
		await writeTree(path.join(dir, 'built'), index);
		await storeIndex(path.join(dir, 'cache'), 'aaa', path.join(dir, 'built'));
		await storeIndex(path.join(dir, 'cache'), 'bbb', path.join(dir, 'built'));
		expect(await readdir(path.join(dir, 'cache', 'pagefind'))).toEqual(['bbb']);

		expect(await restoreIndex(path.join(dir, 'cache'), 'aaa', path.join(dir, 'out', 'pagefind'))).toBeUndefined();
		await mkdir(path.join(dir, 'out'));
		const bytes = Object.values(index).reduce((n, text) => n + Buffer.byteLength(text), 0);
		expect(await restoreIndex(path.join(dir, 'cache'), 'bbb', path.join(dir, 'out', 'pagefind'))).toEqual({ files: 3, bytes });
		expect(await snapshot(path.join(dir, 'out', 'pagefind'))).toEqual(await snapshot(path.join(dir, 'built')));
	});

	it('refuses a slot that lost files, and leaves no partial index behind', async () => {
		const dir = await tempDir();
		await writeTree(path.join(dir, 'built'), index);
		await storeIndex(path.join(dir, 'cache'), 'aaa', path.join(dir, 'built'));
		await rm(path.join(dir, 'cache', 'pagefind', 'aaa', 'index', 'fragment', 'en_1.pf_fragment'));
		await mkdir(path.join(dir, 'out'));
		await expect(restoreIndex(path.join(dir, 'cache'), 'aaa', path.join(dir, 'out', 'pagefind'))).rejects.toThrow(/has 2 files/);
		expect(await readdir(path.join(dir, 'out'))).toEqual([]);
		// The broken slot is gone, so the index built instead can be stored in its place.
		expect(await readdir(path.join(dir, 'cache', 'pagefind'))).toEqual([]);
	});
});

/** The text of every page in a Pagefind index (fragments are gzipped JSON after a signature). */
async function indexedText(outDir: string): Promise<string> {
	const dir = path.join(outDir, 'pagefind', 'fragment');
	const texts = await Promise.all((await readdir(dir)).map(async (name) => gunzipSync(await readFile(path.join(dir, name))).toString('utf8')));
	return texts.join('\n');
}

describe('a rebuild of the fixture with the same cache', () => {
	const FIXTURE = path.join(projectRoot, 'tests', 'fixtures', 'basic');
	const NEW_WORD = 'quokkaharbour';
	let first: BuildResult;
	let second: BuildResult;
	let edited: BuildResult;

	beforeAll(async () => {
		const work = await tempDir();
		const content = path.join(work, 'content');
		await cp(FIXTURE, content, { recursive: true });
		const env = { ARCHIVE_CACHE: path.join(work, 'cache') };
		const build = async () => {
			const result = await buildSite(content, { env });
			cleanup.push(path.dirname(result.outDir));
			if (result.code !== 0) throw new Error(`the fixture did not build (exit ${result.code}):\n${result.stderr || result.stdout}`);
			return result;
		};
		first = await build();
		second = await build();
		const event = path.join(content, 'events', 'jableh-clashes.md');
		await writeFile(event, `${await readFile(event, 'utf8')}\nWitnesses spoke of the ${NEW_WORD} checkpoint.\n`);
		edited = await build();
	});

	it('indexes the first time and reuses that index, unchanged, the second', async () => {
		expect(first.stdout).toMatch(/Pagefind indexed \d+ pages/);
		expect(first.stdout).not.toMatch(/search index reused/);
		expect(second.stdout).toMatch(/search index reused/);
		expect(second.stdout).not.toMatch(/Pagefind indexed/);
		const reused = await snapshot(path.join(second.outDir, 'pagefind'));
		expect(reused.size).toBeGreaterThan(5);
		expect(reused).toEqual(await snapshot(path.join(first.outDir, 'pagefind')));
	});

	it('indexes again when a page changed, so the new text is searchable', async () => {
		expect(edited.stdout).toMatch(/no cached index for these pages/);
		expect(edited.stdout).toMatch(/Pagefind indexed \d+ pages/);
		expect(await indexedText(second.outDir)).not.toContain(NEW_WORD);
		expect(await indexedText(edited.outDir)).toContain(NEW_WORD);
	});
});
