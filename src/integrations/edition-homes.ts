/**
 * With format 'file', Astro writes the route `/ar` as `ar.html`. An edition's home page is
 * `ar/index.html` (model/urls.ts), and it was rendered to be there: its relative links
 * start from `ar/`. So it is moved where its links lead from. The dev server already
 * serves `/ar/index.html` from the route `/ar`.
 */
import { rename } from 'node:fs/promises';
import path from 'node:path';
import { editionsFrom, LOCALE_INFO } from '../model/locales.ts';
import { inLocale, paths, type SitePath } from '../model/urls.ts';

/** Moves each edition's home into its folder; returns the site path each was written at and the one it has now. */
export async function moveEditionHomes(outDir: string): Promise<Map<SitePath, SitePath>> {
	const moved = new Map<SitePath, SitePath>();
	for (const locale of editionsFrom(process.env.ARCHIVE_EDITIONS)) {
		const folder = LOCALE_INFO[locale].folder;
		if (!folder) continue;
		const written = `${folder}.html` as SitePath;
		const home = inLocale(locale, paths.home);
		await rename(path.join(outDir, written), path.join(outDir, home));
		moved.set(written, home);
	}
	return moved;
}
