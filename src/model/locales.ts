/**
 * The interface languages. English is the default edition at the site's root; every other
 * locale is the same site under its own folder (`ar/events/x.html`), so one `dist/` holds
 * both and works at a domain root, under a sub-path and from `file://`.
 */
export const LOCALES = ['en', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export interface LocaleInfo {
	/** BCP 47 tag for `lang` and `hreflang`. */
	tag: string;
	/**
	 * The tag Intl formats with: `ar-SY` gives the month names Syrians use (آذار, not مارس)
	 * and Arabic-Indic digits; plain `ar` gives Egyptian month names and Latin digits.
	 */
	intl: string;
	dir: 'ltr' | 'rtl';
	/** The language's name in itself, for the language switch. */
	name: string;
	/** Folder of this edition inside the site ('' for the default). */
	folder: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
	en: { tag: 'en', intl: 'en-GB', dir: 'ltr', name: 'English', folder: '' },
	ar: { tag: 'ar', intl: 'ar-SY', dir: 'rtl', name: 'العربية', folder: 'ar' },
};

export const isLocale = (x: unknown): x is Locale => (LOCALES as readonly unknown[]).includes(x);

/**
 * The editions a build writes: all of them, unless ARCHIVE_EDITIONS names some (a comma
 * list, the default edition among them). Only for measuring what an edition costs
 * (`npm run bench -- --editions-ratio`): a site built with fewer editions links to pages
 * it does not have, so it is never published.
 */
export function editionsFrom(value: string | undefined): Locale[] {
	if (value === undefined || value.trim() === '') return [...LOCALES];
	const named = value.split(',').map((x) => x.trim());
	const unknown = named.filter((x) => !isLocale(x));
	if (unknown.length > 0) throw new Error(`ARCHIVE_EDITIONS names ${unknown.map((x) => `"${x}"`).join(', ')}, which is not an edition; the editions are ${LOCALES.join(', ')}.`);
	if (!named.includes(DEFAULT_LOCALE)) throw new Error(`ARCHIVE_EDITIONS must include the default edition, "${DEFAULT_LOCALE}" (the site's root pages); got "${value}".`);
	return LOCALES.filter((l) => named.includes(l));
}
