/**
 * The search index worker: reads the content on its own, makes Pagefind's documents
 * and has Pagefind index them, while Astro's thread syncs content and renders pages.
 * At 10,000 events this keeps ~35 s of indexing and ~5 s of reading and encoding off
 * the build's critical path. Invalid content is left to the pre-flight check, which
 * stops the build and reports it; the worker then only says so.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadContent } from '../content-io/load-content.ts';
import { createLabels } from '../views/kinds.ts';
import { errorCount } from '../graph/problems.ts';
import { pagefindDocuments } from '../search/pagefind-documents.ts';
import { indexInto, indexIntoCache } from './pagefind.ts';

export interface SearchIndexTask {
	contentDir: string;
	cacheDir: string;
	/** Index straight into this folder instead of the cache (when the cached copy failed). */
	into?: string;
}

export type SearchIndexMessage =
	| { kind: 'log'; message: string }
	| { kind: 'done'; digest: string; reused: boolean }
	| { kind: 'invalid' }
	| { kind: 'error'; message: string };

const post = (message: SearchIndexMessage) => parentPort!.postMessage(message);
const task = workerData as SearchIndexTask;

try {
	const { graph, problems } = await loadContent(task.contentDir);
	if (errorCount(problems) > 0) post({ kind: 'invalid' });
	else {
		const documents = pagefindDocuments(graph, createLabels(graph));
		if (task.into) {
			await indexInto(documents, task.into);
			post({ kind: 'done', digest: '', reused: false });
		} else {
			const result = await indexIntoCache(documents, task.cacheDir, (message) => post({ kind: 'log', message }));
			post({ kind: 'done', ...result });
		}
	}
} catch (error) {
	post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
}
