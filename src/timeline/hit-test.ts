/**
 * Which event is under the pointer. A mark is hit within its row (half a row above or
 * below its centre, plus a pixel) and up to a few pixels beside it; of several, the
 * nearest wins, a vertical miss counting a quarter as much as a horizontal one.
 */
import type { FrameMarks } from './frame-geometry.ts';

/** Pixels added to each side of a mark before measuring. */
const PAD = 2;
/** How far beside its padded extent a mark is still hit. */
const REACH = 3;

/** The event whose mark is nearest to (x, y) and within reach, or -1. */
export function hitTest(marks: FrameMarks, rowHeight: number, x: number, y: number): number {
	const p = marks.packing;
	let best = -1;
	let bestD = Infinity;
	for (let k = 0; k < p.count; k++) {
		const dy = Math.abs(marks.ys[k]! - y);
		if (dy > rowHeight / 2 + 1) continue;
		const x0 = p.x0[k]! - PAD;
		const x1 = p.x1[k]! + PAD;
		const dx = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
		if (dx > REACH) continue;
		const d = dx + dy / 4;
		if (d < bestD) [best, bestD] = [p.event[k]!, d];
	}
	return best;
}
