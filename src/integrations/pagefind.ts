/**
 * The Pagefind index, built while Astro builds the pages. Pagefind reads one small
 * document per searchable entry (src/search/pagefind-documents.ts), made from the
 * content graph the pre-flight check already holds, so indexing starts before Astro
 * has synced its content and runs in Pagefind's own process beside it: at 10,000
 * events that takes ~30 s off the critical path. The finished index goes into the
 * build cache (src/integrations/pagefind-cache.ts); when the build is done it is copied
 * into `pagefind/`. A rebuild with the same documents indexes nothing.
 *
 * The site is only complete with its index: if indexing fails, the build fails, and
 * the error says what Pagefind reported.
 */
import type { AstroIntegrationLogger } from 'astro';
import { constants } from 'node:fs';
import { access, mkdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as pagefind from 'pagefind';
import type { PagefindDocument } from '../search/pagefind-documents.ts';
import { countFiles, digestDocuments, eachLimited, hasIndex, restoreIndex, storeIndex } from './pagefind-cache.ts';

export interface PagefindSummary {
	pages: number;
	bytes: number;
	/** True when the index was copied from the cache instead of being built. */
	reused: boolean;
}

export interface SearchIndexJob {
	/**
	 * Puts the index in `<outDir>/pagefind` once it is ready, and returns what it holds.
	 * The first call starts the copy; call it as soon as Astro has emptied the output
	 * folder, so the copy overlaps the rendering, and again when the build is done.
	 */
	place(outDir: string): Promise<PagefindSummary>;
}

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
async function readEntry(outputPath: string): Promise<number> {
	const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
	return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

/** Indexes the documents into `outputPath` in Pagefind's own process. */
async function buildIndex(documents: readonly PagefindDocument[], outputPath: string): Promise<void> {
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
		await eachLimited(documents, IN_FLIGHT, async (d) => {
			const added = await index.addHTMLFile({ url: d.url, content: d.html });
			if (added.errors.length) throw fail(`index ${d.url}`, added.errors);
		});
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw fail(`write ${outputPath}`, written.errors);
	} catch (error) {
		// When its program cannot start or dies, pagefind rejects with its own words ("backend closed").
		throw error instanceof PagefindError ? error : fail('run', [why(error)]);
	} finally {
		await pagefind.close();
	}
}

/**
 * Starts indexing `documents` (or finds their index in the cache) and returns at once;
 * `place` waits for it. Call it as early as the documents are known.
 */
export function startSearchIndex(documents: readonly PagefindDocument[], logger: AstroIntegrationLogger, cacheDir: string): SearchIndexJob {
	const started = performance.now();
	const ready = (async () => {
		const digest = digestDocuments(documents, await indexKey());
		if (await hasIndex(cacheDir, digest)) {
			logger.info(`search index: the ${documents.length} searchable entries are unchanged since the last build; its index will be reused`);
			return { digest, reused: true };
		}
		logger.info(`search index: Pagefind is indexing ${documents.length} entries while the pages are built`);
		const fresh = path.join(cacheDir, `pagefind-build-${randomBytes(6).toString('hex')}`);
		await mkdir(cacheDir, { recursive: true });
		try {
			await buildIndex(documents, fresh);
			await storeIndex(cacheDir, digest, fresh, { move: true });
		} finally {
			await rm(fresh, { recursive: true, force: true });
		}
		logger.info(`search index: Pagefind indexed ${documents.length} entries in ${seconds(performance.now() - started)}`);
		return { digest, reused: false };
	})();
	// Failures are reported by place(); until then, a rejection must not end the process unheard.
	ready.catch(() => undefined);
	let placed: Promise<PagefindSummary> | undefined;
	const place = async (outDir: string): Promise<PagefindSummary> => {
		let job: Awaited<typeof ready>;
		try {
			job = await ready;
		} catch (error) {
			throw new Error(
				`Search index: ${why(error)}. If Pagefind's program is missing, "npm install" restores it; if PAGEFIND_BINARY_PATH or PAGEFIND_EXTENDED_BINARY_PATH is set, check the program it names. Deleting ${path.join(cacheDir, 'pagefind')} clears the search cache.`,
			);
		}
		const target = path.join(outDir, 'pagefind');
		const copying = performance.now();
		let restored: Awaited<ReturnType<typeof restoreIndex>>;
		try {
			restored = await restoreIndex(cacheDir, job.digest, target);
			if (!restored) throw new Error('it is no longer there (another build sharing the cache?)');
		} catch (error) {
			// The cache only saves time: without it, the index is built here, into the site.
			logger.warn(`Search index: the index in ${path.join(cacheDir, 'pagefind')} could not be copied (${why(error)}); indexing again into ${target}.`);
			await rm(target, { recursive: true, force: true });
			await buildIndex(documents, target);
			restored = await countFiles(target);
		}
		const pages = await readEntry(target);
		logger.info(`search: ${job.reused ? 'reused the index of' : 'Pagefind indexed'} ${pages} pages (${Math.round(restored.bytes / 1024)} KiB, copied in ${seconds(performance.now() - copying)})`);
		return { pages, bytes: restored.bytes, reused: job.reused };
	};
	return {
		place(outDir) {
			placed ??= place(outDir);
			return placed;
		},
	};
}
