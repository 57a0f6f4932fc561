/**
 * Runs Pagefind over the search documents (src/search/pagefind-documents.ts) in its own
 * process, shard by shard (src/search/pagefind-shards.ts), into the build cache
 * (src/integrations/pagefind-cache.ts) or a given folder. It runs in the search index
 * worker (search-index.worker.ts), beside Astro's build.
 */
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindDocument } from '../search/pagefind-documents.ts';
import { SHARD_SIZE, SHARDS_FILE, splitIntoShards } from '../search/pagefind-shards.ts';
import { digestDocuments, eachLimited, hasIndex, pruneSlots, storeIndex } from './pagefind-cache.ts';

const OPTIONS = { forceLanguage: 'en' } as const;
/** Documents sent to Pagefind's process before waiting for its answers: keeps its pipe full, our memory bounded. */
const IN_FLIGHT = 64;

/** Everything besides the documents that decides the index: Pagefind's version, its binary, our options. */
async function indexKey(): Promise<unknown> {
	// pagefind's exports offer no package.json, so it is looked up where Node would look.
	let version: string | undefined;
	for (const dir of createRequire(import.meta.url).resolve.paths('pagefind') ?? []) {
		version = await readFile(path.join(dir, 'pagefind', 'package.json'), 'utf8').then((t) => (JSON.parse(t) as { version: string }).version, () => undefined);
		if (version) break;
	}
	if (!version) throw new Error('cannot find the version of the installed pagefind package');
	// pagefind runs the binary these name instead of its own when they are set.
	const binaries = ['PAGEFIND_EXTENDED_BINARY_PATH', 'PAGEFIND_BINARY_PATH'].map((name) => process.env[name] ?? '');
	return { version, binaries, options: OPTIONS };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** How many pages an index holds, from its entry file. */
export async function readEntry(outputPath: string): Promise<number> {
	const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
	return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** Pagefind's ready-made search interfaces (~430 KB), which writeFiles adds beside the index. */
export const UNUSED_UI = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];

class PagefindError extends Error {}
const fail = (what: string, errors: string[]) => new PagefindError(`Pagefind could not ${what} (${errors.join('; ')})`);

/** Runs `work` with Pagefind's process, and closes it; any failure comes out as a PagefindError. */
async function withPagefind<T>(work: () => Promise<T>): Promise<T> {
	try {
		// Checked first: pagefind prints a stack trace of its own when the program it is told to run is missing.
		for (const name of ['PAGEFIND_EXTENDED_BINARY_PATH', 'PAGEFIND_BINARY_PATH']) {
			const program = process.env[name];
			if (program && !(await access(program, constants.X_OK).then(() => true, () => false))) throw fail('start', [`${name} names ${program}, which is not a program that can run here`]);
		}
		return await work();
	} catch (error) {
		// When its program cannot start or dies, pagefind rejects with its own words ("backend closed").
		throw error instanceof PagefindError ? error : fail('run', [why(error)]);
	} finally {
		await pagefind.close();
	}
}

/** Indexes one shard's documents into `outputPath`; Pagefind's process must be open (withPagefind). */
async function writeShard(documents: readonly PagefindDocument[], outputPath: string): Promise<void> {
	const { index, errors } = await pagefind.createIndex(OPTIONS);
	if (!index) throw fail('start', errors);
	// The first refusal stops the others from sending more to a process about to be closed.
	let refused: PagefindError | undefined;
	await eachLimited(documents, IN_FLIGHT, async (d) => {
		if (refused) return;
		const added = await index.addHTMLFile({ url: d.url, content: d.html });
		if (added.errors.length) refused ??= fail(`index ${d.url}`, added.errors);
	});
	if (refused) throw refused;
	const written = await index.writeFiles({ outputPath });
	if (written.errors.length) throw fail(`write ${outputPath}`, written.errors);
	await index.deleteIndex();
	// The site has its own search page (src/client/search.client.ts): Pagefind's ready-made interfaces are not shipped.
	await Promise.all(UNUSED_UI.map((name) => rm(path.join(outputPath, name), { force: true })));
}

/** The shard list the browser reads beside pagefind.js: the folders of the shards it merges into the primary. */
export const writeShardList = (pagefindDir: string, folders: readonly string[]) =>
	writeFile(path.join(pagefindDir, SHARDS_FILE), JSON.stringify(folders.filter((f) => f !== '')));

/** Indexes the documents straight into `outputPath` (`<site>/pagefind`), shard by shard, without the cache. */
export async function indexInto(documents: readonly PagefindDocument[], outputPath: string, shardSize = SHARD_SIZE): Promise<void> {
	const shards = splitIntoShards(documents, shardSize);
	await withPagefind(async () => {
		for (const shard of shards) await writeShard(shard.documents, path.join(outputPath, shard.folder));
	});
	await writeShardList(outputPath, shards.map((s) => s.folder));
}

export interface CachedShard {
	folder: string;
	digest: string;
}

export interface IndexedInCache {
	shards: CachedShard[];
	/** How many of them the cache already held. */
	reused: number;
}

/**
 * Makes sure the cache holds the index of every shard of `documents`: finds each there by
 * its digest, or indexes it and stores the result. `log` reports what happens.
 */
export async function indexIntoCache(documents: readonly PagefindDocument[], cacheDir: string, log: (message: string) => void, shardSize = SHARD_SIZE): Promise<IndexedInCache> {
	const started = performance.now();
	const key = await indexKey();
	const shards = splitIntoShards(documents, shardSize).map((s) => ({ ...s, digest: digestDocuments(s.documents, { key, folder: s.folder }) }));
	const held = await Promise.all(shards.map((s) => hasIndex(cacheDir, s.digest)));
	const missing = shards.filter((_, i) => !held[i]);
	const result = { shards: shards.map(({ folder, digest }) => ({ folder, digest })), reused: shards.length - missing.length };
	const of = shards.length === 1 ? '' : ` in ${missing.length} of ${shards.length} shards`;
	if (missing.length === 0) {
		log(`search index: the ${documents.length} searchable entries are unchanged since the last build; its index will be reused`);
		return result;
	}
	const entries = missing.reduce((n, s) => n + s.documents.length, 0);
	log(`search index: Pagefind is indexing ${entries} entries${of} while the pages are built`);
	// Inside the slots folder, as a `.tmp-` folder: if the build dies while indexing, the next one clears it.
	await mkdir(path.join(cacheDir, 'pagefind'), { recursive: true });
	await withPagefind(async () => {
		for (const shard of missing) {
			const fresh = await mkdtemp(path.join(cacheDir, 'pagefind', '.tmp-build-'));
			try {
				await writeShard(shard.documents, fresh);
				await storeIndex(cacheDir, shard.digest, fresh, { move: true });
			} finally {
				await rm(fresh, { recursive: true, force: true });
			}
		}
	});
	await pruneSlots(cacheDir, new Set(shards.map((s) => s.digest)));
	log(`search index: Pagefind indexed ${entries} entries${of} in ${seconds(performance.now() - started)}`);
	return result;
}
