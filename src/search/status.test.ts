import { describe, expect, it } from 'vitest';
import { parseSearchState } from './query-state.ts';
import { searchText } from '../i18n/areas.ts';
import { filterLabels, statusLine, type SearchWording } from './status.ts';

const EN: SearchWording = { locale: 'en', m: searchText('en') };
const AR: SearchWording = { locale: 'ar', m: searchText('ar') };

const state = parseSearchState('q=Ahmed+Sharaa&kind=quote&place=tartous');
const filters = filterLabels(EN, state, (k, v) => (k === 'kind' ? 'quotes' : k === 'place' ? 'Tartus' : v)).map(([, l]) => l);

describe('statusLine', () => {
	it('names the active filters, by their own names', () => {
		expect(filters).toEqual(['kind: quotes', 'place: Tartus']);
		expect(statusLine(EN, state, { count: 3, pending: false, filters, readAs: [] })).toBe('3 results for “Ahmed Sharaa”, filtered by kind: quotes; place: Tartus.');
	});

	it('says which name a fuzzy spelling was read as', () => {
		expect(statusLine(EN, state, { count: 1, pending: false, filters: [], readAs: ['Ahmad al-Sharaa'] })).toBe('1 result for “Ahmed Sharaa”. Showing matches for Ahmad al-Sharaa.');
	});

	it('says when the full text is still being searched', () => {
		expect(statusLine(EN, state, { count: 0, pending: true, filters: [], readAs: [] })).toBe('Searching the full text…');
		expect(statusLine(EN, state, { count: 0, pending: false, filters, readAs: [] })).toBe('No results for “Ahmed Sharaa”, filtered by kind: quotes; place: Tartus.');
	});

	it('says it in Arabic, with Arabic plural forms and digits', () => {
		const ar = filterLabels(AR, state, (k, v) => (k === 'kind' ? 'اقتباسات' : k === 'place' ? 'طرطوس' : v)).map(([, l]) => l);
		expect(ar).toEqual(['الصنف: اقتباسات', 'المكان: طرطوس']);
		expect(statusLine(AR, state, { count: 1, pending: false, filters: [], readAs: ['أحمد الشرع'] })).toBe('نتيجة واحدة عن «Ahmed Sharaa». تُعرض مطابقات أحمد الشرع.');
		expect(statusLine(AR, state, { count: 2, pending: false, filters: ar, readAs: [] })).toBe('نتيجتان عن «Ahmed Sharaa»، مع التصفية حسب الصنف: اقتباسات؛ المكان: طرطوس.');
		expect(statusLine(AR, state, { count: 7, pending: true, filters: [], readAs: [] })).toBe('٧ نتائج عن «Ahmed Sharaa». جارٍ البحث في النص الكامل…');
		expect(statusLine(AR, state, { count: 15, pending: false, filters: [], readAs: [] })).toBe('١٥ نتيجةً عن «Ahmed Sharaa».');
		expect(statusLine(AR, state, { count: 0, pending: false, filters: [], readAs: [] })).toBe('لا نتائج عن «Ahmed Sharaa».');
	});
});
