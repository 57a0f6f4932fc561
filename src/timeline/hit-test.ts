/**
 * Which event is under the pointer. A mark is hit within its row (half a row above or
 * below its centre, plus a pixel) and up to a few pixels beside it; of several, the
 * nearest wins, a vertical miss counting a quarter as much as a horizontal one. Failing
 * a mark, a label is hit anywhere over it in its row: a shortened title shows whole in the card.
 * Failing both, a mark is still hit anywhere in a box of MIN_TARGET pixels round its centre
 * (WCAG 2.5.8's 24 px, for a finger as for a mouse), where that box reaches past its row and reach.
 */
import type { FrameMarks } from './frame-geometry.ts';
import { HIT_PAD as PAD, HIT_REACH as REACH, MIN_TARGET } from './mark-geometry.ts';

/** The event whose mark is nearest to (x, y) and within reach, or -1. */
export function hitTest(marks: FrameMarks, rowHeight: number, x: number, y: number): number {
	const p = marks.packing;
	const half = MIN_TARGET / 2;
	let best = -1;
	let bestD = Infinity;
	let near = -1;
	let nearD = Infinity;
	for (let k = 0; k < p.count; k++) {
		const dy = Math.abs(marks.ys[k]! - y);
		if (dy > Math.max(rowHeight / 2 + 1, half)) continue;
		const x0 = p.x0[k]! - PAD;
		const x1 = p.x1[k]! + PAD;
		const dx = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
		const d = dx + dy / 4;
		if (dx <= REACH && dy <= rowHeight / 2 + 1) {
			if (d < bestD) [best, bestD] = [p.event[k]!, d];
			continue;
		}
		const centre = (p.x0[k]! + p.x1[k]!) / 2;
		if (dy <= half && Math.abs(x - centre) <= Math.max(half, (x1 - x0) / 2) && d < nearD) [near, nearD] = [p.event[k]!, d];
	}
	if (best >= 0) return best;
	const label = hitLabel(marks, rowHeight, x, y);
	return label >= 0 ? label : near;
}

function hitLabel({ labels, packing, ys }: FrameMarks, rowHeight: number, x: number, y: number): number {
	if (!labels) return -1;
	for (let j = 0; j < labels.count; j++) {
		const k = labels.mark[j]!;
		if (Math.abs(ys[k]! - y) <= rowHeight / 2 && x >= labels.x[j]! && x <= labels.x[j]! + labels.width[j]!) return packing.event[k]!;
	}
	return -1;
}
