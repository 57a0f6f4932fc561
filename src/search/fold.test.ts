import { describe, expect, it } from 'vitest';
import { normaliseName } from '../lib/normalise-name.ts';
import { foldForSearch, nameSkeleton, searchTokens, skeleton } from './fold.ts';

describe('normaliseName (shared with the duplicate check)', () => {
	it('keeps its behaviour for names', () => {
		expect(normaliseName("Ahmad al-Shara'a")).toBe('ahmad al sharaa');
		expect(normaliseName('Lattaquié')).toBe('lattaquie');
		expect(normaliseName('أَحْمَد الشَّرَع')).toBe('احمد الشرع');
	});
});

describe('foldForSearch', () => {
	it.each([
		['أحمد', 'احمد'],
		['إدلب', 'ادلب'],
		['آل', 'ال'],
		['ٱلله', 'الله'],
		['اللاذقية', 'اللاذقيه'],
		['الجولانى', 'الجولاني'],
		['الشَّرَع', 'الشرع'],
		['الشـــرع', 'الشرع'],
	])('folds %s like %s', (a, b) => expect(foldForSearch(a)).toBe(foldForSearch(b)));

	it('folds Persian letters and Arabic-Indic digits that readers type', () => {
		expect(foldForSearch('سوری')).toBe(foldForSearch('سوري'));
		expect(foldForSearch('٢٠٢٥')).toBe('2025');
		expect(foldForSearch('۲۰۲۵')).toBe('2025');
	});

	it('folds Latin case, accents, apostrophes and ayn/hamza signs', () => {
		expect(searchTokens("Al-Shara'a")).toEqual(['al', 'sharaa']);
		expect(searchTokens('Hayʼat Taḥrīr al-Shām')).toEqual(['hayat', 'tahrir', 'al', 'sham']);
		expect(searchTokens('ʿAlawī')).toEqual(['alawi']);
		expect(searchTokens('  ')).toEqual([]);
	});
});

describe('skeleton', () => {
	const same = (a: string, b: string) => nameSkeleton(searchTokens(a)) === nameSkeleton(searchTokens(b));
	it.each([
		['Ahmed al-Sharaa', 'Ahmad al-Sharaa'],
		['Ahmad el-Chareh', 'Ahmad al-Sharaa'],
		['Tartous', 'Tartus'],
		['Lattakia', 'Latakia'],
		['Lattaquié', 'Latakia'],
		['Abou Mohamed al-Joulani', 'Abu Muhammad al-Julani'],
		['Edleb', 'Idlib'],
		['Deraa', "Dar'a"],
	])('%s meets %s', (a, b) => expect(same(a, b)).toBe(true));

	it.each([
		['al-Sharaa', 'SOHR'],
		['Homs', 'Hama'],
		['Jableh', 'Jobar'],
		['Latakia', 'Tartus'],
	])('%s stays apart from %s', (a, b) => expect(same(a, b)).toBe(false));

	it('only strips the article from Arabic words', () => {
		expect(skeleton('الشرع')).toBe('شرع');
		expect(skeleton('ال')).toBe('ال');
	});
});
