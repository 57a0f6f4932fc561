import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { drawnShare, eventAnchor, findMark, packFrame, stripAnchor } from './frame-geometry.ts';
import { frameLayout, rowY } from './frame-layout.ts';
import { assignLanes } from './lanes.ts';
import { sampleData, type Row } from './test-support.ts';

// Seven battles on one day in a lane of five rows: two do not fit one by one.
const data = sampleData([
	...Array.from({ length: 7 }, () => ['2025-03-06', 'battle'] as Row),
	['2025-03-10/2025-03-12', 'protest'],
	['2025-03-20', 'diplomatic'],
]);
const pass = new Uint8Array([1, 1, 1, 1, 1, 1, 1, 1, 0]);
const lanes = assignLanes(data, pass, 'type');
const layout = frameLayout(lanes, 1000, { compact: true });
const [BATTLE, LEFT_OUT, PROTEST, FILTERED] = [0, 6, 7, 8];
const window = [dayOf('2025-03-01'), dayOf('2025-03-31')] as const;

describe('frame geometry', () => {
	const marks = packFrame(data, lanes, layout, window);

	it('maps the window onto the plot', () => {
		expect(marks.scale.a * window[0] + marks.scale.b).toBeCloseTo(layout.left);
		expect(marks.scale.a * window[1] + marks.scale.b).toBeCloseTo(layout.right);
	});

	it('puts each packed mark at the centre of its row', () => {
		const p = marks.packing;
		expect(p.count).toBeGreaterThan(0);
		for (let k = 0; k < p.count; k++) expect(marks.ys[k]).toBeCloseTo(rowY(layout, p.lane[k]!, p.row[k]!));
		expect(layout.rows).toBe(5);
		expect(new Set(marks.ys.subarray(0, 5)).size).toBe(5);
	});

	it('finds the mark of an event, and none for one left in the density strip', () => {
		expect(marks.packing.event[findMark(marks.packing, BATTLE)]).toBe(BATTLE);
		expect(marks.packing.event[findMark(marks.packing, PROTEST)]).toBe(PROTEST);
		expect(findMark(marks.packing, LEFT_OUT)).toBe(-1);
		expect(findMark(marks.packing, FILTERED)).toBe(-1);
	});

	it('anchors the card at the mark, or on the lane\'s strip when the event has no mark', () => {
		const k = findMark(marks.packing, PROTEST);
		expect(eventAnchor(data, lanes, layout, marks, PROTEST)).toEqual({ x: marks.packing.x0[k], y: marks.ys[k] });
		const strip = eventAnchor(data, lanes, layout, marks, LEFT_OUT)!;
		expect(strip).toEqual(stripAnchor(data, lanes, layout, marks, LEFT_OUT));
		expect(strip.y).toBe(layout.lanes[0]!.stripTop + 2);
		expect(strip.x).toBeCloseTo(marks.scale.a * (dayOf('2025-03-06') + 0.5) + marks.scale.b);
	});

	it('anchors nothing for an event the filters left out', () => {
		expect(eventAnchor(data, lanes, layout, marks, FILTERED)).toBeUndefined();
	});

	it('tells how legibly a window shows: the share of its events with a mark of their own', () => {
		// Seven battles on one day in five rows, and the protest: six of the eight events in view get a mark.
		expect(drawnShare(data, lanes, layout, window)).toBeCloseTo(6 / 8);
		expect(drawnShare(data, lanes, layout, [dayOf('2026-01-01'), dayOf('2026-02-01')])).toBe(1);
	});
});
