import { describe, expect, it } from 'vitest';
import { filterEvents, filterView, searchTexts } from './filter-events.ts';
import { sampleData } from './test-support.ts';
import { emptyFilters, type Filters } from './view-state.ts';

const data = sampleData([
	['2025-03-06', 'battle', ['mod'], ['jableh']],
	['2025-03-07', 'protest', ['sohr'], ['damascus']],
	['2025-02', 'diplomatic', ['ahmad-al-sharaa'], ['syria']],
	['2025-03-20/2025-04-02', 'battle', ['mod', 'sohr'], ['latakia']],
]);
const titles = ['Attack on security forces in Jableh', 'Vigil in Damascus', 'Sharaa visits Riyadh', 'Coastal operation'];
const texts = searchTexts(data, titles);
const pass = (f: Partial<Filters>) => [...filterEvents(data, { ...emptyFilters(), ...f }, texts)].flatMap((v, i) => (v ? [i] : []));

describe('filtering events', () => {
	it('passes everything without filters', () => expect(pass({})).toEqual([0, 1, 2, 3]));
	it('filters by type (several at once)', () => expect(pass({ types: ['battle', 'diplomatic'] })).toEqual([0, 2, 3]));
	it('filters by actor', () => expect(pass({ actor: 'sohr' })).toEqual([1, 3]));
	it('finds events in the places inside a place', () => {
		expect(pass({ place: 'latakia' })).toEqual([0, 3]);
		expect(pass({ place: 'syria' })).toEqual([0, 1, 2, 3]);
		expect(pass({ place: 'nowhere' })).toEqual([]);
	});
	it('keeps a date when any day it could mean is in the range', () => {
		expect(pass({ from: '2025-02-20', to: '2025-03-06' })).toEqual([0, 2]);
		expect(pass({ from: '2025-04-01' })).toEqual([3]);
		expect(pass({ to: '2025-01-31' })).toEqual([]);
	});
	it('matches words at word starts in titles, actors and places, ignoring case and accents', () => {
		expect(pass({ q: 'jab' })).toEqual([0]);
		expect(pass({ q: 'DAMAS vigil' })).toEqual([1]);
		expect(pass({ q: 'observatory' })).toEqual([1, 3]);
		expect(pass({ q: 'Sharaa' })).toEqual([2]);
		expect(pass({ q: 'ack' })).toEqual([]);
	});
	it('finds an actor or place by any of its spellings, in either script, as search does', () => {
		expect(pass({ q: 'Jolani' })).toEqual(pass({ q: 'Ahmad al-Sharaa' }));
		expect(pass({ q: 'الشرع' })).toEqual([2]);
		// Jableh lies in Latakia: "Lattakia" finds it too, as "Latakia" does.
		expect(pass({ q: 'Lattakia' })).toEqual([0, 3]);
		expect(pass({ q: 'Latakia' })).toEqual([0, 3]);
		expect(pass({ q: 'اللاذقية' })).toEqual([0, 3]);
		expect(pass({ q: 'SOHR' })).toEqual([1, 3]);
		expect(pass({ q: 'Jablah attack' })).toEqual([0]);
	});
	it('combines filters', () => expect(pass({ types: ['battle'], actor: 'sohr', q: 'coastal' })).toEqual([3]));
});

describe('the filtered view', () => {
	it('lists the passing events in time order', () => {
		// Event 2 (February) comes first in time, though third in the list.
		expect(filterView(data, { ...emptyFilters(), actor: 'ahmad-al-sharaa' }, texts).order).toEqual([2]);
		expect(filterView(data, emptyFilters(), texts).order).toEqual([2, 0, 1, 3]);
	});
	it('counts per type as if the type filter were off, so a switched-off type says what it would add', () => {
		const v = filterView(data, { ...emptyFilters(), types: ['protest'], actor: 'mod' }, texts);
		expect([...v.pass]).toEqual([0, 0, 0, 0]);
		expect(v.perType).toEqual([2, 0, 0]);
	});
	it('waits with the text filter until there are titles to search', () => {
		expect(filterView(data, { ...emptyFilters(), q: 'vigil' }).order).toEqual([2, 0, 1, 3]);
		expect(filterView(data, { ...emptyFilters(), q: 'vigil' }, texts).order).toEqual([1]);
	});
});
