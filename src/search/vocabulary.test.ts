import { describe, expect, it } from 'vitest';
import { skeleton, withoutArabicArticle } from './fold.ts';
import { arrangeVocabulary, sameSkeleton, sameWord, startingWith } from './vocabulary.ts';

const words = ['curfew', 'cur', 'curd', 'cura', 'cus', 'cu', 'curfews', 'ahmad', 'ahmed', 'الشرع', 'شرع', 'الم', 'اللاذقيه', 'لاذقيه', 'لاذ', 'damascus', 'dimashq'];
const vocabulary = arrangeVocabulary(words);
const named = (ids: readonly number[]) => ids.map((id) => words[id]).sort();

describe('sameWord', () => {
	it('meets a word with and without the Arabic article, either way round', () => {
		expect(named(sameWord(vocabulary, 'الشرع'))).toEqual(['الشرع', 'شرع']);
		expect(named(sameWord(vocabulary, 'شرع'))).toEqual(['الشرع', 'شرع']);
		expect(named(sameWord(vocabulary, 'اللاذقيه'))).toEqual(['اللاذقيه', 'لاذقيه']);
	});

	it('keeps a short word that only starts like the article, and Latin words whole', () => {
		expect(named(sameWord(vocabulary, 'الم'))).toEqual(['الم']);
		expect(named(sameWord(vocabulary, 'cur'))).toEqual(['cur']);
		expect(sameWord(vocabulary, 'curf')).toEqual([]);
	});
});

describe('startingWith', () => {
	it('finds every word with the prefix, the word itself included, and no other', () => {
		expect(named(startingWith(vocabulary, 'cur'))).toEqual(['cur', 'cura', 'curd', 'curfew', 'curfews']);
		expect(named(startingWith(vocabulary, 'curfew'))).toEqual(['curfew', 'curfews']);
		expect(named(startingWith(vocabulary, 'لاذ'))).toEqual(['لاذ', 'لاذقيه']);
	});

	it('finds nothing for a prefix no word has, before, between or after the words', () => {
		expect(startingWith(vocabulary, 'aaa')).toEqual([]);
		expect(startingWith(vocabulary, 'cuz')).toEqual([]);
		expect(startingWith(vocabulary, 'zzz')).toEqual([]);
		expect(startingWith(vocabulary, 'curfewss')).toEqual([]);
		expect(startingWith(arrangeVocabulary([]), 'cur')).toEqual([]);
	});
});

describe('sameSkeleton', () => {
	it('groups the words by skeleton, the first time a query asks', () => {
		const v = arrangeVocabulary(words);
		expect(v.bySkeleton).toBeUndefined();
		expect(named(sameSkeleton(v, skeleton('ahmed')))).toEqual(['ahmad', 'ahmed']);
		expect(v.bySkeleton).toBeDefined();
		expect(sameSkeleton(v, 'xyz')).toEqual([]);
	});
});

describe('against reading every word', () => {
	// Words of a few letters from a small alphabet share many prefixes and bare forms.
	let seed = 7;
	const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
	const letters = ['a', 'b', 'ab', 'ال', 'ب', 'é'];
	const many = [...new Set(Array.from({ length: 600 }, () => Array.from({ length: 1 + Math.floor(random() * 5) }, () => letters[Math.floor(random() * letters.length)]).join('')))];
	const v = arrangeVocabulary(many);
	const ids = (test: (w: string) => boolean) => many.flatMap((w, id) => (test(w) ? [id] : []));

	it('sameWord and startingWith find what a scan of the whole vocabulary finds', () => {
		for (const q of [...many.slice(0, 200), 'zz', 'ال', 'الال', 'aé']) {
			expect([...sameWord(v, q)].sort((a, b) => a - b)).toEqual(ids((w) => withoutArabicArticle(w) === withoutArabicArticle(q)));
			expect(startingWith(v, q).sort((a, b) => a - b)).toEqual(ids((w) => w.startsWith(q)));
		}
	});
});
