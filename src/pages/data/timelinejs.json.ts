import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { timelineJs } from '../../views/exports-timelinejs.ts';

export const GET: APIRoute = async ({ site }) => new Response(JSON.stringify(timelineJs((await getArchive()).graph, site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
