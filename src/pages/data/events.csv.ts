import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { eventsCsv } from '../../views/exports.ts';

export const GET: APIRoute = async () => new Response(eventsCsv((await getArchive()).graph), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
