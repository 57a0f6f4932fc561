/**
 * The search page's status line, in words: how many results, for what, with which
 * filters on, and which name a fuzzy spelling was read as.
 */
import { FILTER_KEYS, type FilterKey, type SearchState } from './query-state.ts';

/** How each filter reads in the status line and on its chip. */
export const FILTER_WORDS: Record<FilterKey, string> = { kind: 'kind', actor: 'actor', place: 'place', type: 'event type', year: 'year' };

/** The active filters as the reader reads them: [key, "place: Tartus"]; `shown` turns a value into its label (a kind's plural, an entity's own name). */
export function filterLabels(state: SearchState, shown: (key: FilterKey, value: string) => string): [FilterKey, string][] {
	return FILTER_KEYS.flatMap((k) => (state.filters[k] ? [[k, `${FILTER_WORDS[k]}: ${shown(k, state.filters[k]!)}`] as [FilterKey, string]] : []));
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

const list = (xs: string[]) => (xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);

/** "12 results for “Tartous”, filtered by kind: events. Showing matches for Ahmad al-Sharaa." */
export function statusLine(state: SearchState, s: StatusInput): string {
	const filtered = s.filters.length ? `, filtered by ${s.filters.join('; ')}` : '';
	const fuzzy = s.readAs.length ? ` Showing matches for ${list(s.readAs)}.` : '';
	if (s.count === 0) return s.pending ? 'Searching the full text…' : `No results${state.q ? ` for “${state.q}”` : ''}${filtered}.${fuzzy}`;
	return `${s.count} result${s.count === 1 ? '' : 's'}${state.q ? ` for “${state.q}”` : ''}${filtered}.${fuzzy}${s.pending ? ' Searching the full text…' : ''}`;
}
