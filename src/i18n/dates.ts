/**
 * Dates in each language's words, as precise as they are known: month names from Intl
 * (`ar-SY`: the Levantine names, كانون الثاني … آذار), days and years in the language's
 * digits, and its words for "about" and "uncertain" from the catalogue.
 */
import { formatDate, type DateWording, type FuzzyDate } from '../lib/dates.ts';
import { LOCALE_INFO, type Locale } from '../model/locales.ts';
import { fill, messages } from './index.ts';

const wordings = new Map<Locale, DateWording>();

export function dateWording(locale: Locale): DateWording {
	let w = wordings.get(locale);
	if (!w) {
		const { intl } = LOCALE_INFO[locale];
		const month = new Intl.DateTimeFormat(intl, { month: 'long', timeZone: 'UTC' });
		const months = Array.from({ length: 12 }, (_, i) => month.format(Date.UTC(2001, i, 1)));
		// Years unbroken: 2025, ٢٠٢٥, never 2,025.
		const digits = new Intl.NumberFormat(intl, { useGrouping: false });
		const t = messages(locale).dates;
		w = {
			month: (m) => months[m - 1]!,
			number: (n) => digits.format(n),
			approximate: (date) => fill(t.approximate, { date }),
			uncertain: (date) => fill(t.uncertain, { date }),
		};
		wordings.set(locale, w);
	}
	return w;
}

/** "c. 6 March 2025" in English, "نحو ٦ آذار ٢٠٢٥" in Arabic. */
export const formatDateIn = (locale: Locale, d: FuzzyDate): string => formatDate(d, dateWording(locale));
