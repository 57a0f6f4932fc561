/**
 * Moving the chart's window, [first day, end day) in fractional days: zooming about a
 * day, panning, bringing an event into view, the zoom transform that shows a window,
 * and what the URL records of it.
 */
import { clampWindow, linearOf, xOfDay } from './time-scale.ts';
import type { ViewState } from './view-state.ts';

export type DayWindow = readonly [number, number];

/** Zooms by `factor` (2: twice as close), keeping `centre` where it is on the screen. */
export function zoomWindow(w: DayWindow, factor: number, centre = (w[0] + w[1]) / 2): [number, number] {
	const span = (w[1] - w[0]) / factor;
	const start = centre - span * ((centre - w[0]) / (w[1] - w[0]));
	return [start, start + span];
}

/** Moves the window by a fraction of its width (negative: back in time). */
export function panWindow(w: DayWindow, fraction: number): [number, number] {
	const d = (w[1] - w[0]) * fraction;
	return [w[0] + d, w[1] + d];
}

/**
 * A window of the same width that shows an event's start, centred on it (on the first
 * half-window of a long event); null when the event already shows.
 */
export function revealWindow(w: DayWindow, start: number, end: number): [number, number] | null {
	if (end > w[0] && start < w[1]) return null;
	const span = w[1] - w[0];
	const centre = (start + Math.min(end, start + span / 2)) / 2;
	return [centre - span / 2, centre + span / 2];
}

/** Both ends within a day of each other. */
export const sameWindow = (a: DayWindow, b: DayWindow) => Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) < 1;

/** Whether a window is (all but) the whole period: no zoom to speak of. */
export const isWholePeriod = (w: DayWindow, full: DayWindow) => (full[1] - full[0]) / (w[1] - w[0]) <= 1.0001;

/**
 * The zoom transform (scale k, then x translation) that shows a window, kept inside
 * the period, on a chart whose unzoomed scale maps the whole period onto `range`.
 */
export function zoomTransformOf(w: DayWindow, full: DayWindow, range: DayWindow): { k: number; x: number } {
	const [a, b] = clampWindow(w, full);
	const base = linearOf(full, range);
	const k = (range[1] - range[0]) / (xOfDay(base, b) - xOfDay(base, a));
	return { k, x: range[0] - k * xOfDay(base, a) };
}

/** The window a view state asks for: its own, the whole period ('all') or the opening window (none). */
export const resolveWindow = (w: ViewState['window'], full: DayWindow, opening: DayWindow): [number, number] =>
	w === 'all' ? [full[0], full[1]] : w ? [w[0], w[1]] : [opening[0], opening[1]];

/** What the URL records of a window: nothing for the opening window, 'all' for the whole period, else whole days (at least one). */
export function savedWindow(w: DayWindow, full: DayWindow, opening: DayWindow): ViewState['window'] {
	if (sameWindow(w, opening)) return null;
	if (isWholePeriod(w, full)) return 'all';
	const a = Math.round(w[0]);
	return [a, Math.max(a + 1, Math.round(w[1]))];
}
