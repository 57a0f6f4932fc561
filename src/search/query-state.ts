/**
 * The search page's state, kept in the URL (`search.html?q=…&kind=event&year=2025`) so
 * a search can be linked, bookmarked and restored with the back button. The header's
 * search box submits the same `q` parameter.
 */

import { SEARCH_KINDS } from '../model/kinds.ts';

const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];

/** Filters by name, as the result pages list them: one value per filter. */
export const FILTER_KEYS = ['kind', 'actor', 'place', 'type', 'year'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
	q: string;
	filters: Partial<Record<FilterKey, string>>;
	sort: Sort;
}

const emptyState = (): SearchState => ({ q: '', filters: {}, sort: 'relevance' });

/** Reads the state from a query string; unknown kinds, sorts and parameters are ignored. */
export function parseSearchState(search: string | URLSearchParams): SearchState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const state = emptyState();
	state.q = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
	for (const key of FILTER_KEYS) {
		const value = params.get(key)?.trim();
		if (!value) continue;
		if (key === 'kind' && !(SEARCH_KINDS as readonly string[]).includes(value)) continue;
		if (key === 'year' && !/^\d{4}$/.test(value)) continue;
		state.filters[key] = value;
	}
	const sort = params.get('sort');
	if (sort && (SORTS as readonly string[]).includes(sort)) state.sort = sort as Sort;
	return state;
}

/** The query string for a state, without defaults, in a stable order. */
export function searchStateToQuery(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const key of FILTER_KEYS) {
		const value = state.filters[key];
		if (value) params.set(key, value);
	}
	if (state.sort !== 'relevance') params.set('sort', state.sort);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** True when there is something to search for: words or at least one filter. */
export const hasCriteria = (state: SearchState) => state.q !== '' || Object.values(state.filters).some(Boolean);
