/**
 * The Pagefind index, built beside Astro's build. The documents are made from the one
 * graph (one small document per searchable entry); a worker thread
 * (search-index.worker.ts) has Pagefind's process index them into the build cache while
 * Astro renders, and Astro's own thread never waits for it until the index is copied
 * into `pagefind/`. A rebuild with the same documents indexes nothing.
 *
 * The site is only complete with its index: if indexing fails, the build fails with
 * what Pagefind reported.
 */
import type { AstroIntegrationLogger } from 'astro';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { countFiles, restoreIndex } from './pagefind-cache.ts';
import { readEntry, writeShardList, type CachedShard } from './pagefind.ts';
import type { PagefindDocument } from '../search/pagefind-documents.ts';
import { SHARD_SIZE } from '../search/pagefind-shards.ts';
import type { SearchIndexMessage, SearchIndexTask } from './search-index.worker.ts';

export interface PagefindSummary {
	pages: number;
	bytes: number;
	/** How many shards there are, and how many were taken from the cache instead of being indexed. */
	shards: number;
	reused: number;
	/** How long copying it into the site took. */
	copyMs: number;
}

export interface SearchIndexJob {
	/**
	 * Puts the index in `<outDir>/pagefind` once it is ready, and returns what it holds.
	 * The first call starts the copy; call it as soon as Astro has emptied the output
	 * folder, so the copy overlaps the rendering, and again when the build is done (and
	 * log the summary then: lines logged while Astro lists the pages it renders end up
	 * inside that list).
	 */
	place(outDir: string): Promise<PagefindSummary>;
	/** The error, if indexing has already failed: the build can stop before writing a page. */
	failure(): Error | undefined;
}

/**
 * Documents per search index shard: SHARD_SIZE, or ARCHIVE_SEARCH_SHARD_SIZE (tests set it
 * low to build several shards from a small archive).
 */
export function searchShardSize(env: NodeJS.ProcessEnv = process.env): number {
	const given = env.ARCHIVE_SEARCH_SHARD_SIZE;
	if (given === undefined || given === '') return SHARD_SIZE;
	const n = Number(given);
	if (!Number.isInteger(n) || n < 1) throw new Error(`ARCHIVE_SEARCH_SHARD_SIZE is "${given}": it must be a whole number of documents, 1 or more (unset, it is ${SHARD_SIZE}).`);
	return n;
}

const why = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Runs the worker on one task and resolves with its result; its log lines go to `logger`. */
function runWorker(task: SearchIndexTask, logger: AstroIntegrationLogger): Promise<{ shards: CachedShard[]; reused: number }> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('./search-index.worker.ts', import.meta.url), { workerData: task });
		let settled = false;
		const settle = (fn: () => void) => {
			if (!settled) fn();
			settled = true;
		};
		worker.on('message', (m: SearchIndexMessage) => {
			if (m.kind === 'log') logger.info(m.message);
			else if (m.kind === 'done') settle(() => resolve(m));
			else settle(() => reject(new Error(m.message)));
		});
		worker.on('error', (error) => settle(() => reject(error)));
		worker.on('exit', (code) => settle(() => reject(new Error(`the search index worker stopped (exit code ${code}) before it finished`))));
	});
}

/** What the reader of a failed build is told: Pagefind's own trouble comes with what to check. */
function explain(error: unknown, cacheDir: string): Error {
	const message = why(error);
	const advice = message.startsWith('Pagefind')
		? ` If Pagefind's program is missing, "npm install" restores it; if PAGEFIND_BINARY_PATH or PAGEFIND_EXTENDED_BINARY_PATH is set, check the program it names. Deleting ${path.join(cacheDir, 'pagefind')} clears the search cache.`
		: '';
	return new Error(`Search index: ${message}.${advice}`);
}

/** Puts every shard in `target` (`<site>/pagefind`): the primary there, the others in their folders inside it, and their list. */
async function restoreShards(cacheDir: string, shards: readonly CachedShard[], target: string): Promise<{ bytes: number }> {
	let bytes = 0;
	// The primary first: restoring it replaces the whole folder.
	for (const shard of [...shards].sort((a, b) => a.folder.length - b.folder.length)) {
		const restored = await restoreIndex(cacheDir, shard.digest, path.join(target, shard.folder));
		if (!restored) throw new Error(`shard ${shard.folder || '(primary)'} is no longer there (another build sharing the cache?)`);
		bytes += restored.bytes;
	}
	await writeShardList(target, shards.map((s) => s.folder));
	return { bytes };
}

/** Starts indexing the documents and returns at once; `place` waits for it. */
export function startSearchIndex(documents: PagefindDocument[], cacheDir: string, shardSize: number, logger: AstroIntegrationLogger): SearchIndexJob {
	const ready = runWorker({ documents, cacheDir, shardSize }, logger);
	// Failures are reported by failure() or place(); until then, a rejection must not end the process unheard.
	let failed: Error | undefined;
	ready.catch((error: unknown) => {
		failed = explain(error, cacheDir);
	});
	let placed: Promise<PagefindSummary> | undefined;
	const place = async (outDir: string): Promise<PagefindSummary> => {
		let job: Awaited<typeof ready>;
		try {
			job = await ready;
		} catch (error) {
			throw explain(error, cacheDir);
		}
		const target = path.join(outDir, 'pagefind');
		const copying = performance.now();
		// On a first build Astro has not created the output folder yet.
		await mkdir(outDir, { recursive: true });
		let restored: { bytes: number };
		try {
			restored = await restoreShards(cacheDir, job.shards, target);
		} catch (error) {
			// The cache only saves time: without it, the index is built here, into the site.
			logger.warn(`Search index: the index in ${path.join(cacheDir, 'pagefind')} could not be copied (${why(error)}); indexing again into ${target}.`);
			await rm(target, { recursive: true, force: true });
			await runWorker({ documents, cacheDir, into: target, shardSize }, logger).catch((e: unknown) => Promise.reject(explain(e, cacheDir)));
			restored = await countFiles(target);
		}
		const pages = await Promise.all(job.shards.map((s) => readEntry(path.join(target, s.folder))));
		return { pages: pages.reduce((a, b) => a + b, 0), bytes: restored.bytes, shards: job.shards.length, reused: job.reused, copyMs: performance.now() - copying };
	};
	return {
		failure: () => failed,
		place(outDir) {
			placed ??= place(outDir);
			return placed;
		},
	};
}
