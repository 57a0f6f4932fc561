/**
 * The window a reader first sees: where the events are, drawn legibly. The archive is
 * about the transition that began on 8 December 2024; context events years earlier (a
 * 2012 suspension, say) are left out of it, and so is a lone early event on a page whose
 * events bunch later (one in December 2024, fifteen in January 2026). The whole stretch
 * shows when it can be read; otherwise the most recent part of it that can. "All" shows everything.
 */
import { dayOf } from './days.ts';
import { fullWindow } from './time-scale.ts';
import type { TimelineData } from './timeline-data.ts';
import type { DayWindow } from './view-window.ts';

/** The first day of the archive's subject: the fall of Bashar al-Assad. */
export const SUBJECT_START = '2024-12-08';

/** Context that reaches back less than this before the subject's start counts as part of it. */
const CONTEXT_SLACK_DAYS = 60;
/** The share of the events the opening window is made for, when a few lie far from the rest. */
const CORE_SHARE = 0.8;
/** Events are bunched when that share of them lies in less than this part of their whole span. */
const BUNCHED = 0.2;
/** A window reads when at least this share of its events get a mark of their own. */
export const LEGIBLE_SHARE = 0.8;

export interface OpeningInput {
	data: Pick<TimelineData, 'start' | 'end' | 'flags' | 'order'>;
	/** The share of a window's events that get a mark of their own, at this chart's size (see drawnShare). */
	drawn: (w: DayWindow) => number;
	/** The most marks the chart can draw in any window: more events than that cannot read, and need no packing to tell. */
	capacity?: number;
	subjectStart?: number;
}

export function openingWindow({ data, drawn, capacity = Infinity, subjectStart = dayOf(SUBJECT_START) }: OpeningInput): [number, number] {
	const { starts, ends } = anchors(data, subjectStart - CONTEXT_SLACK_DAYS);
	const n = starts.length;
	if (!n) return fullWindow(0, 1);
	const core = bunched(starts) ?? [0, n - 1];
	const windowOf = ([a, b]: readonly [number, number]) => fullWindow(starts[a]!, ends[b]!);
	// Events a..b: too many for the chart's rows is illegible at once; otherwise the packing decides.
	const legible = (a: number, b: number) => (b - a + 1) * LEGIBLE_SHARE <= capacity && drawn(windowOf([a, b])) >= LEGIBLE_SHARE;
	if (legible(core[0], core[1])) return windowOf(core);
	// The most recent part of the stretch that reads: about as many of its last events as can
	// (to within a sixty-fourth of them, which no reader sees, in a few packings fewer).
	let [lo, hi] = [Math.max(core[0] + 1, Math.floor(core[1] + 1 - capacity / LEGIBLE_SHARE)), core[1]];
	const close = Math.max(1, Math.floor((core[1] - core[0]) / 64));
	while (hi - lo > close) {
		const mid = (lo + hi) >>> 1;
		if (legible(mid, core[1])) hi = mid;
		else lo = mid + 1;
	}
	return windowOf([lo < hi && legible(lo, core[1]) ? lo : hi, core[1]]);
}

/** The first day of the events' stretch without early context, where the overview's full scale starts. */
export function subjectFrom(data: OpeningInput['data'], subjectStart = dayOf(SUBJECT_START)): number | undefined {
	const { starts, ends } = anchors(data, subjectStart - CONTEXT_SLACK_DAYS);
	return starts.length ? fullWindow(starts[0]!, ends.at(-1)!)[0] : undefined;
}

/**
 * The whole period, for "All" and the overview: every day any event may mean, with a
 * little air either side. The air after the last event is the transition's, not the
 * whole period's: a 2012 event must not add three empty months at the end.
 */
export function periodWindow(data: OpeningInput['data'] & Pick<TimelineData, 'first' | 'last'>, subjectStart = dayOf(SUBJECT_START)): [number, number] {
	const { starts, ends } = anchors(data, subjectStart - CONTEXT_SLACK_DAYS);
	const whole = fullWindow(data.first, data.last);
	if (!starts.length) return whole;
	const [, end] = fullWindow(starts[0]!, ends.at(-1)!);
	return [whole[0], Math.max(end, data.last + (end - ends.at(-1)!))];
}

/**
 * The events' days in time order: their starts, and for each the furthest end reached by
 * then (a range's last day, a month's; a date known only to the year adds its first day
 * only, so a "2025" does not stretch the window to December). Context well before the
 * subject is left out, unless it is all there is.
 */
function anchors(data: OpeningInput['data'], from: number): Anchors {
	// The mount asks three times (the period, the overview's split, the opening window): one pass over the events.
	let known = anchorsOf.get(data);
	if (!known) anchorsOf.set(data, (known = new Map()));
	let found = known.get(from);
	if (!found) known.set(from, (found = findAnchors(data, from)));
	return found;
}

interface Anchors {
	starts: number[];
	ends: number[];
}
const anchorsOf = new WeakMap<OpeningInput['data'], Map<number, Anchors>>();

function findAnchors(data: OpeningInput['data'], from: number): Anchors {
	const pick = (after: number) => {
		const starts: number[] = [];
		const ends: number[] = [];
		let reach = -Infinity;
		for (let k = 0; k < data.order.length; k++) {
			const i = data.order[k]!;
			if (data.end[i]! <= after) continue;
			const start = data.start[i]!;
			// A year known only as a year stretches no window; a month is short enough to show whole.
			reach = Math.max(reach, ((data.flags[i]! >> 2) & 3) === 2 ? start + 1 : data.end[i]!);
			starts.push(start);
			ends.push(reach);
		}
		return { starts, ends };
	};
	const recent = pick(from);
	return recent.starts.length ? recent : pick(-Infinity);
}

/**
 * When most events bunch in a small part of their span, the narrowest run of events
 * holding CORE_SHARE of them (the latest of equals), widened to any neighbour that lies
 * close to it; undefined when they spread out. Indices of the run's first and last events.
 */
export function bunched(starts: readonly number[]): [number, number] | undefined {
	const n = starts.length;
	const m = Math.ceil(n * CORE_SHARE);
	if (n < 5 || m >= n) return undefined;
	let best = 0;
	for (let a = 1; a + m - 1 < n; a++) if (starts[a + m - 1]! - starts[a]! <= starts[best + m - 1]! - starts[best]!) best = a;
	const span = starts[n - 1]! - starts[0]!;
	let [a, b] = [best, best + m - 1];
	if (starts[b]! - starts[a]! >= BUNCHED * span) return undefined;
	const near = () => Math.max(1, (starts[b]! - starts[a]!) / 4);
	for (let grew = true; grew; ) {
		grew = false;
		if (a > 0 && starts[a]! - starts[a - 1]! <= near()) [a, grew] = [a - 1, true];
		if (b < n - 1 && starts[b + 1]! - starts[b]! <= near()) [b, grew] = [b + 1, true];
	}
	return [a, b];
}
