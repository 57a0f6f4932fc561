import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { eventsAtom } from '../../views/exports.ts';

export const GET: APIRoute = async ({ site }) => new Response(eventsAtom((await getArchive()).graph, site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
