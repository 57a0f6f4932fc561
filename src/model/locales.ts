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
