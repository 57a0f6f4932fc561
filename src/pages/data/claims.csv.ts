import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { claimsCsv } from '../../views/exports.ts';

export const GET: APIRoute = async () => new Response(claimsCsv((await getArchive()).graph), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
