/**
 * The horizontal time scale and its ticks. d3's UTC scale maps days to pixels; the
 * tick labels say no more than the zoom level shows: years, then months, then days.
 */
import { fill } from '../i18n/format.ts';
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { DAY_MS, dateOfDay } from './days.ts';

export type TimeScale = ScaleTime<number, number>;

/** The smallest window a reader can zoom to, in days. */
export const MIN_WINDOW_DAYS = 3;

/** A scale from a window of days [start, end) onto pixels [x0, x1]. */
export const timeScale = (window: readonly [number, number], range: readonly [number, number]): TimeScale =>
	scaleUtc().domain([dateOfDay(window[0]), dateOfDay(window[1])]).range([range[0], range[1]]);

/** A window's scale as two numbers, x = a · day + b: for loops that must not allocate. */
export interface Linear {
	a: number;
	b: number;
}

/** The linear form of `timeScale(window, range)`. */
export function linearOf(window: readonly [number, number], range: readonly [number, number]): Linear {
	const a = (range[1] - range[0]) / (window[1] - window[0]);
	return { a, b: range[0] - a * window[0] };
}

export const xOfDay = (s: Linear, day: number) => s.a * day + s.b;
export const dayOfX = (s: Linear, x: number) => (x - s.b) / s.a;

/** The whole period, with a little air either side so the first and last marks are not cut. */
export function fullWindow(first: number, last: number): [number, number] {
	const span = Math.max(last - first, MIN_WINDOW_DAYS);
	const pad = Math.max(2, Math.round(span * 0.02));
	return [first - pad, last + pad];
}

/** The window a scale shows, as fractional days. */
export function windowOf(scale: TimeScale): [number, number] {
	const [a, b] = scale.domain();
	return [a!.getTime() / DAY_MS, b!.getTime() / DAY_MS];
}

/**
 * Keeps a window inside the period and no narrower than MIN_WINDOW_DAYS; a window
 * from a URL can be anything.
 */
export function clampWindow(w: readonly [number, number], full: readonly [number, number]): [number, number] {
	const fullSpan = full[1] - full[0];
	let span = Math.min(Math.max(w[1] - w[0], MIN_WINDOW_DAYS), fullSpan);
	let start = Math.min(Math.max(w[0], full[0]), full[1] - span);
	if (!Number.isFinite(start) || !Number.isFinite(span)) [start, span] = [full[0], fullSpan];
	return [start, start + span];
}

export type TickLevel = 'year' | 'month' | 'day';

export interface Tick {
	x: number;
	label: string;
	level: TickLevel;
}

/** How the axis names months and writes numbers, in the page's language (chart-text.ts calendarOf). */
export interface Calendar {
	short: readonly string[];
	long: readonly string[];
	digits(n: number): string;
	/** Templates with {day}, {month}, {year}. */
	dayMonth: string;
	monthYear: string;
}

/**
 * Ticks about `spacing` pixels apart, never closer than a day, labelled by what changes
 * at them: "2025" at a new year, "Mar" at a new month, "7 Mar" at a day.
 */
export function ticks(scale: TimeScale, cal: Calendar, spacing = 84): Tick[] {
	const [a, b] = scale.range();
	const [d0, d1] = windowOf(scale);
	const count = Math.max(1, Math.min(Math.floor(Math.abs(b! - a!) / spacing), Math.floor(d1 - d0)));
	const dates = scale.ticks(count).filter((d) => d.getUTCHours() === 0 && d.getUTCMinutes() === 0);
	const daily = dates.some((d) => d.getUTCDate() !== 1);
	return dates.map((d) => {
		const month = d.getUTCMonth();
		const day = d.getUTCDate();
		const level: TickLevel = month === 0 && day === 1 ? 'year' : day === 1 ? 'month' : 'day';
		const label = level === 'year' ? cal.digits(d.getUTCFullYear()) : level === 'month' && !daily ? cal.short[month]! : fill(cal.dayMonth, { day: cal.digits(day), month: cal.short[month]! });
		return { x: scale(d), label, level };
	});
}

/** What the left edge of the view is in, for the axis's sticky context label: "2025" or "March 2025". */
export function contextLabel(scale: TimeScale, cal: Calendar): string {
	const [d0, d1] = windowOf(scale);
	const left = dateOfDay(Math.floor(d0));
	const year = cal.digits(left.getUTCFullYear());
	return d1 - d0 > 400 ? '' : d1 - d0 > 62 ? year : fill(cal.monthYear, { month: cal.long[left.getUTCMonth()]!, year });
}
