import { describe, expect, it, vi } from 'vitest';
import { LOCALE_INFO, LOCALES } from '../model/locales.ts';
import { formatList, formatNumber, messages, plural } from './index.ts';

/** Every message's key path, with plurals as leaves: `site.events`. */
function keys(node: unknown, prefix = ''): string[] {
	if (typeof node === 'string' || (node && typeof node === 'object' && 'other' in node)) return [prefix];
	return Object.entries(node as object).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function plurals(node: unknown, prefix = ''): [string, Record<string, string>][] {
	if (typeof node === 'string') return [];
	if (node && typeof node === 'object' && 'other' in node) return [[prefix, node as Record<string, string>]];
	return Object.entries(node as object).flatMap(([k, v]) => plurals(v, prefix ? `${prefix}.${k}` : k));
}

describe('message catalogues', () => {
	const reference = keys(messages('en'));

	it.each(LOCALES.filter((l) => l !== 'en'))('%s has every English key and no other', (locale) => {
		const own = keys(messages(locale));
		expect(reference.filter((k) => !own.includes(k)), 'missing keys').toEqual([]);
		expect(own.filter((k) => !reference.includes(k)), 'keys English does not have').toEqual([]);
	});

	it.each(LOCALES)('%s gives every plural the forms its language needs', (locale) => {
		const needed = new Intl.PluralRules(LOCALE_INFO[locale].intl).resolvedOptions().pluralCategories;
		for (const [key, forms] of plurals(messages(locale))) {
			expect(needed.filter((c) => !(c in forms)), `${locale}: ${key}`).toEqual([]);
		}
	});

	it.each(LOCALES)('%s leaves no message empty', (locale) => {
		const empty = (node: unknown, at: string): string[] =>
			typeof node === 'string' ? (node.trim() ? [] : [at]) : Object.entries(node as object).flatMap(([k, v]) => empty(v, `${at}.${k}`));
		expect(empty(messages(locale), locale)).toEqual([]);
	});

	it('writes no number in Latin digits in Arabic prose: numbers come through slots, in the digits formatNumber gives', () => {
		// What a reader types or presses is written as typed: a date field's format, a key.
		const typed = new Set(['timeline.dateHint', 'map.dateHint', 'timeline.zoomAllTitle']);
		// And a standard's name: RFC 5545, WGS 84, TimelineJS3.
		const STANDARDS = /\b(RFC \d+|WGS \d+|TimelineJS\d)\b/g;
		const latin = (node: unknown, at: string): string[] =>
			typeof node === 'string' ? (/[0-9]/.test(node.replace(STANDARDS, '')) && !typed.has(at) ? [`${at}: ${node}`] : []) : Object.entries(node as object).flatMap(([k, v]) => latin(v, at ? `${at}.${k}` : k));
		expect(latin(messages('ar'), '')).toEqual([]);
		expect(formatNumber('ar', 2024)).toBe('٢٬٠٢٤');
	});
});

describe('plural', () => {
	const forms = messages('ar').site.events;
	it('chooses the Arabic forms by CLDR category, with Arabic-Indic digits', () => {
		expect(plural('ar', forms, 0)).toBe('لا أحداث');
		expect(plural('ar', forms, 1)).toBe('حدث واحد');
		expect(plural('ar', forms, 2)).toBe('حدثان');
		expect(plural('ar', forms, 3)).toBe('٣ أحداث');
		expect(plural('ar', forms, 11)).toBe('١١ حدثًا');
		expect(plural('ar', forms, 100)).toBe('١٠٠ حدث');
	});
	it('chooses the English forms and groups digits', () => {
		expect(plural('en', messages('en').site.events, 1)).toBe('1 event');
		expect(plural('en', messages('en').site.events, 1200)).toBe('1,200 events');
	});
});

describe('formatList', () => {
	it('joins as each language joins, with one formatter per locale however often it is asked', () => {
		const made = vi.spyOn(Intl, 'ListFormat');
		try {
			for (let i = 0; i < 3; i++) {
				expect(formatList('en', ['a', 'b', 'c'])).toBe('a, b and c');
				expect(formatList('ar', ['أ', 'ب', 'ج'])).toBe('أ وب وج');
			}
			expect(made.mock.calls.length).toBeLessThanOrEqual(2);
		} finally {
			made.mockRestore();
		}
	});
});
