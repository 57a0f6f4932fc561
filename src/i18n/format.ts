/**
 * Filling and formatting messages, without the catalogues: browser bundles import this and
 * get their area's messages from the page (`pageMessages`), so no bundle carries every
 * language's catalogue.
 */
import { LOCALE_INFO, type Locale } from '../model/locales.ts';
import type { Plural } from './types.ts';

/** One area's messages in one language: what a pure module needs to say things. */
export interface Wording<T> {
	locale: Locale;
	m: T;
}

/** Fills `{name}` slots: `fill('built {day}', { day: '2 December 2026' })`. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
	return template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<Locale, Intl.PluralRules>();

function numberFormat(locale: Locale, grouping: boolean): Intl.NumberFormat {
	const key = `${locale}:${grouping}`;
	let f = numberFormats.get(key);
	if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(LOCALE_INFO[locale].intl, { useGrouping: grouping })));
	return f;
}

/** A number as the locale writes it (Arabic-Indic digits in Arabic). */
export const formatNumber = (locale: Locale, n: number): string => numberFormat(locale, true).format(n);

/** A year or a day of the month: the locale's digits, never grouped (2025, not 2,025). */
export const formatDigits = (locale: Locale, n: number): string => numberFormat(locale, false).format(n);

/**
 * The plural form for `n`, with `{n}` filled: "3 events", "٣ أحداث", "حدثان". A `zero`
 * form is used for 0 in any language that gives one ("no events"), though English's rules
 * have no zero category.
 */
export function plural(locale: Locale, forms: Plural, n: number, values: Record<string, string | number> = {}): string {
	let rules = pluralRules.get(locale);
	if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(LOCALE_INFO[locale].intl)));
	const form = (n === 0 ? forms.zero : undefined) ?? forms[rules.select(n)] ?? forms.other;
	return fill(form, { ...values, n: formatNumber(locale, n) });
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/** "a, b and c" / "أ وب وج": a list joined as the locale joins it. */
export function formatList(locale: Locale, items: readonly string[]): string {
	let f = listFormats.get(locale);
	if (!f) listFormats.set(locale, (f = new Intl.ListFormat(LOCALE_INFO[locale].intl, { type: 'conjunction' })));
	return f.format(items);
}

/** A template cut at its `{slots}`, for markup between words: `Press {enter}` → ['Press ', { slot: 'enter' }]. */
export function slots(template: string): (string | { slot: string })[] {
	return template.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? { slot: part } : part)).filter((part) => part !== '');
}
