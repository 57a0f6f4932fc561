/**
 * What the chart says in words: how many events match, what the window shows, and what
 * a screen reader hears when the keyboard focuses an event. The words are the page's
 * (`Wording` of the timeline's catalogue area), numbers in the page language's digits.
 */
import type { TimelineText } from '../i18n/areas.ts';
import { fill, formatDigits, formatNumber, plural, type Wording } from '../i18n/format.ts';
import { formatDate, parseFuzzyDate } from '../lib/dates.ts';
import { LOCALE_INFO, type Locale } from '../model/locales.ts';
import { dateOfDay, isoOfDay } from './days.ts';
import type { EventCard } from './event-card.ts';
import type { Calendar } from './time-scale.ts';

export type TimelineWording = Wording<TimelineText>;

/** "28 events", "3 of 28 events match", "No events match these filters (of 28)". */
export function countText(w: TimelineWording, shown: number, total: number): string {
	if (shown === total) return plural(w.locale, w.m.events, total);
	if (shown === 0) return fill(w.m.countNone, { total: formatNumber(w.locale, total) });
	return plural(w.locale, w.m.countSome, total, { shown: formatNumber(w.locale, shown) });
}

const rangeFormats = new Map<Locale, Intl.DateTimeFormat>();

/** The window in words: "4–12 March 2025", "٤–١٢ آذار ٢٠٢٥". */
export function humanRange(locale: Locale, d0: number, d1: number): string {
	const first = Math.round(d0);
	const last = Math.max(first, Math.round(d1) - 1);
	if (locale === 'en') {
		const a = isoOfDay(first);
		const b = isoOfDay(last);
		const parsed = parseFuzzyDate(a === b ? a : `${a}/${b}`);
		return parsed.ok ? formatDate(parsed.date) : `${a} – ${b}`;
	}
	let f = rangeFormats.get(locale);
	if (!f) rangeFormats.set(locale, (f = new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
	return first === last ? f.format(dateOfDay(first)) : f.formatRange(dateOfDay(first), dateOfDay(last));
}

/** "3 in view, 1–15 March 2025": each event counted once, even when lanes by actor show it in several lanes. */
export const inViewText = (w: TimelineWording, inView: number, window: readonly [number, number]) =>
	fill(w.m.inView, { n: formatNumber(w.locale, inView), range: humanRange(w.locale, window[0], window[1]) });

/** What a screen reader hears once a zoom settles: "Showing 1–15 March 2025: 3 events in view." */
export const zoomAnnouncement = (w: TimelineWording, inView: number, window: readonly [number, number]) =>
	plural(w.locale, w.m.zoomed, inView, { range: humanRange(w.locale, window[0], window[1]) });

/** "Title. 6 March 2025. Battle, Jableh. Event 2 of 9. Press Enter to open." */
export function focusAnnouncement(w: TimelineWording, card: EventCard, position: number, total: number): string {
	const places = card.places.length ? fill(w.m.placesAfterType, { places: card.places.join(w.m.separator) }) : '';
	return fill(w.m.focused, { title: card.title, date: card.date, type: card.type, places, position: formatNumber(w.locale, position), total: formatNumber(w.locale, total) });
}

/** The locale's ten digits, 0 to 9 ("٠١٢٣٤٥٦٧٨٩" in Arabic): written into the page, so the first frame's axis needs no Intl (its first use costs 10–35 ms). */
export const localeDigits = (locale: Locale): string => Array.from({ length: 10 }, (_, d) => formatDigits(locale, d)).join('');

/** The axis's month names and digits, from the catalogue; `digits` as localeDigits gives them, else Intl writes them. */
export const calendarOf = (w: TimelineWording, digits?: string): Calendar => ({
	short: w.m.monthsShort.split('|'),
	long: w.m.monthsLong.split('|'),
	digits: digitWriter(w.locale, digits),
	dayMonth: w.m.dayMonth,
	monthYear: w.m.monthYear,
});

/** Whole numbers (years, days) in the locale's digits, ungrouped: from the page's ten digits when it has them. */
function digitWriter(locale: Locale, digits: string | undefined): (n: number) => string {
	const set = digits ? Array.from(digits) : [];
	if (set.length !== 10) return (n) => formatDigits(locale, n);
	return (n) => (Number.isInteger(n) && n >= 0 ? String(n).replace(/\d/g, (d) => set[Number(d)]!) : formatDigits(locale, n));
}
