/**
 * How search compares words. Built on normaliseName (the duplicate check's notion of
 * "the same name") and adding what only search needs: other keyboards' letters and
 * digits, and a loose "skeleton" of Latin transliterations so that Ahmed/Ahmad,
 * Tartous/Tartus, Jolani/Julani and Lattakia/Latakia meet.
 */
import { normaliseName } from '../lib/normalise-name.ts';

/** normaliseName plus Persian kaf/yeh and Arabic-Indic digits, which readers type too. */
export function foldForSearch(text: string): string {
	return normaliseName(
		text
			.replace(/\u06A9/g, '\u0643')
			.replace(/[\u06CC\u06D2]/g, '\u064A')
			.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
			.replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0)),
	);
}

/** The folded words of a text. */
export const searchTokens = (text: string): string[] => {
	const folded = foldForSearch(text);
	return folded === '' ? [] : folded.split(' ');
};

/** Latin renderings of the Arabic article (al-, el-, ash-, ad-, ez-…), dropped from skeletons. */
export const LATIN_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ul', 'il', 'as', 'ash', 'es', 'esh', 'ad', 'adh', 'ed', 'at', 'ath', 'et', 'ar', 'er', 'an', 'en', 'az', 'ez', 'ag', 'ak']);
const ARABIC = /[\u0600-\u06FF]/;

/** A word without the Arabic article ال, when what is left is still a word. */
export const withoutArabicArticle = (token: string) => (token.length > 3 && token.startsWith('ال') ? token.slice(2) : token);

/**
 * The skeleton of one folded word, where transliterations meet: French and English
 * spellings agree (ch→sh, dj→j, ou→u, qu/q/c→k), doubled letters count once, a final h
 * after a vowel goes, and every run of vowels becomes one "a" (vowels are where
 * transliterations differ most: Ahmed/Ahmad, Tartous/Tartus, Edleb/Idlib). Arabic words
 * only lose the article.
 */
export function skeleton(token: string): string {
	if (ARABIC.test(token)) return withoutArabicArticle(token);
	if (/^\d+$/.test(token)) return token;
	return token
		.replace(/dj/g, 'j')
		.replace(/tch/g, 'sh')
		.replace(/ch/g, 'sh')
		.replace(/ou/g, 'u')
		.replace(/qu|q|ck|c/g, 'k')
		.replace(/ph/g, 'f')
		.replace(/([aeiou])h$/, '$1')
		.replace(/(.)\1+/g, '$1')
		.replace(/[aeiou]+/g, 'a');
}

/** The skeleton of a whole name: articles dropped, words skeletonised, no spaces. */
export function nameSkeleton(tokens: readonly string[]): string {
	const kept = tokens.filter((t) => !LATIN_ARTICLES.has(t));
	return (kept.length > 0 ? kept : tokens).map(skeleton).join('');
}
