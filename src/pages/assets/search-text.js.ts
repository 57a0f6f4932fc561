/** The plain text of every entry's body, for search from disk (see src/search/full-text.ts). */
import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { buildFullText, fullTextScript } from '../../search/build-full-text.ts';

export const GET: APIRoute = async () => {
	const { graph, labels } = await getArchive();
	return new Response(fullTextScript(buildFullText(graph, labels)), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
