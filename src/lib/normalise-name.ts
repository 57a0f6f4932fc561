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

/** The name with its word breaks removed too, so "al-Sharaa", "al Sharaa" and "alsharaa" are one key. */
export const compactName = (text: string) => normaliseName(text).replace(/ /g, '');
