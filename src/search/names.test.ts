import { describe, expect, it } from 'vitest';
import { findNames, nameTable, namesStartingWith, readQuery, resolveName, searchTerms, textFilter, wordKey } from './names.ts';

// Positions: 0 Sharaa, 1 Bashar, 2 SOHR, 3 Tartus Governorate, 4 Tartus, 5 Latakia Governorate, 6 Latakia, 7 Jableh.
const table = nameTable([
	{ names: ['Ahmad al-Sharaa', 'أحمد الشرع', 'Ahmed al-Sharaa', "al-Shara'a", 'Ahmad el-Chareh', 'Sharaa', 'Abu Mohammad al-Jolani', 'al-Julani', 'أبو محمد الجولاني'], person: true },
	{ names: ['Bashar al-Assad', 'بشار الأسد'], person: true },
	{ names: ['Syrian Observatory for Human Rights', 'المرصد السوري لحقوق الإنسان', 'SOHR', 'Syrian Observatory', 'OSDH'] },
	{ names: ['Tartus Governorate', 'محافظة طرطوس'] },
	{ names: ['Tartus', 'طرطوس', 'Tartous'], within: 3 },
	{ names: ['Latakia Governorate', 'محافظة اللاذقية', 'Lattakia Governorate'] },
	{ names: ['Latakia', 'اللاذقية', 'Lattakia', 'Al-Ladhiqiyah'], within: 5 },
	{ names: ['Jableh', 'جبلة', 'Jablah', 'Jeble'], within: 5 },
]);

describe('readQuery', () => {
	it.each([
		['Tartus', [4]],
		['Tartous', [4]],
		['طرطوس', [4]],
		['Latakia', [6]],
		['Lattakia', [6]],
		['اللاذقية', [6]],
		['اللاذقيه', [6]],
		['Lattakia Governorate', [5]],
		['Jableh', [7]],
		['Jablah', [7]],
		['جبلة', [7]],
		['Ahmad al-Sharaa', [0]],
		['Jolani', [0]],
		['الشرع', [0]],
		['alsharaa', [0]],
		['Ahmed Sharaa', [0]],
		['SOHR', [2]],
	])('reads %s as a name of %j', (q, names) => {
		expect(findNames(table, q)).toEqual(names);
	});

	it('keeps plain words apart from names', () => {
		const read = readQuery(table, 'security forces in Jableh');
		expect(read.parts.map((p) => [p.folded.join(' '), p.entities])).toEqual([
			['security', []],
			['forces', []],
			['in', []],
			['jableh', [7]],
		]);
		expect(read.onlyNames).toBe(false);
		expect(findNames(table, 'security forces in Jableh')).toEqual([]);
	});

	it('says when a name was met by its skeleton only', () => {
		expect(readQuery(table, 'Ahmed Sharaa').fuzzy).toBe(true);
		expect(readQuery(table, 'Tartous').fuzzy).toBe(false);
		expect(readQuery(table, 'الشرع').fuzzy).toBe(false);
		expect(readQuery(table, 'Jolani').fuzzy).toBe(false);
	});

	it('does not read short words or common words as names', () => {
		expect(findNames(table, 'as')).toEqual([]);
		expect(findNames(table, 'observatory')).toEqual([]);
	});
});

describe('textFilter', () => {
	const texts = {
		latin: 'Clashes in Tartous and the Qardaha sweep',
		arabic: 'اشتباكات في طرطوس',
		plain: 'The governor of Tartus met elders',
		jableh: 'Attack on security forces in Jablah',
		sharaa: 'President al-Sharaa spoke in Damascus',
		other: 'Talks in Amman',
	};
	const matching = (q: string, about: Record<string, number[]> = {}) =>
		Object.entries(texts)
			.filter(([k, t]) => textFilter(table, q)(t, about[k]))
			.map(([k]) => k);

	it('finds every spelling of a place whichever one is typed', () => {
		for (const q of ['Tartus', 'Tartous', 'طرطوس']) expect(matching(q), q).toEqual(['latin', 'arabic', 'plain']);
	});

	it('finds a person by any spelling, from a family name or a nom de guerre', () => {
		for (const q of ['Ahmad al-Sharaa', 'Jolani', 'الشرع', 'Sharaa']) expect(matching(q), q).toEqual(['sharaa']);
	});

	it('matches an entry about the entity, or about a place within it', () => {
		expect(matching('Tartus', { other: [4] })).toEqual(['latin', 'arabic', 'plain', 'other']);
		expect(matching('Latakia Governorate', { jableh: [7] })).toEqual(['jableh']);
		expect(matching('Latakia', { jableh: [7] })).toEqual([]);
	});

	it('needs every plain word at the start of a word, and names in any spelling', () => {
		expect(matching('security Jableh')).toEqual(['jableh']);
		expect(matching('secu')).toEqual(['jableh']);
		expect(matching('security Tartus')).toEqual([]);
	});

	it('passes everything for an empty query', () => {
		expect(matching('')).toEqual(Object.keys(texts));
	});
});

describe('the facets and the full-text engines', () => {
	it('resolves any spelling in either script to one entity', () => {
		expect(resolveName(table, 'SOHR')).toBe(2);
		expect(resolveName(table, 'المرصد السوري لحقوق الإنسان')).toBe(2);
		expect(resolveName(table, 'Tartous')).toBe(4);
		expect(resolveName(table, 'nowhere')).toBeUndefined();
	});

	it('suggests entities whose spellings start with what was typed, each once', () => {
		expect(namesStartingWith(table, 'tart').map((s) => s.entity)).toEqual([4, 3]);
		expect(namesStartingWith(table, 'jol').map((s) => [s.entity, s.spelling])).toEqual([[0, 'Abu Mohammad al-Jolani']]);
		expect(namesStartingWith(table, 'طرط').map((s) => s.entity)).toEqual([4, 3]);
	});

	it('expands a name to all its spellings for engines that match words', () => {
		expect(searchTerms(table, 'Tartous')).toEqual(['Tartus', 'طرطوس', 'Tartous']);
		expect(searchTerms(table, 'talks Jablah')).toEqual(['talks Jableh', 'talks جبلة', 'talks Jablah', 'talks Jeble']);
		expect(searchTerms(table, 'Latakia')).toEqual(['Latakia', 'اللاذقية', 'Lattakia', 'Ladhiqiyah']);
		expect(searchTerms(table, 'Jolani')).toEqual(['Sharaa', 'الشرع', 'Chareh', 'Jolani', 'Julani', 'الجولاني']);
	});

	it('keys transliterations alike and keeps short words as written', () => {
		expect(wordKey('tartous')).toBe(wordKey('tartus'));
		expect(wordKey('alsharaa')).toBe(wordKey('sharaa'));
		expect(wordKey('والشرع')).toBe(wordKey('الشرع'));
		expect(wordKey('us')).toBe('us');
		expect(wordKey('al')).toBe('');
	});
});
