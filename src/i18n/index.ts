/**
 * Interface text in every language, from one catalogue per language (`messages/<locale>/`,
 * a file per area of the interface). Pages and views ask for `messages(locale)`; browser
 * mounts get their area's messages embedded in the page (no fetch from file://).
 */
import { LOCALE_INFO, type Locale } from '../model/locales.ts';
import { ar } from './messages/ar/index.ts';
import { en } from './messages/en/index.ts';
import type { CatalogueOf, Plural } from './types.ts';

export type Messages = CatalogueOf<typeof en>;
export type { Plural };

const CATALOGUES: Record<Locale, Messages> = { en, ar };

export const messages = (locale: Locale): Messages => CATALOGUES[locale];

/** Fills `{name}` slots: `fill('built {day}', { day: '2 December 2026' })`. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** A number as the locale writes it (Arabic-Indic digits in Arabic). */
export function formatNumber(locale: Locale, n: number): string {
	let f = numberFormats.get(locale);
	if (!f) numberFormats.set(locale, (f = new Intl.NumberFormat(LOCALE_INFO[locale].intl)));
	return f.format(n);
}

/** The plural form for `n`, with `{n}` filled: "3 events", "٣ أحداث", "حدثان". */
export function plural(locale: Locale, forms: Plural, n: number, values: Record<string, string | number> = {}): string {
	let rules = pluralRules.get(locale);
	if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(LOCALE_INFO[locale].intl)));
	const form = forms[rules.select(n)] ?? forms.other;
	return fill(form, { ...values, n: formatNumber(locale, n) });
}
