import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { archiveJson } from '../../views/exports.ts';

export const GET: APIRoute = async () => new Response(archiveJson((await getArchive()).graph), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
