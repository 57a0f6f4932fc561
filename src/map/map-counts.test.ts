import { describe, expect, it } from 'vitest';
import { parseFuzzyDate, type FuzzyDate } from '../lib/dates.ts';
import { dayOf } from '../timeline/days.ts';
import { packTimeline, unpackTimeline } from '../timeline/timeline-data.ts';
import { markerCounts } from './map-counts.ts';

const ev = (date: string, places: string[]) => ({ date: (parseFuzzyDate(date) as { date: FuzzyDate }).date, type: 'battle', actors: [], places, claims: [] });
const data = unpackTimeline(
	packTimeline([ev('2025-03-06', ['jableh']), ev('2025-03-07', ['jableh', 'latakia']), ev('2025-05-01', ['latakia']), ev('2025-07-01', ['paris'])], {
		types: [['battle', 'Battle']],
		actorName: (id) => id,
		placeName: (id) => id,
		placeParent: () => undefined,
	}),
);
const place = (id: string) => data.places.findIndex((p) => p.id === id);
const all = new Uint8Array(data.size).fill(1);

describe('markerCounts', () => {
	it('counts the events at each marker\'s place and keeps the latest first', () => {
		const r = markerCounts(data, all, [place('jableh'), place('latakia'), -1]);
		expect(r.counts).toEqual([2, 2, 0]);
		expect(r.latest[0]).toEqual([1, 0]);
		expect(r.latest[1]).toEqual([2, 1]);
		expect(r.total).toBe(3);
	});
	it('leaves out events that do not pass the filters or lie outside the window', () => {
		const pass = Uint8Array.from([1, 0, 1, 1]);
		expect(markerCounts(data, pass, [place('jableh'), place('latakia')]).counts).toEqual([1, 1]);
		const march = [dayOf('2025-03-01'), dayOf('2025-04-01')] as const;
		expect(markerCounts(data, all, [place('jableh'), place('latakia')], march).counts).toEqual([2, 1]);
	});
	it('keeps at most `keep` latest events', () => {
		expect(markerCounts(data, all, [place('jableh')], null, 1).latest[0]).toEqual([1]);
	});
});
