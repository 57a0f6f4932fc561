/**
 * Time on the timeline is counted in whole UTC days since 1970-01-01: integers are
 * compact in the page's data, exact to compare and cheap to map to pixels.
 */
import type { DatePoint, FuzzyDate, Precision } from '../lib/dates.ts';

export const DAY_MS = 86_400_000;

/** `2025-03-07` → day number. */
export function dayOf(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	// setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
	const t = new Date(0);
	t.setUTCFullYear(y!, (m ?? 1) - 1, d ?? 1);
	return Math.round(t.getTime() / DAY_MS);
}

export const dateOfDay = (day: number) => new Date(day * DAY_MS);

const pad = (n: number) => String(n).padStart(2, '0');
/** Day number → `2025-03-07`. */
export function isoOfDay(day: number): string {
	const d = dateOfDay(day);
	return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The first day after the period a point can mean: the day after, the next month's first, the next year's first. */
function pointEndExclusive(p: DatePoint): number {
	if (p.precision === 'year') return dayOf(`${p.year + 1}-01-01`);
	if (p.precision === 'month') return p.month === 12 ? dayOf(`${p.year + 1}-01-01`) : dayOf(`${p.year}-${pad(p.month! + 1)}-01`);
	return dayOf(`${p.year}-${pad(p.month!)}-${pad(p.day!)}`) + 1;
}
const pointStartDay = (p: DatePoint) => dayOf(`${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`);

/** How a date is drawn: a point in a day, a range between two known ends, or a span of uncertainty. */
export type Shape = 'day' | 'range' | 'span';

export interface DrawnExtent {
	/** First day covered (inclusive). */
	start: number;
	/** First day not covered (exclusive), so a one-day event is [d, d + 1). */
	end: number;
	shape: Shape;
	/** The coarser precision of the two ends: what the reader may trust. */
	precision: Precision;
	approximate: boolean;
	uncertain: boolean;
}

const RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };

/**
 * Date precision → drawn extent. A day is a point; a range of days is a bar; a date
 * known only to the month or year is a span over every day it could mean (drawn
 * faintly, never as if it lasted that long). A range with a coarse end is a span too.
 */
export function drawnExtent(date: FuzzyDate): DrawnExtent {
	const { start, end = date.start } = date;
	const precision = RANK[start.precision] >= RANK[end.precision] ? start.precision : end.precision;
	const from = pointStartDay(start);
	const to = pointEndExclusive(end);
	const shape: Shape = precision !== 'day' ? 'span' : to - from > 1 ? 'range' : 'day';
	return {
		start: from,
		end: to,
		shape,
		precision,
		approximate: start.approximate || end.approximate,
		uncertain: start.uncertain || end.uncertain,
	};
}
