/**
 * Dates with honest precision.
 *
 * The archive writes dates in a small subset of EDTF (ISO 8601-2, the Library of
 * Congress's Extended Date/Time Format), so contributors state exactly what a source
 * supports and nothing more:
 *
 *   2025            a year          2025-03       a month        2025-03-07   a day
 *   2025-03-06~     about that day  2025-03-06?   uncertain
 *   2025-03-06/2025-03-08           a range (either end may carry its own precision)
 *
 * Everything here is pure: parsing, sorting keys and the human wording.
 */

export type Precision = 'year' | 'month' | 'day';

export interface DatePoint {
	year: number;
	month?: number;
	day?: number;
	precision: Precision;
	approximate: boolean;
	uncertain: boolean;
}

export interface FuzzyDate {
	/** The EDTF text as written, normalised (e.g. `2025-03-06/2025-03-08`). */
	edtf: string;
	start: DatePoint;
	/** Only for ranges. */
	end?: DatePoint;
}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%]?)$/;

export type ParseResult = { ok: true; date: FuzzyDate } | { ok: false; reason: string };

/** Gregorian (proleptic) month lengths: year 0 is a leap year, and years 0–99 are not read as 1900–1999. */
function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function parsePoint(text: string): DatePoint | string {
	const m = POINT.exec(text);
	if (!m) return `"${text}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`;
	const year = Number(m[1]);
	const month = m[2] === undefined ? undefined : Number(m[2]);
	const day = m[3] === undefined ? undefined : Number(m[3]);
	if (month !== undefined && (month < 1 || month > 12)) return `month ${m[2]} does not exist in "${text}"`;
	if (month !== undefined && day !== undefined && (day < 1 || day > daysInMonth(year, month))) {
		return `day ${m[3]} does not exist in ${monthName(month)} ${year}`;
	}
	const qualifier = m[4] ?? '';
	const point: DatePoint = {
		year,
		precision: day !== undefined ? 'day' : month !== undefined ? 'month' : 'year',
		approximate: qualifier === '~' || qualifier === '%',
		uncertain: qualifier === '?' || qualifier === '%',
	};
	if (month !== undefined) point.month = month;
	if (day !== undefined) point.day = day;
	return point;
}

/**
 * Accepts what YAML hands over: a string, a bare year (number) or a Date (YAML 1.1
 * readers such as Astro's turn an unquoted 2025-03-07 into a Date at midnight UTC).
 */
export function normaliseDateInput(value: unknown): unknown {
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
	if (typeof value === 'number' && Number.isInteger(value)) return String(value);
	return value;
}

export function parseFuzzyDate(input: unknown): ParseResult {
	const value = normaliseDateInput(input);
	if (typeof value !== 'string' || value.trim() === '') {
		return { ok: false, reason: 'expected a date such as 2025-03-07, 2025-03 or 2025' };
	}
	const text = value.trim();
	const parts = text.split('/');
	if (parts.length > 2) return { ok: false, reason: `"${text}" has more than one "/"; a range is START/END` };
	const start = parsePoint(parts[0]!);
	if (typeof start === 'string') return { ok: false, reason: start };
	if (parts.length === 1) return { ok: true, date: { edtf: text, start } };
	const end = parsePoint(parts[1]!);
	if (typeof end === 'string') return { ok: false, reason: end };
	if (pointEnd(end) < pointStart(start)) {
		return { ok: false, reason: `the range ends (${parts[1]}) before it starts (${parts[0]})` };
	}
	return { ok: true, date: { edtf: text, start, end } };
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Four-digit years, so that keys sort as text and `datetime` values are valid (0636, not 636). */
const year4 = (y: number) => String(y).padStart(4, '0');

/** Earliest day a point can mean, as `YYYY-MM-DD` (sorts as text). */
function pointStart(p: DatePoint): string {
	return `${year4(p.year)}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** Latest day a point can mean. */
function pointEnd(p: DatePoint): string {
	const month = p.month ?? 12;
	return `${year4(p.year)}-${pad(month)}-${pad(p.day ?? daysInMonth(p.year, month))}`;
}

/** Sort key: the earliest day the date can mean. */
export const startKey = (d: FuzzyDate) => pointStart(d.start);
/** The latest day the date can mean. */
export const endKey = (d: FuzzyDate) => pointEnd(d.end ?? d.start);

const iso = (p: DatePoint) =>
	p.precision === 'year' ? year4(p.year) : p.precision === 'month' ? `${year4(p.year)}-${pad(p.month!)}` : pointStart(p);

/**
 * ISO 8601, as precise as the date; a range as `start/end`. HTML's `<time datetime>`
 * takes no ranges, so pages put the start there and the end beside it (DateText.astro).
 */
export function machineDate(d: FuzzyDate): string {
	return d.end ? `${iso(d.start)}/${iso(d.end)}` : iso(d.start);
}

const MONTHS = [
	'January', 'February', 'March', 'April', 'May', 'June',
	'July', 'August', 'September', 'October', 'November', 'December',
];
export const monthName = (m: number) => MONTHS[m - 1]!;

/** How a language writes the parts of a date; English unless another is given (src/i18n/dates.ts). */
export interface DateWording {
	month: (m: number) => string;
	/** A day or a year, in the language's digits. */
	number: (n: number) => string;
	approximate: (text: string) => string;
	uncertain: (text: string) => string;
}

export const ENGLISH_DATES: DateWording = {
	month: monthName,
	number: String,
	approximate: (text) => `c. ${text}`,
	uncertain: (text) => `${text} (uncertain)`,
};

function words(p: DatePoint, show: { month: boolean; year: boolean }, w: DateWording): string {
	const parts: string[] = [];
	if (p.day !== undefined) parts.push(w.number(p.day));
	if (p.month !== undefined && show.month) parts.push(w.month(p.month));
	if (show.year) parts.push(w.number(p.year));
	return parts.join(' ');
}

const qualify = (p: DatePoint, text: string, w: DateWording) => {
	const approx = p.approximate ? w.approximate(text) : text;
	return p.uncertain ? w.uncertain(approx) : approx;
};

/**
 * Human wording that says no more than the date knows: "7 March 2025", "March 2025",
 * "c. 6 March 2025", "6–8 March 2025", "28 February – 2 March 2025", "2024–2025";
 * in another language with its wording (month names, digits, qualifiers).
 */
export function formatDate(d: FuzzyDate, w: DateWording = ENGLISH_DATES): string {
	const { start, end } = d;
	const full = { month: true, year: true };
	if (!end) return qualify(start, words(start, full, w), w);
	const plain = !start.approximate && !start.uncertain && !end.approximate && !end.uncertain;
	if (plain && start.precision === end.precision && start.year === end.year) {
		if (start.precision === 'day' && start.month === end.month) {
			return start.day === end.day ? words(start, full, w) : `${w.number(start.day!)}–${words(end, full, w)}`;
		}
		if (start.precision !== 'year') return `${words(start, { month: true, year: false }, w)} – ${words(end, full, w)}`;
	}
	if (plain && start.precision === 'year' && end.precision === 'year') return `${w.number(start.year)}–${w.number(end.year)}`;
	return `${qualify(start, words(start, full, w), w)} – ${qualify(end, words(end, full, w), w)}`;
}

