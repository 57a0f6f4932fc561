/**
 * Which event is under the pointer. A mark is hit within its row (half a row above or
 * below its centre, plus a pixel) and up to a few pixels beside it; of several, the
 * nearest wins, a vertical miss counting a quarter as much as a horizontal one. Failing
 * a mark, a label is hit anywhere over it in its row: a shortened title shows whole in the card.
 */
import type { FrameMarks } from './frame-geometry.ts';
import { HIT_PAD as PAD, HIT_REACH as REACH } from './mark-geometry.ts';

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
	return best >= 0 ? best : hitLabel(marks, rowHeight, x, y);
}

function hitLabel({ labels, packing, ys }: FrameMarks, rowHeight: number, x: number, y: number): number {
	if (!labels) return -1;
	for (let j = 0; j < labels.count; j++) {
		const k = labels.mark[j]!;
		if (Math.abs(ys[k]! - y) <= rowHeight / 2 && x >= labels.x[j]! && x <= labels.x[j]! + labels.width[j]!) return packing.event[k]!;
	}
	return -1;
}
