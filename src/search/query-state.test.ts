import { describe, expect, it } from 'vitest';
import { hasCriteria, parseSearchState, searchStateToQuery } from './query-state.ts';

describe('search state in the URL', () => {
	it('reads the query, filters and order', () => {
		expect(parseSearchState('?q=al-Sharaa&kind=event&actor=Ahmad+al-Sharaa&place=Latakia&type=Battle&year=2025&sort=newest')).toEqual({
			q: 'al-Sharaa',
			filters: { kind: 'event', actor: 'Ahmad al-Sharaa', place: 'Latakia', type: 'Battle', year: '2025' },
			sort: 'newest',
		});
	});

	it('ignores what it does not know, so an edited link still opens a search', () => {
		expect(parseSearchState('?q=%20%20tartus%20&kind=planet&year=25&sort=random&utm=x')).toEqual({ q: 'tartus', filters: {}, sort: 'relevance' });
	});

	it('writes a stable query string without defaults, and reads it back', () => {
		const state = parseSearchState('?sort=oldest&year=2025&q=أحمد الشرع&kind=quote');
		const query = searchStateToQuery(state);
		expect(query).toBe('?q=%D8%A3%D8%AD%D9%85%D8%AF+%D8%A7%D9%84%D8%B4%D8%B1%D8%B9&kind=quote&year=2025&sort=oldest');
		expect(parseSearchState(query)).toEqual(state);
		expect(searchStateToQuery(parseSearchState(''))).toBe('');
	});

	it('has criteria with words or with a filter alone', () => {
		expect(hasCriteria(parseSearchState('?q=x'))).toBe(true);
		expect(hasCriteria(parseSearchState('?kind=event'))).toBe(true);
		expect(hasCriteria(parseSearchState('?sort=newest'))).toBe(false);
	});
});
