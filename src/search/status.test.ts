import { describe, expect, it } from 'vitest';
import { parseSearchState } from './query-state.ts';
import { filterLabels, statusLine } from './status.ts';

const state = parseSearchState('q=Ahmed+Sharaa&kind=quote&place=tartous');
const filters = filterLabels(state, (k, v) => (k === 'kind' ? 'quotes' : k === 'place' ? 'Tartus' : v)).map(([, l]) => l);

describe('statusLine', () => {
	it('names the active filters, by their own names', () => {
		expect(filters).toEqual(['kind: quotes', 'place: Tartus']);
		expect(statusLine(state, { count: 3, pending: false, filters, readAs: [] })).toBe('3 results for “Ahmed Sharaa”, filtered by kind: quotes; place: Tartus.');
	});

	it('says which name a fuzzy spelling was read as', () => {
		expect(statusLine(state, { count: 1, pending: false, filters: [], readAs: ['Ahmad al-Sharaa'] })).toBe('1 result for “Ahmed Sharaa”. Showing matches for Ahmad al-Sharaa.');
	});

	it('says when the full text is still being searched', () => {
		expect(statusLine(state, { count: 0, pending: true, filters: [], readAs: [] })).toBe('Searching the full text…');
		expect(statusLine(state, { count: 0, pending: false, filters, readAs: [] })).toBe('No results for “Ahmed Sharaa”, filtered by kind: quotes; place: Tartus.');
	});
});
