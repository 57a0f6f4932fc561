/**
 * Runs Pagefind over the built site, through its Node API, into `pagefind/`. Only
 * entry pages carry data-pagefind-body, so only they are indexed, and only their main
 * content; their filters, meta and date sort come from src/search/search-entries.ts.
 *
 * With a cache folder, a rebuild whose pages have not changed reuses the last index
 * (src/integrations/pagefind-cache.ts); any trouble with the cache only costs indexing.
 */
import type { AstroIntegrationLogger } from 'astro';
import { readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { countFiles, digestIndexedPages, restoreIndex, storeIndex } from './pagefind-cache.ts';

export interface PagefindSummary {
	pages: number;
	bytes: number;
	/** True when the index was copied from the cache instead of being built. */
	reused: boolean;
}

const OPTIONS = { forceLanguage: 'en' } as const;

/** Everything besides the pages that decides the index: Pagefind's version, its binary, our options. */
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

export async function indexWithPagefind(outDir: string, logger: AstroIntegrationLogger, options: { cacheDir?: string | undefined } = {}): Promise<PagefindSummary> {
	const outputPath = path.join(outDir, 'pagefind');
	let digest: string | undefined;
	if (options.cacheDir) {
		const { cacheDir } = options;
		try {
			const started = performance.now();
			const pages = await digestIndexedPages(outDir, await indexKey());
			const hashed = performance.now();
			if (pages) {
				digest = pages.digest;
				const restored = await restoreIndex(cacheDir, digest, outputPath);
				if (restored) {
					const entry = await readEntry(outputPath);
					logger.info(`search index reused: the ${pages.files} pages are unchanged (hashed ${Math.round(pages.bytes / 2 ** 20)} MiB in ${seconds(hashed - started)}, index copied in ${seconds(performance.now() - hashed)})`);
					return { pages: entry, bytes: restored.bytes, reused: true };
				}
				logger.info(`search index: no cached index for these pages (hashed ${pages.files} pages in ${seconds(hashed - started)}), indexing`);
			}
		} catch (error) {
			// Whatever a failed restore left is removed, so the index is built from scratch.
			await rm(outputPath, { recursive: true, force: true }).catch(() => undefined);
			logger.warn(`Search index: the cached index in ${cacheDir} could not be used (${why(error)}); indexing the pages instead. Deleting ${path.join(cacheDir, 'pagefind')} clears it.`);
		}
	}
	const summary = await buildIndex(outDir, outputPath, logger);
	if (options.cacheDir && digest) {
		const started = performance.now();
		try {
			await storeIndex(options.cacheDir, digest, outputPath);
			logger.info(`search index stored in the cache for the next build (${seconds(performance.now() - started)})`);
		} catch (error) {
			logger.warn(`Search index: could not keep a copy in ${options.cacheDir} (${why(error)}); the site is complete, the next build will index again.`);
		}
	}
	return summary;
}

/** How many pages an index holds, from its entry file (addDirectory counts the files it read). */
async function readEntry(outputPath: string): Promise<number> {
	const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
	return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}

async function buildIndex(outDir: string, outputPath: string, logger: AstroIntegrationLogger): Promise<PagefindSummary> {
	const fail = (what: string, errors: string[]) =>
		new Error(`Search index: Pagefind could not ${what} (${errors.join('; ')}). The site in ${outDir} was built, but has no search index; fix the cause above and build again.`);
	try {
		const { index, errors } = await pagefind.createIndex(OPTIONS);
		if (!index) throw fail('start', errors);
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length) throw fail(`read the built pages in ${outDir}`, added.errors);
		if (added.page_count === 0) logger.warn('Search index: no page carries data-pagefind-body, so Pagefind indexed nothing.');
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw fail(`write ${outputPath}`, written.errors);
		return { pages: await readEntry(outputPath), bytes: (await countFiles(outputPath)).bytes, reused: false };
	} finally {
		await pagefind.close();
	}
}
