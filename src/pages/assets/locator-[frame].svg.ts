/** The base maps of the locator maps on place and event pages, one file per frame (see src/map/locator.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCATOR_FRAMES, locatorBaseSvg, type LocatorFrame } from '../../map/locator.ts';

export const getStaticPaths = (() => LOCATOR_FRAMES.map((frame) => ({ params: { frame } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => new Response(locatorBaseSvg(params.frame as LocatorFrame), { headers: { 'Content-Type': 'image/svg+xml' } });
