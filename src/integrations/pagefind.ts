/**
 * Runs Pagefind over the search documents (src/search/pagefind-documents.ts) in its own
 * process, into the build cache (src/integrations/pagefind-cache.ts) or a given folder.
 * It runs in the search index worker (search-index.worker.ts), beside Astro's build.
 */
import { constants } from 'node:fs';
import { access, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PagefindDocument } from '../search/pagefind-documents.ts';
import { digestDocuments, eachLimited, hasIndex, storeIndex } from './pagefind-cache.ts';

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

/** Indexes the documents into `outputPath` (without the cache) in Pagefind's own process. */
export async function indexInto(documents: readonly PagefindDocument[], outputPath: string): Promise<void> {
	class PagefindError extends Error {}
	const fail = (what: string, errors: string[]) => new PagefindError(`Pagefind could not ${what} (${errors.join('; ')})`);
	try {
		// Checked first: pagefind prints a stack trace of its own when the program it is told to run is missing.
		for (const name of ['PAGEFIND_EXTENDED_BINARY_PATH', 'PAGEFIND_BINARY_PATH']) {
			const program = process.env[name];
			if (program && !(await access(program, constants.X_OK).then(() => true, () => false))) throw fail('start', [`${name} names ${program}, which is not a program that can run here`]);
		}
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
		// The site has its own search page (src/client/search.client.ts): Pagefind's ready-made interfaces are not shipped.
		await Promise.all(UNUSED_UI.map((name) => rm(path.join(outputPath, name), { force: true })));
	} catch (error) {
		// When its program cannot start or dies, pagefind rejects with its own words ("backend closed").
		throw error instanceof PagefindError ? error : fail('run', [why(error)]);
	} finally {
		await pagefind.close();
	}
}

export interface IndexedInCache {
	digest: string;
	/** True when the cache already held the index for these documents. */
	reused: boolean;
}

/**
 * Makes sure the cache holds the index of `documents`: finds it there by their digest,
 * or indexes them and stores the result. `log` reports what happens.
 */
export async function indexIntoCache(documents: readonly PagefindDocument[], cacheDir: string, log: (message: string) => void): Promise<IndexedInCache> {
	const started = performance.now();
	const digest = digestDocuments(documents, await indexKey());
	if (await hasIndex(cacheDir, digest)) {
		log(`search index: the ${documents.length} searchable entries are unchanged since the last build; its index will be reused`);
		return { digest, reused: true };
	}
	log(`search index: Pagefind is indexing ${documents.length} entries while the pages are built`);
	// Inside the slots folder, as a `.tmp-` folder: if the build dies while indexing, the next one clears it.
	await mkdir(path.join(cacheDir, 'pagefind'), { recursive: true });
	const fresh = await mkdtemp(path.join(cacheDir, 'pagefind', '.tmp-build-'));
	try {
		await indexInto(documents, fresh);
		await storeIndex(cacheDir, digest, fresh, { move: true });
	} finally {
		await rm(fresh, { recursive: true, force: true });
	}
	log(`search index: Pagefind indexed ${documents.length} entries in ${seconds(performance.now() - started)}`);
	return { digest, reused: false };
}
