/**
 * The overview's horizontal axis, focus and context: when events long before the
 * transition (a 2012 suspension, say) would squeeze it into a sliver, the years before it
 * are drawn compressed in a stub at the left edge, after a break, and the transition
 * gets the rest of the width, so the brush can pick a window inside it.
 */
import type { DayWindow } from './view-window.ts';

/** Context that would take more than this share of a linear axis is compressed into the stub. */
const MAX_CONTEXT_SHARE = 0.12;
/** Pixels between the stub and the transition, where the break is drawn. */
export const BREAK_GAP = 9;

export interface OverviewAxis {
	/** Day → x, and back. */
	x(day: number): number;
	day(x: number): number;
	/** The compressed context, when there is one: [from, to) days drawn over [x0, x1] pixels. */
	stub?: { from: number; to: number; x0: number; x1: number };
	/** The part drawn at full scale: days and pixels. */
	focus: { from: number; to: number; x0: number; x1: number };
}

const linear = (d0: number, d1: number, x0: number, x1: number) => {
	const a = (x1 - x0) / Math.max(1e-9, d1 - d0);
	return { x: (d: number) => x0 + (d - d0) * a, day: (x: number) => d0 + (x - x0) / a };
};

/**
 * An axis over `full` on pixels [left, right]. `split` is the first day of the transition
 * (the events' stretch without early context); before it, the days go to a stub when they
 * would take more than MAX_CONTEXT_SHARE of the width.
 */
export function overviewAxis(full: DayWindow, [left, right]: readonly [number, number], split = full[0]): OverviewAxis {
	const width = right - left;
	const share = (split - full[0]) / (full[1] - full[0]);
	if (!(share > MAX_CONTEXT_SHARE) || split >= full[1]) {
		const s = linear(full[0], full[1], left, right);
		return { ...s, focus: { from: full[0], to: full[1], x0: left, x1: right } };
	}
	const stubWidth = Math.min(width * 0.2, Math.max(40, Math.round(width * 0.06)));
	const stub = { from: full[0], to: split, x0: left, x1: left + stubWidth };
	const focus = { from: split, to: full[1], x0: stub.x1 + BREAK_GAP, x1: right };
	const context = linear(stub.from, stub.to, stub.x0, stub.x1);
	const main = linear(focus.from, focus.to, focus.x0, focus.x1);
	return {
		x: (d) => (d < split ? context.x(d) : main.x(d)),
		// The break itself stands for the day the transition starts.
		day: (x) => (x <= stub.x1 ? context.day(x) : x < focus.x0 ? split : main.day(x)),
		stub,
		focus,
	};
}
