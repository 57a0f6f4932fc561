/**
 * The search index cache: the digest must change with any document Pagefind reads, a
 * restore must never leave a partial index, and a real rebuild of the fixture with the
 * same cache must reuse the index while an edited entry forces indexing.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, buildsDir, projectRoot, type BuildResult } from '../../tests/support/build-site.ts';
import { digestDocuments, pruneSlots, restoreIndex, storeIndex } from './pagefind-cache.ts';
import { searchShardSize } from './search-index.ts';

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

describe('digestDocuments', () => {
	const docs = [
		{ url: '/actors/a.html', html: '<p>A</p>' },
		{ url: '/events/b.html', html: '<p>B</p>' },
	];

	it('changes with the text, the URL, the order or the presence of any document, and with the key', () => {
		const base = digestDocuments(docs, { version: '1' });
		expect(digestDocuments(docs.map((d) => ({ ...d })), { version: '1' })).toBe(base);
		expect(digestDocuments(docs, { version: '2' })).not.toBe(base);
		expect(digestDocuments([docs[0]!, { ...docs[1]!, html: '<p>C</p>' }], { version: '1' })).not.toBe(base);
		expect(digestDocuments([docs[0]!, { ...docs[1]!, url: '/events/c.html' }], { version: '1' })).not.toBe(base);
		expect(digestDocuments([docs[1]!, docs[0]!], { version: '1' })).not.toBe(base);
		expect(digestDocuments([docs[0]!], { version: '1' })).not.toBe(base);
	});

	it('cannot be fooled by moving text across the boundary of two documents', () => {
		const a = [{ url: '/a', html: 'xy' }, { url: '/b', html: 'z' }];
		const b = [{ url: '/a', html: 'x' }, { url: '/b', html: 'yz' }];
		expect(digestDocuments(a, {})).not.toBe(digestDocuments(b, {}));
	});
});

describe('storeIndex and restoreIndex', () => {
	const index = { 'pagefind-entry.json': '{"languages":{}}', 'fragment/en_1.pf_fragment': 'one', 'index/en_1.pf_index': 'two' };

	it('restores exactly what was stored, as links to the slot, and keeps only the slots asked for', async () => {
		const dir = await tempDir();
		await writeTree(path.join(dir, 'built'), index);
		await storeIndex(path.join(dir, 'cache'), 'aaa', path.join(dir, 'built'));
		await storeIndex(path.join(dir, 'cache'), 'bbb', path.join(dir, 'built'));
		await storeIndex(path.join(dir, 'cache'), 'ccc', path.join(dir, 'built'));
		await pruneSlots(path.join(dir, 'cache'), new Set(['bbb', 'ccc']));
		expect((await readdir(path.join(dir, 'cache', 'pagefind'))).sort()).toEqual(['bbb', 'ccc']);

		expect(await restoreIndex(path.join(dir, 'cache'), 'aaa', path.join(dir, 'out', 'pagefind'))).toBeUndefined();
		await mkdir(path.join(dir, 'out'));
		const bytes = Object.values(index).reduce((n, text) => n + Buffer.byteLength(text), 0);
		expect(await restoreIndex(path.join(dir, 'cache'), 'bbb', path.join(dir, 'out', 'pagefind'))).toEqual({ files: 3, bytes });
		expect(await snapshot(path.join(dir, 'out', 'pagefind'))).toEqual(await snapshot(path.join(dir, 'built')));
		// A slot is never written to again, so the site can share its files instead of copying 26,000 of them.
		const [slotFile, siteFile] = await Promise.all([stat(path.join(dir, 'cache', 'pagefind', 'bbb', 'index', 'index', 'en_1.pf_index')), stat(path.join(dir, 'out', 'pagefind', 'index', 'en_1.pf_index'))]);
		expect(siteFile.ino).toBe(slotFile.ino);
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

/** The text of every page in a Pagefind index, all shards (fragments are gzipped JSON after a signature). */
async function indexedText(outDir: string): Promise<string> {
	const files = (await readdir(path.join(outDir, 'pagefind'), { recursive: true, withFileTypes: true })).filter((f) => f.isFile() && f.name.endsWith('.pf_fragment'));
	const texts = await Promise.all(files.map(async (f) => gunzipSync(await readFile(path.join(f.parentPath, f.name))).toString('utf8')));
	return texts.join('\n');
}

describe('searchShardSize', () => {
	it('is 2,000 documents unless ARCHIVE_SEARCH_SHARD_SIZE says otherwise, and refuses what is not a count', () => {
		expect(searchShardSize({})).toBe(2000);
		expect(searchShardSize({ ARCHIVE_SEARCH_SHARD_SIZE: '3' })).toBe(3);
		expect(() => searchShardSize({ ARCHIVE_SEARCH_SHARD_SIZE: 'ten' })).toThrow('ARCHIVE_SEARCH_SHARD_SIZE is "ten": it must be a whole number of documents, 1 or more (unset, it is 2000).');
		expect(() => searchShardSize({ ARCHIVE_SEARCH_SHARD_SIZE: '0' })).toThrow(/whole number/);
	});
});

/** A copy of the fixture built again and again with one cache, as `npm run build` does; `addWord` puts a new word in one event's body. */
async function fixtureBuilds(env: Record<string, string>) {
	const work = await tempDir();
	const content = path.join(work, 'content');
	await cp(path.join(projectRoot, 'tests', 'fixtures', 'basic'), content, { recursive: true });
	const build = async () => {
		const result = await buildSite(content, { env: { ARCHIVE_CACHE: path.join(work, 'cache'), ...env } });
		cleanup.push(path.dirname(result.outDir));
		if (result.code !== 0) throw new Error(`the fixture did not build (exit ${result.code}):\n${result.stderr || result.stdout}`);
		return result;
	};
	const event = path.join(content, 'events', 'jableh-clashes.md');
	const addWord = async (word: string) => writeFile(event, `${await readFile(event, 'utf8')}\nWitnesses spoke of the ${word} checkpoint.\n`);
	return { build, addWord };
}

describe('a rebuild of the fixture with the same cache', () => {
	const NEW_WORD = 'quokkaharbour';
	let first: BuildResult;
	let second: BuildResult;
	let edited: BuildResult;

	beforeAll(async () => {
		const { build, addWord } = await fixtureBuilds({});
		first = await build();
		second = await build();
		await addWord(NEW_WORD);
		edited = await build();
	});

	it('indexes the first time and reuses that index, unchanged, the second', async () => {
		expect(first.stdout).toMatch(/Pagefind indexed \d+ pages/);
		// A small archive is one index: no shards to merge.
		expect(await readFile(path.join(first.outDir, 'pagefind', 'shards.json'), 'utf8')).toBe('[]');
		expect(first.stdout).not.toMatch(/reused the index/);
		// Indexed once, beside the build, and copied in: never indexed a second time into a missing folder.
		for (const build of [first, second, edited]) expect(build.stdout + build.stderr).not.toMatch(/could not be copied|WARN/);
		expect(second.stdout).toMatch(/reused the index of \d+ pages/);
		expect(second.stdout).not.toMatch(/Pagefind (is indexing|indexed)/);
		const reused = await snapshot(path.join(second.outDir, 'pagefind'));
		expect(reused.size).toBeGreaterThan(5);
		expect(reused).toEqual(await snapshot(path.join(first.outDir, 'pagefind')));
	});

	it('indexes again when an entry changed, so the new text is searchable', async () => {
		expect(edited.stdout).toMatch(/Pagefind is indexing \d+ entries/);
		expect(edited.stdout).toMatch(/Pagefind indexed \d+ pages/);
		expect(await indexedText(second.outDir)).not.toContain(NEW_WORD);
		expect(await indexedText(edited.outDir)).toContain(NEW_WORD);
	});
});

describe('a rebuild of an index in shards', () => {
	const NEW_WORD = 'wombatcrossing';
	let first: BuildResult;
	let edited: BuildResult;

	beforeAll(async () => {
		// 15 documents, about 3 to a shard: 5 shards.
		const { build, addWord } = await fixtureBuilds({ ARCHIVE_SEARCH_SHARD_SIZE: '3' });
		first = await build();
		await addWord(NEW_WORD);
		edited = await build();
	});

	it('lists the shards beside pagefind.js for the browser to merge', async () => {
		const folders = JSON.parse(await readFile(path.join(first.outDir, 'pagefind', 'shards.json'), 'utf8')) as string[];
		expect(folders.length).toBeGreaterThan(1);
		for (const folder of folders) expect((await readdir(path.join(first.outDir, 'pagefind', folder))).sort()).toContain('pagefind-entry.json');
	});

	it('indexes again only the shard whose entry changed, and the new text is searchable', async () => {
		const shards = JSON.parse(await readFile(path.join(edited.outDir, 'pagefind', 'shards.json'), 'utf8')) as string[];
		expect(edited.stdout).toMatch(new RegExp(`Pagefind is indexing \\d+ entries in 1 of ${shards.length + 1} shards`));
		expect(edited.stdout).toMatch(new RegExp(`search: indexed 1 of ${shards.length + 1} shards again, for \\d+ pages`));
		expect(await indexedText(first.outDir)).not.toContain(NEW_WORD);
		expect(await indexedText(edited.outDir)).toContain(NEW_WORD);
	});
});

describe('a build whose Pagefind cannot run', () => {
	it('fails with what Pagefind said and how to fix it, and writes no page', async () => {
		const work = await tempDir();
		const missing = path.join(work, 'no-such-pagefind');
		// The last good site stays as it was when the failure is known before Astro empties the folder, the usual case.
		const outDir = path.join(work, 'dist');
		await writeTree(outDir, { 'previous.html': '<p>the last good build</p>' });
		const result = await buildSite(path.join(projectRoot, 'tests', 'fixtures', 'basic'), {
			outDir,
			env: { ARCHIVE_CACHE: path.join(work, 'cache'), PAGEFIND_BINARY_PATH: missing, PAGEFIND_EXTENDED_BINARY_PATH: missing },
		});
		expect(result.code).not.toBe(0);
		expect(result.stderr).toMatch(/The archive was not built: Search index: Pagefind could not start \(PAGEFIND_EXTENDED_BINARY_PATH names .*no-such-pagefind, which is not a program/);
		expect(result.stderr).toMatch(/PAGEFIND_BINARY_PATH/);
		expect(result.stderr + result.stdout).not.toMatch(/^\s+at /m);
		// Whether Pagefind fails before or after Astro starts writing, the last good site stays: the build writes into a staging folder.
		expect(await readdir(outDir)).toEqual(['previous.html']);
		expect(result.stderr).toMatch(/Nothing was written to|The last good site in .* was left as it was/);
	});
});
