import { describe, expect, it } from 'vitest';
import { facetCounts } from './facets.ts';
import type { DecodedIndex, IndexRecord } from './index-format.ts';

const record = (kind: IndexRecord['kind'], actors: number[], places: number[]): IndexRecord => ({ kind, id: kind, date: '', reported: false, title: '', text: '', names: [], actors, places, type: -1, snippet: '', group: '' });
const data: DecodedIndex = {
	actors: [{ id: 'sohr', name: 'SOHR', person: false }, { id: 'x', name: 'Sharaa', person: true }],
	places: [{ id: 'jableh', name: 'Jableh' }, { id: 'lg', name: 'Latakia Governorate' }],
	types: [],
	records: [],
};

describe('facetCounts', () => {
	it('counts the results about each actor and place, most first, a place with the places inside it', () => {
		const counts = facetCounts(data, [record('event', [0], [0, 1]), record('event', [0, 1], [1]), record('place', [], [0, 1])]);
		expect(counts.actor).toEqual([{ value: 'SOHR', count: 2 }, { value: 'Sharaa', count: 1 }]);
		expect(counts.place).toEqual([{ value: 'Latakia Governorate', count: 3 }, { value: 'Jableh', count: 1 }]);
	});
});
