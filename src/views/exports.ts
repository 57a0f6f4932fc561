/** Data exports: pure functions from the graph to JSON, CSV and Atom text. */
import type { Graph, QuoteNode } from '../graph/types.ts';
import { COLLECTIONS, type CollectionName } from '../model/kinds.ts';
import { formatDate } from '../lib/dates.ts';
import { absoluteUrl, paths, relativeUrl, type SitePath } from '../model/urls.ts';
import type { ExportFile } from './json-ld.ts';

/** Every stored entry, by collection: its id, frontmatter and body; events in time order, quotes with their statement and verification. */
export function archiveJson(g: Graph): string {
	const strip = (n: { id: string; data: unknown; body: string }) => ({ id: n.id, ...(n.data as object), body: n.body.trim() });
	const nodes = (c: CollectionName) => (c === 'events' ? g.chronology : [...g[c].values()]) as { id: string; data: unknown; body: string }[];
	const quote = (q: QuoteNode) => ({ ...strip(q), statement: q.statement, verification: q.verification });
	const collections = COLLECTIONS.map((c) => [c, c === 'quotes' ? [...g.quotes.values()].map(quote) : nodes(c).map(strip)]);
	return JSON.stringify({ generated: 'syria-transition-archive', ...Object.fromEntries(collections) });
}

const csvCell = (v: unknown) => {
	const s = v === undefined || v === null ? '' : String(v);
	// A leading = + - @ would run as a formula in spreadsheet programs.
	const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
	return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};
const csv = (rows: unknown[][]) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';

const list = (xs: readonly (string | undefined)[]) => xs.filter(Boolean).join(';');
const speakerCell = (s: string | { description: string; affiliation?: string | undefined }) => (typeof s === 'string' ? s : s.description);

/** One CSV file: a row per entry (or per claim), lists joined with `;`, references by id. */
export interface CsvTable {
	file: string;
	description: string;
	header: string[];
	rows: (g: Graph) => unknown[][];
}

export const CSV_TABLES: readonly CsvTable[] = [
	{
		file: 'events.csv', description: 'One row per event: dates (EDTF and in words), type, actors with their roles, places, sources.',
		header: ['id', 'title', 'date', 'date_text', 'start', 'end', 'type', 'actors', 'attributed_roles', 'other_dates', 'places', 'sources'],
		rows: (g) => g.chronology.map((e) => [
			e.id, e.data.title, e.date.edtf, formatDate(e.date), e.start, e.end, e.data.type,
			// Roles stated in a source's own voice; an alleged role goes to attributed_roles with its claimant, never here.
			e.data.actors.filter((a) => !a.claimedBy).map((a) => `${a.actor}:${a.role}`).join(';'),
			e.data.actors.filter((a) => a.claimedBy).map((a) => `${a.actor}:${a.role}@${a.claimedBy}:${a.source}`).join(';'),
			e.data.otherDates.map((d) => `${d.date}@${d.source}`).join(';'),
			e.data.places.join(';'), e.data.sources.join(';'),
		]),
	},
	{
		file: 'claims.csv', description: 'One row per casualty claim: the figure or its words, who claimed it, as of when, and the source.',
		header: ['event', 'kind', 'count', 'min', 'max', 'words', 'unverified', 'group', 'who', 'claimed_by', 'as_of', 'source'],
		rows: (g) => g.chronology.flatMap((e) => e.claims.map((c) => [e.id, c.kind, c.count, c.min, c.max, c.words, c.unverified ? 'yes' : '', c.group, c.who, c.claimedBy, c.asOf, c.source])),
	},
	{
		file: 'actors.csv', description: 'One row per actor: names in both scripts, kind, roles (title@of) and memberships (actor:relation).',
		header: ['id', 'name', 'name_arabic', 'kind', 'aliases', 'description', 'roles', 'member_of', 'wikidata'],
		rows: (g) => [...g.actors.values()].map((a) => [
			a.id, a.data.name, a.data.nameArabic, a.data.kind, list(a.data.aliases), a.data.description,
			list(a.data.roles.map((r) => (r.of ? `${r.title}@${r.of}` : r.title))), list(a.data.memberOf.map((m) => `${m.actor}:${m.relation}`)), a.data.wikidata,
		]),
	},
	{
		file: 'places.csv', description: 'One row per place: names in both scripts, kind, coordinates (WGS 84) and the place it lies in.',
		header: ['id', 'name', 'name_arabic', 'kind', 'aliases', 'latitude', 'longitude', 'in', 'wikidata'],
		rows: (g) => [...g.places.values()].map((p) => [p.id, p.data.name, p.data.nameArabic, p.data.kind, list(p.data.aliases), p.data.coordinates?.[0], p.data.coordinates?.[1], p.data.in, p.data.wikidata]),
	},
	{
		file: 'articles.csv', description: 'One row per source: headline, publisher, wires, authors, address, archived copy, dates, and whether its text is archived.',
		header: ['id', 'title', 'publisher', 'via', 'authors', 'url', 'archived_copy', 'published', 'accessed', 'language', 'status', 'topics'],
		rows: (g) => [...g.articles.values()].map((a) => [a.id, a.data.title, a.data.publisher, list(a.data.via), list(a.data.authors), a.data.url, a.data.archived, a.data.published, a.data.accessed, a.data.language, a.status, list(a.data.topics)]),
	},
	{
		file: 'quotes.csv', description: 'One row per quote: the words, the speaker (an actor id or a description), the source, when, and whether the words were found in the archived text.',
		header: ['id', 'text', 'speaker', 'speaker_affiliation', 'source', 'said', 'language', 'translated_from', 'event', 'place', 'statement', 'verification'],
		rows: (g) => [...g.quotes.values()].map((q) => [
			q.id, q.data.text, speakerCell(q.data.speaker), typeof q.data.speaker === 'string' ? '' : q.data.speaker.affiliation, q.data.source, q.data.said,
			q.data.language, q.data.translatedFrom, q.data.event, q.data.place, q.statement, q.verification,
		]),
	},
];

export const tableCsv = (table: CsvTable, g: Graph): string => csv([table.header, ...table.rows(g)]);

// Characters XML 1.0 cannot hold at all (controls, U+FFFE/U+FFFF, lone surrogates) are dropped:
// the validator refuses them in content, and the feed must stay well-formed whatever it is given.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const xml = (s: string) => s.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Atom feed of the latest events. Links are absolute with a site URL, else relative to the feed. */
/**
 * Atom ids must be absolute and permanent: with a site URL they are the pages' addresses;
 * without one, tag URIs (RFC 4151) that do not depend on where the folder is opened.
 */
const TAG = 'tag:syria-transition-archive,2024-12-08:';

export function eventsAtom(g: Graph, site: URL | undefined, limit = 50): string {
	const feedPath = paths.data('events.atom');
	const url = (to: SitePath) => (site ? absoluteUrl(site, to) : relativeUrl(feedPath, to));
	const id = (to: SitePath) => (site ? absoluteUrl(site, to) : `${TAG}${to}`);
	const latest = g.chronology.slice(-limit).reverse();
	const updated = `${latest[0]?.start ?? '2024-12-08'}T00:00:00Z`;
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Syria Transition Archive: events</title>
<author><name>Syria Transition Archive contributors</name></author>
<id>${xml(id(feedPath))}</id>
<link rel="alternate" href="${xml(url(paths.timeline))}"/>
<updated>${updated}</updated>
${latest
	.map(
		(e) => `<entry>
<title>${xml(`${formatDate(e.date)}: ${e.data.title}`)}</title>
<id>${xml(id(paths.entry('event', e.id)))}</id>
<link href="${xml(url(paths.entry('event', e.id)))}"/>
<updated>${e.start}T00:00:00Z</updated>
<summary>${xml(e.body.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim().slice(0, 400))}</summary>
</entry>`,
	)
	.join('\n')}
</feed>
`;
}

/** Every export, for the about page, the Dataset's JSON-LD and the README. */
export const EXPORT_FILES: readonly ExportFile[] = [
	{ name: 'archive.json', format: 'application/json', description: 'Every entry with its frontmatter and text, by collection; events in time order, quotes with their statement and verification.' },
	...CSV_TABLES.map((t) => ({ name: t.file, format: 'text/csv', description: t.description })),
	{ name: 'events.ics', format: 'text/calendar', description: 'Every event as an all-day iCalendar event (RFC 5545); a month or year spans the whole month or year.' },
	{ name: 'timelinejs.json', format: 'application/json', description: 'The events in TimelineJS3\'s JSON format, each date as precise as it is known.' },
	{ name: 'events.atom', format: 'application/atom+xml', description: 'An Atom feed of the latest 50 events.' },
];
