/**
 * Dates in each language's words, as precise as they are known: month names from Intl
 * (`ar-SY`: the Levantine names, كانون الثاني … آذار), days and years in the language's
 * digits (the same Intl numbering as formatNumber), and its words for "about" and
 * "uncertain" from the catalogue's `dates` area, passed in: browser mounts import this
 * module without the catalogues (pages use `formatDateIn` in wording.ts).
 */
import { formatDate, type DateWording, type FuzzyDate } from '../lib/dates.ts';
import { LOCALE_INFO, type Locale } from '../model/locales.ts';
import { fill, formatDigits } from './format.ts';

/** The catalogue's words around a date (messages/<locale>/dates.ts). */
export interface DatesText {
	approximate: string;
	uncertain: string;
}

const monthNames = new Map<Locale, string[]>();
const shortMonthNames = new Map<Locale, string[]>();

function months(locale: Locale, style: 'long' | 'short'): string[] {
	const cache = style === 'long' ? monthNames : shortMonthNames;
	let names = cache.get(locale);
	if (!names) {
		const f = new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { month: style, timeZone: 'UTC' });
		cache.set(locale, (names = Array.from({ length: 12 }, (_, i) => f.format(Date.UTC(2001, i, 1)))));
	}
	return names;
}

/** How `locale` writes a date's parts, with the catalogue's words `t` around it. */
export const dateWording = (locale: Locale, t: DatesText): DateWording => ({
	month: (m) => months(locale, 'long')[m - 1]!,
	// Years unbroken: 2025, ٢٠٢٥, never 2,025.
	number: (n) => formatDigits(locale, n),
	approximate: (date) => fill(t.approximate, { date }),
	uncertain: (date) => fill(t.uncertain, { date }),
});

/** "c. 6 March 2025" in English, "نحو ٦ آذار ٢٠٢٥" in Arabic. */
export const formatDateWith = (locale: Locale, t: DatesText, d: FuzzyDate): string => formatDate(d, dateWording(locale, t));

/** A day on a chart's axis, from a UTC time: "7 Mar", "٧ آذار" (Arabic has no short month names). */
export function formatDayMonth(locale: Locale, time: number): string {
	const day = new Date(time);
	return `${formatDigits(locale, day.getUTCDate())} ${months(locale, 'short')[day.getUTCMonth()]!}`;
}
