import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { placesGeoJson } from '../../map/geojson.ts';

export const GET: APIRoute = async () => new Response(JSON.stringify(placesGeoJson((await getArchive()).graph)), { headers: { 'Content-Type': 'application/geo+json' } });
