/**
 * Writes sitemap.xml when a site URL is configured (SITE_URL). Page URLs come from
 * urls.ts, like the canonical links, so the two always agree.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { absoluteUrl, paths, type SitePath } from '../model/urls.ts';

/** @param pages site paths of the built pages, e.g. from Astro's `astro:build:done` */
export async function writeSitemap(outDir: string, site: URL, pages: SitePath[]): Promise<void> {
	const urls = pages
		.filter((p) => p.endsWith('.html') && p !== paths.notFound)
		.sort()
		.map((p) => `<url><loc>${absoluteUrl(site, p).replace(/&/g, '&amp;')}</loc></url>`);
	await writeFile(
		path.join(outDir, 'sitemap.xml'),
		`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`,
	);
}
