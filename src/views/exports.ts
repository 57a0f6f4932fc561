/** Data exports: pure functions from the graph to JSON, CSV and Atom text. */
import type { Graph, QuoteNode } from '../graph/types.ts';
import { COLLECTIONS, type CollectionName } from '../model/kinds.ts';
import { formatDate } from '../lib/dates.ts';
import { absoluteUrl, paths, relativeUrl, type SitePath } from '../model/urls.ts';

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

export function eventsCsv(g: Graph): string {
	return csv([
		['id', 'title', 'date', 'date_text', 'start', 'end', 'type', 'actors', 'attributed_roles', 'other_dates', 'places', 'sources'],
		...g.chronology.map((e) => [
			e.id, e.data.title, e.date.edtf, formatDate(e.date), e.start, e.end, e.data.type,
			// Roles stated in a source's own voice; an alleged role goes to attributed_roles with its claimant, never here.
			e.data.actors.filter((a) => !a.claimedBy).map((a) => `${a.actor}:${a.role}`).join(';'),
			e.data.actors.filter((a) => a.claimedBy).map((a) => `${a.actor}:${a.role}@${a.claimedBy}:${a.source}`).join(';'),
			e.data.otherDates.map((d) => `${d.date}@${d.source}`).join(';'),
			e.data.places.join(';'), e.data.sources.join(';'),
		]),
	]);
}

export function claimsCsv(g: Graph): string {
	return csv([
		['event', 'kind', 'count', 'min', 'max', 'words', 'unverified', 'group', 'who', 'claimed_by', 'as_of', 'source'],
		...g.chronology.flatMap((e) => e.claims.map((c) => [e.id, c.kind, c.count, c.min, c.max, c.words, c.unverified ? 'yes' : '', c.group, c.who, c.claimedBy, c.asOf, c.source])),
	]);
}

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
