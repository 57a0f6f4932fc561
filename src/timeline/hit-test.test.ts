import { describe, expect, it } from 'vitest';
import type { FrameMarks } from './frame-geometry.ts';
import { hitTest } from './hit-test.ts';
import { Packing } from './lanes.ts';
import { MarkLabels } from './mark-labels.ts';

/** Marks as [event, x0, x1, y]. */
function frame(marks: [number, number, number, number][]): FrameMarks {
	const packing = new Packing();
	for (const [event, x0, x1] of marks) packing.push(event, 0, 0, x0, x1);
	return { scale: { a: 1, b: 0 }, packing, ys: Float32Array.from(marks.map((m) => m[3])) };
}
const ROW = 12;

describe('hit test', () => {
	const marks = frame([[7, 100, 108, 50], [8, 200, 260, 50], [9, 100, 108, 62]]);

	it('picks the mark under the pointer', () => {
		expect(hitTest(marks, ROW, 104, 50)).toBe(7);
		expect(hitTest(marks, ROW, 230, 52)).toBe(8);
		expect(hitTest(marks, ROW, 104, 63)).toBe(9);
	});

	it('picks a mark anywhere in a 24 px box round its centre, and nothing further away', () => {
		// The dot 7 is 8 px wide, centred on x = 104, y = 50.
		expect(hitTest(marks, ROW, 95, 50)).toBe(7);
		expect(hitTest(marks, ROW, 113, 50)).toBe(7);
		expect(hitTest(marks, ROW, 92, 50)).toBe(7);
		expect(hitTest(marks, ROW, 116, 44)).toBe(7);
		expect(hitTest(marks, ROW, 91, 50)).toBe(-1);
		expect(hitTest(marks, ROW, 117, 50)).toBe(-1);
		expect(hitTest(marks, ROW, 104, 37.5)).toBe(-1);
		expect(hitTest(marks, ROW, 150, 50)).toBe(-1);
	});

	it('picks nothing more than 12 px above or below a mark', () => {
		expect(hitTest(marks, ROW, 230, 50 + ROW / 2 + 1)).toBe(8);
		expect(hitTest(marks, ROW, 230, 62)).toBe(8);
		expect(hitTest(marks, ROW, 230, 62.5)).toBe(-1);
		expect(hitTest(marks, ROW, 230, 20)).toBe(-1);
	});

	it('picks the nearest of two marks within reach', () => {
		// Between rows 50 and 62: the nearer row wins.
		expect(hitTest(marks, ROW, 104, 55)).toBe(7);
		expect(hitTest(marks, ROW, 104, 57)).toBe(9);
		// Two marks side by side, both within reach: the nearer wins, whichever was packed first.
		const side = frame([[2, 114, 122, 50], [1, 100, 108, 50]]);
		expect(hitTest(side, ROW, 110, 50)).toBe(1);
		expect(hitTest(side, ROW, 112, 50)).toBe(2);
	});

	it('counts a vertical miss a quarter as much as a horizontal one', () => {
		// Over the lower mark but 6 pixels above its centre, or 1.5 pixels beside the upper one and 2 below it.
		const rows = frame([[1, 100, 108, 50], [2, 113, 121, 58]]);
		expect(hitTest(rows, ROW, 111.5, 52)).toBe(2);
	});

	it('picks nothing in an empty frame', () => expect(hitTest(frame([]), ROW, 0, 0)).toBe(-1));

	it('picks an event by its label, where no mark is in reach', () => {
		const labelled = frame([[7, 100, 108, 50], [8, 300, 308, 50]]);
		labelled.labels = new MarkLabels();
		labelled.labels.push(0, 112, { text: 'A shortened tit…', width: 90 });
		expect(hitTest(labelled, ROW, 180, 52)).toBe(7);
		expect(hitTest(labelled, ROW, 205, 50)).toBe(-1);
		expect(hitTest(labelled, ROW, 180, 50 + ROW)).toBe(-1);
		// A mark in reach still wins over a label; a label over the wider box of another mark wins over that box.
		expect(hitTest(labelled, ROW, 296, 50)).toBe(8);
		labelled.labels.push(0, 112, { text: 'A long label that runs up to the next mark', width: 180 });
		expect(hitTest(labelled, ROW, 292, 50)).toBe(7);
	});
});
