/**
 * The search index worker: has Pagefind index the documents made from the build's one
 * graph (src/search/pagefind-documents.ts), while Astro's thread renders pages. Feeding
 * Pagefind and reading back its files is ~35 s of work at 10,000 events that stays
 * off the build's critical path; the documents arrive as data, so the content is read
 * and the graph built once per build.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PagefindDocument } from '../search/pagefind-documents.ts';
import { indexInto, indexIntoCache, type CachedShard } from './pagefind.ts';

export interface SearchIndexTask {
	documents: PagefindDocument[];
	cacheDir: string;
	/** Index straight into this folder instead of the cache (when the cached copy failed). */
	into?: string;
	/** Documents per shard (src/search/pagefind-shards.ts). */
	shardSize: number;
}

export type SearchIndexMessage =
	| { kind: 'log'; message: string }
	| { kind: 'done'; shards: CachedShard[]; reused: number }
	| { kind: 'error'; message: string };

const post = (message: SearchIndexMessage) => parentPort!.postMessage(message);
const task = workerData as SearchIndexTask;

try {
	if (task.into) {
		await indexInto(task.documents, task.into, task.shardSize);
		post({ kind: 'done', shards: [], reused: 0 });
	} else {
		const result = await indexIntoCache(task.documents, task.cacheDir, (message) => post({ kind: 'log', message }), task.shardSize);
		post({ kind: 'done', ...result });
	}
} catch (error) {
	post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
}
