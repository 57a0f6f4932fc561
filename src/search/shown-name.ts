/**
 * How a result or a name is shown on a page in one language. The index is shared by both
 * editions (the same entries in the same order); an Arabic page shows an actor's or
 * place's Arabic name where the content has one, and marks a title that exists only in
 * English as English, so it is read and hyphenated as such.
 */
import type { Locale } from '../model/locales.ts';
import type { IndexRecord } from './index-format.ts';

const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F]/;

/** The first spelling in Arabic script: the content's Arabic name comes before the aliases. */
export const arabicName = (names: readonly string[]): string | undefined => names.find((n) => ARABIC_SCRIPT.test(n));

export interface ShownName {
	text: string;
	/** Set when the text is in another language than the page. */
	lang?: 'ar' | 'en';
	/** The name the entry is filed under, when `text` is another (its Arabic name). */
	original?: string;
}

export function shownTitle(record: Pick<IndexRecord, 'kind' | 'title' | 'names'>, locale: Locale): ShownName {
	if (locale !== 'ar') return ARABIC_SCRIPT.test(record.title) ? { text: record.title, lang: 'ar' } : { text: record.title };
	const arabic = record.kind === 'actor' || record.kind === 'place' ? arabicName(record.names) : undefined;
	if (arabic && arabic !== record.title) return { text: arabic, original: record.title };
	return ARABIC_SCRIPT.test(record.title) ? { text: record.title } : { text: record.title, lang: 'en' };
}

/** An entity's name as the page shows it: Arabic pages take its Arabic spelling where it has one. */
export const shownEntityName = (names: readonly string[], locale: Locale): string => (locale === 'ar' ? (arabicName(names) ?? names[0]!) : names[0]!);
