/**
 * One mark's horizontal geometry, shared by the packer, the frame, the hit test and the
 * card: a day is a dot in the middle of its day, a range a bar, a span of uncertainty a band.
 */
import type { Linear } from './time-scale.ts';
import type { TimelineData } from './timeline-data.ts';

/** Whether event i is drawn as a dot (a single known day); shape code 0 of its flags. */
export const isDot = (data: Pick<TimelineData, 'flags'>, i: number) => (data.flags[i]! & 3) === 0;

/** A mark's horizontal extent in pixels: a dot is at least 2r wide, a bar or band too. */
export function markExtent(data: Pick<TimelineData, 'flags' | 'start' | 'end'>, i: number, o: Linear & { radius: number }): [number, number] {
	const s = o.a * data.start[i]! + o.b;
	const e = o.a * data.end[i]! + o.b;
	if (isDot(data, i)) {
		const c = (s + e) / 2;
		return [c - o.radius, c + o.radius];
	}
	return [s, Math.max(e, s + 2 * o.radius)];
}

/**
 * Where a mark's rings and card attach: a dot's centre, or where a bar or band starts,
 * no further left than `from` (the plot's edge, for a bar that began before the window).
 */
export function markX(data: Pick<TimelineData, 'flags'>, i: number, x0: number, x1: number, from = -Infinity): number {
	return isDot(data, i) ? (x0 + x1) / 2 : Math.max(x0, from);
}

/** Pixels added to each side of a mark before the hit test measures, and how far beside that it still hits. */
export const HIT_PAD = 2;
export const HIT_REACH = 3;
/** The least width and height, in CSS pixels, in which a mark can be pointed at or tapped (WCAG 2.5.8). */
export const MIN_TARGET = 24;
/** A label keeps this far from its own mark (clear of the rings drawn round it)… */
export const LABEL_GAP = 5;
/** …and from any other mark's hit area, so pointing at a label never picks a neighbour. */
export const LABEL_CLEAR = HIT_PAD + HIT_REACH + 1;
/** Narrower than this, a label is left out rather than cut to a stub. */
export const MIN_LABEL_WIDTH = 44;
/** The room the packer tries to keep for a label; longer titles are shortened. */
export const LABEL_RESERVE = 160;
