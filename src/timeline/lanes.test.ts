import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { actorCounts, assignLanes, packLanes, type PackOptions } from './lanes.ts';
import { dictionaries, inputs, sampleData } from './test-support.ts';
import { packTimeline, unpackTimeline } from './timeline-data.ts';

const all = (n: number) => new Uint8Array(n).fill(1);
// One pixel per day from 1 March 2025, visible from pixel 0 to 100.
const opts = (o: Partial<PackOptions> = {}): PackOptions => ({ a: 1, b: -dayOf('2025-03-01'), left: 0, right: 100, rows: 2, radius: 2, gap: 1, binWidth: 10, ...o });

describe('lanes', () => {
	const data = sampleData([
		['2025-03-06', 'battle', ['mod']],
		['2025-03-06', 'battle', ['mod', 'sohr']],
		['2025-03-06', 'battle', ['sohr']],
		['2025-03-07', 'protest', []],
		['2025-03-30', 'battle', ['mod']],
	]);

	it('groups by type in legend order, leaving out empty types', () => {
		const lanes = assignLanes(data, all(5), 'type');
		expect(lanes.map((l) => [l.key, [...l.events]])).toEqual([['battle', [0, 1, 2, 4]], ['protest', [3]]]);
	});

	it("marks the events where an actor's part is only alleged, so its lane draws them hollow", () => {
		const events = inputs([['2025-03-06', 'battle', ['mod', 'sohr']], ['2025-03-07', 'battle', ['mod']]]);
		events[0]!.attributions = [{ actor: 'mod', role: 'perpetrator', claimedBy: 'sohr' }];
		const lanes = assignLanes(unpackTimeline(packTimeline(events, dictionaries)), all(2), 'actor');
		expect(lanes.map((l) => [l.label, [...(l.alleged ?? [])]])).toEqual([['Ministry of Defence', [0]], ['Syrian Observatory for Human Rights', []]]);
	});

	it('groups by actor, busiest first, with a lane for the rest', () => {
		const lanes = assignLanes(data, all(5), 'actor');
		expect(lanes.map((l) => [l.label || l.rest, [...l.events]])).toEqual([
			['Ministry of Defence', [0, 1, 4]],
			['Syrian Observatory for Human Rights', [1, 2]],
			['other', [3]],
		]);
	});

	it('gives lanes to the actors the reader chose, in their order, the rest sharing one', () => {
		const lanes = assignLanes(data, all(5), 'actor', ['sohr', 'nobody']);
		expect(lanes.map((l) => [l.label, [...l.events]])).toEqual([['Syrian Observatory for Human Rights', [1, 2]], ['', [0, 3, 4]]]);
		expect(lanes.at(-1)!.rest).toBe('other');
		expect(actorCounts(data, all(5)).map(([a, n]) => [data.actors[a]!.id, n])).toEqual([['mod', 3], ['sohr', 2]]);
	});

	it('counts an event in view once, however many actor lanes hold it', () => {
		const p = packLanes(data, assignLanes(data, all(5), 'actor'), opts());
		expect(p.inView).toEqual([3, 2, 1]);
		expect(p.distinct).toBe(5);
		expect(packLanes(data, assignLanes(data, all(5), 'actor'), opts({ right: 20 }), p).distinct).toBe(4);
	});

	it('only lays out what passes the filters', () => {
		const mask = new Uint8Array([0, 0, 0, 1, 0]);
		expect(assignLanes(data, mask, 'type').map((l) => l.key)).toEqual(['protest']);
	});

	it('packs marks into rows without overlap and counts the overflow instead of drawing it', () => {
		const lanes = assignLanes(data, all(5), 'type');
		const p = packLanes(data, lanes, opts());
		const battle = [...Array(p.count).keys()].filter((k) => p.lane[k] === 0).map((k) => [p.event[k], p.row[k]]);
		// Three events on 6 March: two rows hold two of them, the third is counted.
		expect(battle).toEqual([[0, 0], [1, 1], [4, 0]]);
		expect([...p.overflow[0]!].reduce((s, n) => s + n, 0)).toBe(1);
		expect(p.overflow[0]![0]).toBe(1); // 6 March is pixel 5.5: the first bin
		expect(p.inView).toEqual([4, 1]);
		for (let a = 0; a < p.count; a++) for (let b = a + 1; b < p.count; b++) {
			if (p.lane[a] === p.lane[b] && p.row[a] === p.row[b]) expect(p.x1[a]! <= p.x0[b]! || p.x1[b]! <= p.x0[a]!).toBe(true);
		}
	});

	it('gives every event its own mark once zoomed in far enough', () => {
		const lanes = assignLanes(data, all(5), 'type');
		const p = packLanes(data, lanes, opts({ a: 40, b: -40 * dayOf('2025-03-01'), right: 2000, rows: 3 }));
		expect(p.count).toBe(5);
		expect(p.overflow.every((bins) => bins.every((n) => n === 0))).toBe(true);
	});

	it('skips events outside the window, but keeps a long one that reaches into it', () => {
		const long = sampleData([['2025-01', 'battle'], ['2025-02-01/2025-03-10', 'battle'], ['2025-03-05', 'battle'], ['2025-08-01', 'battle']]);
		const p = packLanes(long, assignLanes(long, all(4), 'type'), opts());
		expect([...p.event.subarray(0, p.count)].sort()).toEqual([1, 2]);
	});

	it('lets known dates take the rows before spans of uncertainty', () => {
		const mixed = sampleData([['2025-03', 'battle'], ['2025-03-06', 'battle'], ['2025-03-12', 'battle'], ['2025-03-20', 'battle']]);
		const p = packLanes(mixed, assignLanes(mixed, all(4), 'type'), opts({ rows: 1 }));
		expect([...p.event.subarray(0, p.count)]).toEqual([1, 2, 3]);
		const two = packLanes(mixed, assignLanes(mixed, all(4), 'type'), opts({ rows: 2 }));
		expect([...two.event.subarray(0, two.count)]).toEqual([1, 2, 3, 0]);
		expect(two.row[3]).toBe(1);
	});

	it('draws a lane as a histogram when most of its events would not fit', () => {
		const crowd = sampleData(Array.from({ length: 40 }, (_, i) => [`2025-03-${String(1 + (i % 20)).padStart(2, '0')}`, 'battle'] as [string, string]).concat([['2025-03-05', 'protest']]));
		const p = packLanes(crowd, assignLanes(crowd, all(41), 'type'), opts({ rows: 1 }));
		expect(p.dense).toEqual([true, false]);
		expect([...p.overflow[0]!].reduce((s, n) => s + n, 0)).toBe(40);
		// Only the protest keeps its own mark.
		expect([...p.event.subarray(0, p.count)]).toEqual([40]);
	});

	it('stacks a few events of one day side by side within the day, rather than in the strip, once the day is wide', () => {
		// A four-day window on a wide chart: a day is 250 px. A range fills row 0, so three dots share row 1.
		const day = sampleData([['2025-03-05/2025-03-08', 'battle'], ['2025-03-06', 'battle'], ['2025-03-06', 'battle'], ['2025-03-06', 'battle']]);
		const o = opts({ a: 250, b: -250 * dayOf('2025-03-05'), right: 1000, rows: 2, radius: 4, gap: 2, binWidth: 3 });
		const p = packLanes(day, assignLanes(day, all(4), 'type'), o);
		expect(p.count).toBe(4);
		expect(p.overflow[0]!.every((n) => n === 0)).toBe(true);
		const dots = [1, 2, 3].map((i) => [...p.event.subarray(0, p.count)].indexOf(i));
		expect(dots.map((k) => p.row[k])).toEqual([1, 1, 1]);
		const [dayStart, dayEnd] = [250, 500];
		for (const k of dots) {
			expect(p.x0[k]).toBeGreaterThanOrEqual(dayStart);
			expect(p.x1[k]).toBeLessThanOrEqual(dayEnd);
		}
		for (let n = 1; n < 3; n++) expect(p.x0[dots[n]!]).toBeGreaterThanOrEqual(p.x1[dots[n - 1]!]! + 2);
	});

	it('leaves coincident events in the strip while a day is narrower than two marks', () => {
		const day = sampleData([['2025-03-06', 'battle'], ['2025-03-06', 'battle'], ['2025-03-06', 'battle']]);
		const p = packLanes(day, assignLanes(day, all(3), 'type'), opts({ a: 12, b: -12 * dayOf('2025-03-01'), right: 400, radius: 4, gap: 2 }));
		expect(p.count).toBe(2);
	});

	it('with titles known, picks rows that leave labels room, without changing which events get a mark', () => {
		const rows = sampleData(Array.from({ length: 12 }, (_, k) => [`2025-03-${String(2 + 2 * k).padStart(2, '0')}`, 'battle'] as [string, string]));
		const lanes = assignLanes(rows, all(12), 'type');
		const o = opts({ a: 30, b: -30 * dayOf('2025-03-01'), right: 900, rows: 3, radius: 4, gap: 2, binWidth: 3 });
		const plain = packLanes(rows, lanes, o);
		const plainEvents = [...plain.event.subarray(0, plain.count)].sort();
		expect([...plain.row.subarray(0, plain.count)].every((r) => r === 0)).toBe(true);
		const labelled = packLanes(rows, lanes, { ...o, labelWidth: () => 100 });
		expect([...labelled.event.subarray(0, labelled.count)].sort()).toEqual(plainEvents);
		// Marks 60 px apart with 100 px titles: they take turns between rows, each title whole.
		expect([...labelled.row.subarray(0, 4)]).toEqual([0, 1, 0, 1]);
	});
});
