import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { eventsGeoJson } from '../../map/geojson.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(eventsGeoJson((await getArchive()).graph)), { headers: { 'Content-Type': 'application/geo+json' } });
