/** The fallback search index as a classic script (see src/search/index-format.ts). */
import type { APIRoute } from 'astro';
import { getArchive } from '../../data/archive.ts';
import { buildSearchIndex } from '../../search/build-index.ts';
import { indexScript } from '../../search/index-format.ts';

export const GET: APIRoute = async () => {
	const { graph, labels } = await getArchive();
	return new Response(indexScript(buildSearchIndex(graph, labels)), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
