/**
 * Every export of the archive (views/exports.ts describes them for the about page), one
 * static file each. Each is keyed by what it reads (integrations/page-cache.ts), so a
 * rebuild with no change to what an export shows reuses the last build's file.
 */
import type { APIRoute } from 'astro';
import { filePaths, forFile, type Archive } from '../../data/archive.ts';
import { archiveJson, CSV_TABLES, eventsAtom, tableCsv } from '../../views/exports.ts';
import { eventsIcs } from '../../views/exports-ics.ts';
import { timelineJs } from '../../views/exports-timelinejs.ts';
import { eventsGeoJson, placesGeoJson } from '../../map/geojson.ts';
import { paths } from '../../model/urls.ts';

interface Export {
	type: string;
	render: (archive: Archive, site: URL | undefined) => string;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const EXPORTS: Record<string, Export> = {
	'archive.json': { type: JSON_TYPE, render: ({ graph }) => archiveJson(graph) },
	...Object.fromEntries(CSV_TABLES.map((t) => [t.file, { type: 'text/csv; charset=utf-8', render: ({ graph }: Archive) => tableCsv(t, graph) }])),
	'events.ics': { type: 'text/calendar; charset=utf-8', render: ({ graph, accessed }, site) => eventsIcs(graph, site, accessed) },
	'timelinejs.json': { type: JSON_TYPE, render: ({ graph }, site) => JSON.stringify(timelineJs(graph, site)) },
	'events.atom': { type: 'application/atom+xml; charset=utf-8', render: ({ graph }, site) => eventsAtom(graph, site) },
	'events.geojson': { type: 'application/geo+json', render: ({ graph }) => JSON.stringify(eventsGeoJson(graph)) },
	'places.geojson': { type: 'application/geo+json', render: ({ graph }) => JSON.stringify(placesGeoJson(graph)) },
};

export const getStaticPaths = () => filePaths('file', Object.keys(EXPORTS), paths.data);

export const GET: APIRoute = async ({ params, site }) => {
	const file = params.file!;
	const { type, render } = EXPORTS[file]!;
	return new Response(render(await forFile(paths.data(file)), site), { headers: { 'Content-Type': type } });
};
