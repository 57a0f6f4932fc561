/**
 * What search knows about each entry page, computed once from the graph. Both search
 * engines read it: Pagefind's documents carry it as attributes (searchProps, used by
 * pagefind-documents.ts) and the build turns it into the fallback index (build-index.ts),
 * so a filter means the same thing online and from disk.
 */
import { statementHasOwnPage, type Graph } from '../graph/build-graph.ts';
import type { Labels } from '../data/labels.ts';
import { EVENT_TYPES, type EventType } from '../schema/event.ts';
import type { EntityKind } from '../schema/index.ts';
import { startKey, type FuzzyDate } from '../lib/dates.ts';
import { displayDate } from './index-format.ts';
import { foldForSearch } from './fold.ts';

export interface SearchEntry {
	kind: EntityKind;
	id: string;
	title: string;
	/** When it happened or was said; for undated words, the source article's publication date (see dateReported). Sorts and filters by year. */
	date: FuzzyDate | undefined;
	/** True when `date` is only when the words were reported (the article's date), not when they were said. */
	dateReported: boolean;
	/** The names an actor or place is known by: name, Arabic name, aliases. Empty for other kinds. */
	names: string[];
	/** Words searched besides the title and names: a quote's text, an actor's description and roles. */
	text: string;
	/** A line under the result's title; empty when the result composes its own (events). */
	snippet: string;
	/** Ids of actors and places the entry is about: the filters, and what "related" means in ranking. */
	actors: string[];
	places: string[];
	type: EventType | undefined;
}

/** "Battle", from "Battle: armed clash…". */
export const eventTypeLabel = (type: EventType) => EVENT_TYPES[type].split(': ')[0]!;

const uniq = (xs: Iterable<string | undefined>) => [...new Set([...xs].filter((x): x is string => !!x))];

/** A place and every place it lies in: an event in Jableh is also in Latakia Governorate. */
const withAncestors = (g: Graph, places: Iterable<string | undefined>) =>
	uniq([...places].flatMap((p) => (p && g.places.has(p) ? [p, ...g.places.get(p)!.ancestors] : [])));

/** Statements are listed only when several sources rendered them; otherwise the quote page is the entry. */
export const isSearchableStatement = (g: Graph, id: string) => {
	const s = g.statements.get(id);
	return s !== undefined && statementHasOwnPage(s);
};

/** The search entry for one page, or undefined if the page is not searchable. */
export function searchEntry(g: Graph, labels: Labels, kind: EntityKind, id: string): SearchEntry | undefined {
	const base = { kind, id, title: labels(kind, id), names: [] as string[], text: '', snippet: '', actors: [] as string[], places: [] as string[], type: undefined, date: undefined, dateReported: false };
	switch (kind) {
		case 'actor': {
			const a = g.actors.get(id);
			if (!a) return undefined;
			return {
				...base,
				names: uniq([a.data.name, a.data.nameArabic, ...a.data.aliases]),
				text: [a.data.description ?? '', ...a.roles.map((r) => r.title)].join(' '),
				snippet: a.data.description ?? a.data.kind.replace(/-/g, ' '),
				actors: [id],
			};
		}
		case 'place': {
			const p = g.places.get(id);
			if (!p) return undefined;
			const parent = p.ancestors[0] ? g.places.get(p.ancestors[0])?.data.name : undefined;
			return {
				...base,
				names: uniq([p.data.name, p.data.nameArabic, ...p.data.aliases]),
				text: p.data.kind,
				snippet: `${p.data.kind[0]!.toUpperCase()}${p.data.kind.slice(1)}${parent ? ` in ${parent}` : ''}`,
				places: withAncestors(g, [id]),
			};
		}
		case 'event': {
			const e = g.events.get(id);
			if (!e) return undefined;
			return {
				...base,
				date: e.date,
				text: eventTypeLabel(e.data.type),
				actors: uniq(e.data.actors.map((a) => a.actor)).filter((a) => g.actors.has(a)),
				places: withAncestors(g, e.data.places),
				type: e.data.type,
			};
		}
		case 'quote': {
			const q = g.quotes.get(id);
			if (!q) return undefined;
			const speaker = typeof q.data.speaker === 'string' ? g.actors.get(q.data.speaker)?.data.name : q.data.speaker.description;
			return {
				...base,
				title: `${speaker ?? 'Unnamed speaker'}: ${labels('quote', id)}`,
				// Undated words sort by their article's date, shown as "reported …", never as when they were said.
				date: q.said ?? g.articles.get(q.data.source)?.published,
				dateReported: !q.said && g.articles.get(q.data.source)?.published !== undefined,
				text: q.data.text,
				actors: uniq([q.speakerActor]).filter((a) => g.actors.has(a)),
				places: withAncestors(g, [q.data.place]),
			};
		}
		case 'statement': {
			const s = g.statements.get(id);
			if (!s || !isSearchableStatement(g, id)) return undefined;
			const quotes = s.quotes.map((q) => g.quotes.get(q)!);
			// Undated: the earliest source's publication date, labelled as such.
			const reportedFirst = quotes
				.map((q) => g.articles.get(q.data.source)?.published)
				.filter((d): d is FuzzyDate => d !== undefined)
				.sort((a, b) => (startKey(a) < startKey(b) ? -1 : startKey(a) > startKey(b) ? 1 : 0))[0];
			return {
				...base,
				date: s.said ?? reportedFirst,
				dateReported: !s.said && reportedFirst !== undefined,
				// Renderings in other languages add words; the same words twice add nothing.
				text: uniq(quotes.map((q) => q.data.text)).join(' '),
				actors: uniq([s.speakerActor]).filter((a) => g.actors.has(a)),
				places: withAncestors(g, quotes.map((q) => q.data.place)),
			};
		}
		case 'article': {
			const a = g.articles.get(id);
			if (!a) return undefined;
			return {
				...base,
				date: a.published,
				text: [...a.data.authors, ...a.data.topics].join(' '),
				// The result line is composed from the publisher (first of the actors) and this text.
				snippet: '',
				actors: uniq([a.data.publisher, ...a.data.via, ...a.mentions.filter((m) => m.kind === 'actor').map((m) => m.id)]).filter((x) => g.actors.has(x)),
				places: withAncestors(g, a.mentions.filter((m) => m.kind === 'place').map((m) => m.id)),
			};
		}
	}
}

/** Every searchable entry, in a stable order (kind, then the graph's order). */
export function searchEntries(g: Graph, labels: Labels): SearchEntry[] {
	const out: SearchEntry[] = [];
	const add = (kind: EntityKind, ids: Iterable<string>) => {
		for (const id of ids) {
			const e = searchEntry(g, labels, kind, id);
			if (e) out.push(e);
		}
	};
	add('actor', g.actors.keys());
	add('place', g.places.keys());
	add('event', g.chronology.map((e) => e.id));
	add('quote', g.quotes.keys());
	add('statement', g.statements.keys());
	add('article', g.articles.keys());
	return out;
}

export interface PagefindProps {
	searchable: boolean;
	searchMeta: Record<string, string>;
	searchFilters: Record<string, string[]>;
	searchSort: Record<string, string>;
	searchAliases: string[];
}

/**
 * An entry's Pagefind attributes: meta (kind, title, date as
 * read), filters by name (kind, actor, place, type, year), the date sort key, and the
 * names to index beside the text, with their folded forms so that a query typed without
 * hamza or with ه for ة still meets them (Pagefind folds Latin case and accents itself).
 */
export function searchProps(g: Graph, labels: Labels, kind: EntityKind, id: string): PagefindProps {
	const e = searchEntry(g, labels, kind, id);
	return e ? entryProps(g, e) : { searchable: false, searchMeta: {}, searchFilters: {}, searchSort: {}, searchAliases: [] };
}

/** searchProps for an entry already looked up (one per document, at 26,000 documents). */
export function entryProps(g: Graph, e: SearchEntry): PagefindProps {
	const { kind } = e;
	const filters: Record<string, string[]> = { kind: [kind] };
	const actorNames = uniq(e.actors.map((a) => g.actors.get(a)?.data.name));
	const placeNames = uniq(e.places.map((p) => g.places.get(p)?.data.name));
	if (actorNames.length) filters.actor = actorNames;
	if (placeNames.length) filters.place = placeNames;
	if (e.type) filters.type = [eventTypeLabel(e.type)];
	if (e.date) filters.year = [String(e.date.start.year)];
	const meta: Record<string, string> = { kind, title: e.title };
	if (e.date) meta.date = displayDate(e.date, e.dateReported);
	const names = e.names.filter((n) => n !== e.title);
	return {
		searchable: true,
		searchMeta: meta,
		searchFilters: filters,
		searchSort: e.date ? { date: startKey(e.date) } : {},
		searchAliases: uniq(names.flatMap((n) => (/[\u0600-\u06FF]/.test(n) ? [n, foldForSearch(n)] : [n]))),
	};
}
