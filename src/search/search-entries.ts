/**
 * What search knows about each entry page, computed once from the graph. Both search
 * engines read it: Pagefind's documents carry it as attributes (entryProps, used by
 * pagefind-documents.ts) and the build turns it into the fallback index (build-index.ts),
 * so a filter means the same thing online and from disk. Each kind's part is in
 * src/views/kinds.ts.
 */
import type { Graph } from '../graph/types.ts';
import { startKey } from '../lib/dates.ts';
import { collectionOf, SEARCH_KINDS } from '../model/kinds.ts';
import { searchEntry, type Labels, type SearchEntry } from '../views/kinds.ts';
import { displayDate } from './index-format.ts';

const uniq = (xs: Iterable<string | undefined>) => [...new Set([...xs].filter((x): x is string => !!x))];

/** Every searchable entry, in a stable order: by kind as search lists them, events in time order, the rest in the graph's order. */
export function searchEntries(g: Graph, labels: Labels): SearchEntry[] {
	const out: SearchEntry[] = [];
	for (const kind of SEARCH_KINDS) {
		const ids = kind === 'event' ? g.chronology.map((e) => e.id) : g[collectionOf(kind)].keys();
		for (const id of ids) {
			const e = searchEntry(g, labels, kind, id);
			if (e) out.push(e);
		}
	}
	return out;
}

export interface PagefindProps {
	searchMeta: Record<string, string>;
	searchFilters: Record<string, string[]>;
	searchSort: Record<string, string>;
}

/**
 * A searchable entry's Pagefind attributes: meta (kind, title, date as read), filters by
 * name (kind, actor, place, type, year) and the date sort key.
 */
export function entryProps(g: Graph, e: SearchEntry): PagefindProps {
	const { kind } = e;
	const filters: Record<string, string[]> = { kind: [kind] };
	const actorNames = uniq(e.actors.map((a) => g.actors.get(a)?.data.name));
	const placeNames = uniq(e.places.map((p) => g.places.get(p)?.data.name));
	if (actorNames.length) filters.actor = actorNames;
	if (placeNames.length) filters.place = placeNames;
	// The id, as in the fallback index: both editions filter by it and show the label in their language.
	if (e.type) filters.type = [e.type];
	if (e.date) filters.year = [String(e.date.start.year)];
	const meta: Record<string, string> = { kind, title: e.title };
	if (e.date) meta.date = displayDate(e.date, e.dateReported);
	return {
		searchMeta: meta,
		searchFilters: filters,
		searchSort: e.date ? { date: startKey(e.date) } : {},
	};
}
