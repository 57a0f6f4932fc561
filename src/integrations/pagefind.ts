/**
 * Runs Pagefind over the built site, through its Node API, into `pagefind/`. Only
 * entry pages carry data-pagefind-body, so only they are indexed, and only their main
 * content; their filters, meta and date sort come from src/search/search-entries.ts.
 */
import type { AstroIntegrationLogger } from 'astro';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface PagefindSummary {
	pages: number;
	bytes: number;
}

async function folderSize(dir: string): Promise<number> {
	let total = 0;
	for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
		if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
	}
	return total;
}

export async function indexWithPagefind(outDir: string, logger: AstroIntegrationLogger): Promise<PagefindSummary> {
	const fail = (what: string, errors: string[]) =>
		new Error(`Search index: Pagefind could not ${what} (${errors.join('; ')}). The site in ${outDir} was built, but has no search index; fix the cause above and build again.`);
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
		if (!index) throw fail('start', errors);
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length) throw fail(`read the built pages in ${outDir}`, added.errors);
		if (added.page_count === 0) logger.warn('Search index: no page carries data-pagefind-body, so Pagefind indexed nothing.');
		const outputPath = path.join(outDir, 'pagefind');
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw fail(`write ${outputPath}`, written.errors);
		// addDirectory counts the files it read; the entry file counts the pages it indexed.
		const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
		return { pages, bytes: await folderSize(outputPath) };
	} finally {
		await pagefind.close();
	}
}
