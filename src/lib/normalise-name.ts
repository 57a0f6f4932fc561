/**
 * Folds a name so spellings that readers treat as the same compare equal: case, Latin
 * accents, apostrophes and hyphens; Arabic diacritics, tatweel and the common letter
 * variants (alef forms, ta marbuta/ha, alef maqsura/ya). Shared by search and the
 * duplicate check, so both agree on what "the same name" means.
 */
export function normaliseName(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[\u064B-\u065F\u0670\u0640]/g, '')
		.replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
		.replace(/\u0629/g, '\u0647')
		.replace(/\u0649/g, '\u064A')
		.replace(/\u0624/g, '\u0648')
		.replace(/\u0626/g, '\u064A')
		.toLowerCase()
		.replace(/['’‘ʼʿʾ`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/**
 * Letters of other scripts that look like Latin ones (Cyrillic а, Greek ο …), mapped to
 * the Latin letter they pass for, after lower-casing. A name copied with one of them looks
 * the same to a reader but is another string: the duplicate check compares these skeletons.
 */
const LOOKALIKES: Record<string, string> = {
	а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
	α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
};
export const lookalikeSkeleton = (text: string) => normaliseName(text).replace(/[\u0370-\u03ff\u0400-\u052f]/g, (ch) => LOOKALIKES[ch] ?? ch);
