import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { eventsIcs } from '../../views/exports-ics.ts';

export const GET: APIRoute = async ({ site }) => {
	const { graph, accessed } = await getArchive();
	return new Response(eventsIcs(graph, site, accessed), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
