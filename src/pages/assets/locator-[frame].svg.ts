/** The base maps of the locator maps on place and event pages, one file per frame (see src/map/locator.ts). */
import type { APIRoute } from 'astro';
import { filePaths, forFile } from '../../data/archive.ts';
import { LOCATOR_FRAMES, locatorBaseSvg, type LocatorFrame } from '../../map/locator.ts';
import type { SitePath } from '../../model/urls.ts';

const pathOf = (frame: string) => `assets/locator-${frame}.svg` as SitePath;

export const getStaticPaths = () => filePaths('frame', LOCATOR_FRAMES, pathOf);

export const GET: APIRoute = async ({ params }) => {
	// They read no entry: noted as such, their key changes only with the code (which Astro compares itself).
	await forFile(pathOf(params.frame!));
	return new Response(locatorBaseSvg(params.frame as LocatorFrame), { headers: { 'Content-Type': 'image/svg+xml' } });
};
