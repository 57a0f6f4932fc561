import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { parseFuzzyDate } from '../lib/dates.ts';
import { dayOf } from './days.ts';
import { decodeFlags, packTimeline, timeOrder, unpackTimeline } from './timeline-data.ts';
import { dictionaries, inputs, sampleData } from './test-support.ts';

describe('embedded timeline data', () => {
	it('round-trips dates, precision, types, actors, places and claims', () => {
		const events = inputs([
			['2025-03-07', 'battle', ['mod', 'sohr'], ['jableh']],
			['2025-03-06/2025-03-08', 'protest', [], ['damascus']],
			['2025-02~', 'diplomatic', ['ahmad-al-sharaa']],
		]);
		events[0]!.claims.push({ kind: 'killed', min: 300, group: 'civilians', claimedBy: 'sohr' });
		const data = unpackTimeline(JSON.parse(JSON.stringify(packTimeline(events, dictionaries))));
		expect(data.size).toBe(3);
		expect([data.start[0], data.end[0]]).toEqual([dayOf('2025-03-07'), dayOf('2025-03-08')]);
		expect([data.start[1], data.end[1]]).toEqual([dayOf('2025-03-06'), dayOf('2025-03-09')]);
		expect(decodeFlags(data.flags[2]!)).toEqual({ shape: 'span', precision: 'month', approximate: true, uncertain: false });
		expect(data.types[data.type[1]!]!.id).toBe('protest');
		const actorsOf = (i: number) => [...data.actorList.subarray(data.actorAt[i], data.actorAt[i + 1])].map((a) => data.actors[a]!.name);
		expect(actorsOf(0)).toEqual(['Ministry of Defence', 'Syrian Observatory for Human Rights']);
		expect(actorsOf(1)).toEqual([]);
		// Jableh lies in Latakia, which lies in Syria: the chain travels with the data.
		const jableh = data.places.find((p) => p.id === 'jableh')!;
		expect(data.places[data.places[jableh.parent]!.parent]!.name).toBe('Syria');
		expect(data.claims[0]).toEqual([{ event: 0, kind: 'killed', low: 300, high: -1, group: 'civilians', by: data.actors.findIndex((a) => a.id === 'sohr') }]);
		// Time order puts the range (6 March) before the day (7 March); February first.
		expect([...data.order]).toEqual([2, 1, 0]);
	});

	it('refuses data from another version with a message that says what to do', () => {
		expect(() => unpackTimeline({ v: 2 })).toThrow(/rebuild the site/);
		expect(() => unpackTimeline(null)).toThrow(/missing/);
	});

	it('refuses an event type the legend does not know', () => {
		expect(() => packTimeline(inputs([['2025', 'riot']]), dictionaries)).toThrow(/"riot" is not in the timeline's legend/);
	});

	it('stays small at 10,000 events', () => {
		const rows = Array.from({ length: 10_000 }, (_, i) => {
			const d = new Date(Date.UTC(2024, 11, 8) + Math.floor(i / 14) * 86_400_000).toISOString().slice(0, 10);
			return [i % 17 === 0 ? d.slice(0, 7) : d, ['battle', 'protest', 'diplomatic'][i % 3]!, ['sohr', 'mod'].slice(0, i % 3), ['jableh', 'damascus'].slice(i % 2)] as [string, string, string[], string[]];
		});
		const json = JSON.stringify(packTimeline(inputs(rows), dictionaries));
		expect(sampleData(rows.slice(0, 3)).size).toBe(3);
		// The whole budget (script and data) is 300 KB compressed; the data must leave most of it to the rest.
		expect(gzipSync(json).length).toBeLessThan(60_000);
		expect(parseFuzzyDate(rows[0]![0]).ok).toBe(true);
	});

	it('puts events in time order (start, end, then list order), however the list runs', () => {
		const reference = (start: Int32Array, end: Int32Array) => [...start.keys()].sort((a, b) => start[a]! - start[b]! || end[a]! - end[b]! || a - b);
		let seed = 7;
		const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
		for (const listed of ['oldest first', 'newest first', 'unordered'] as const) {
			// Few distinct days, so most events share theirs with others.
			const days = Array.from({ length: 400 }, () => [next(30), 1 + next(3)] as const);
			if (listed !== 'unordered') days.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
			if (listed === 'newest first') days.reverse();
			const start = Int32Array.from(days, ([s]) => s);
			const end = Int32Array.from(days, ([s, l]) => s + l);
			expect([...timeOrder(start, end)]).toEqual(reference(start, end));
		}
		expect([...timeOrder(new Int32Array(0), new Int32Array(0))]).toEqual([]);
	});
});
