/**
 * The search page's status line, in words: how many results, for what, with which
 * filters on, and which name a fuzzy spelling was read as; in the page's language.
 */
import type { SearchText } from '../i18n/areas.ts';
import { fill, formatList, plural, type Wording } from '../i18n/format.ts';
import { FILTER_KEYS, type FilterKey, type SearchState } from './query-state.ts';

export type SearchWording = Wording<SearchText>;

/** The active filters as the reader reads them: [key, "place: Tartus"]; `shown` turns a value into its label (a kind's plural, an entity's own name). */
export function filterLabels(w: SearchWording, state: SearchState, shown: (key: FilterKey, value: string) => string): [FilterKey, string][] {
	return FILTER_KEYS.flatMap((k) => (state.filters[k] ? [[k, fill(w.m.filterLabel, { filter: w.m.filterWords[k], value: shown(k, state.filters[k]!) })] as [FilterKey, string]] : []));
}

export interface StatusInput {
	count: number;
	/** More results may still come (the full text is being searched). */
	pending: boolean;
	/** The filters' labels (filterLabels). */
	filters: string[];
	/** The names a fuzzy spelling was read as ("Ahmad al-Sharaa"), or none. */
	readAs: string[];
}

/** "12 results for “Tartous”, filtered by kind: events. Showing matches for Ahmad al-Sharaa." */
export function statusLine(w: SearchWording, state: SearchState, s: StatusInput): string {
	const { m } = w;
	const query = state.q ? fill(m.forQuery, { q: state.q }) : '';
	const filtered = s.filters.length ? fill(m.filteredBy, { filters: s.filters.join(m.filterSeparator) }) : '';
	const fuzzy = s.readAs.length ? fill(m.readAs, { names: formatList(w.locale, s.readAs) }) : '';
	if (s.count === 0) return s.pending ? m.searchingText : `${m.none}${query}${filtered}.${fuzzy}`;
	return `${plural(w.locale, m.results, s.count)}${query}${filtered}.${fuzzy}${s.pending ? ` ${m.searchingText}` : ''}`;
}
