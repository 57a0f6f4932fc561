/**
 * The scripts search reads from disk: the fallback index (src/search/index-format.ts) and
 * every entry's body as plain text (src/search/full-text.ts), keyed by what they read.
 */
import type { APIRoute } from 'astro';
import { filePaths, forFile, type Archive } from '../../data/archive.ts';
import { buildSearchIndex } from '../../search/build-index.ts';
import { indexScript } from '../../search/index-format.ts';
import { buildFullText, fullTextScript } from '../../search/build-full-text.ts';
import type { SitePath } from '../../model/urls.ts';

const SCRIPTS: Record<string, (archive: Archive) => string> = {
	'search-index': ({ graph, labels }) => indexScript(buildSearchIndex(graph, labels)),
	'search-text': ({ graph, labels }) => fullTextScript(buildFullText(graph, labels)),
};

const pathOf = (script: string) => `assets/${script}.js` as SitePath;

export const getStaticPaths = () => filePaths('script', Object.keys(SCRIPTS), pathOf);

export const GET: APIRoute = async ({ params }) =>
	new Response(SCRIPTS[params.script!]!(await forFile(pathOf(params.script!))), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
