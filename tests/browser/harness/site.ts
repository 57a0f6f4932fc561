/**
 * The built site the browser tests check: `dist/` (what `npm test` builds), or the
 * folder named by SITE_DIR, so a harness can be pointed at any build.
 */
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../support/build-site.ts';

/**
 * A browser or checker pass over the whole site (conformance.test.ts: the Nu checker over
 * every page, axe over up to 300): about 200 s for 2,391 pages at load 12 on 2 cores.
 * The crawl no longer opens every page (crawl.test.ts checks links statically), so
 * nothing else needs this long.
 */
export const WHOLE_SITE_TIMEOUT = 600_000;

export function siteDir(): string {
	const dir = path.resolve(projectRoot, process.env.SITE_DIR ?? 'dist');
	if (!existsSync(path.join(dir, 'index.html'))) {
		throw new Error(`No built site in ${dir} (index.html is missing). Run "npm run build" first, or set SITE_DIR to a built folder.`);
	}
	return dir;
}

/** Every HTML file the build wrote, as site paths with forward slashes (`actors/x.html`), sorted. */
export async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
		.sort();
}

/** The first page of a section (`actors/…html`), preferring the given ids when the build has them. */
export function pickPage(pages: string[], section: string, preferred: string[] = []): string | undefined {
	for (const id of preferred) if (pages.includes(`${section}/${id}.html`)) return `${section}/${id}.html`;
	return pages.find((p) => p.startsWith(`${section}/`));
}
