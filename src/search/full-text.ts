/**
 * Full text for search from disk. Pagefind does the full-text part of search when the
 * site is served, but it cannot run from file://; there, the search page loads this
 * instead, a second classic script (`assets/search-text.js`) with the plain text of
 * every entry's Markdown body, only when a reader searches. Its matches follow the
 * fallback index's results, as Pagefind's do when served, so the first results are the
 * same both ways.
 *
 * Records point at the fallback index's records by position (both follow
 * searchEntries' order), so the text file repeats no titles, dates or filters. This
 * module is the format and the search, which the page loads; build-full-text.ts makes it.
 */
import { searchTokens, withoutArabicArticle } from './fold.ts';
import { highlight, type Segment } from './snippet.ts';

export const FULL_TEXT_GLOBAL = '__archiveSearchText';
export const FULL_TEXT_VERSION = 1;

export interface FullText {
	v: number;
	/** [position of the record in the fallback index, the body's plain text]. */
	r: [number, string][];
}

export interface FullTextSearch {
	/** Positions (in the fallback index) of the records whose text holds every query word, in text order. */
	find(query: string): number[];
	/** A line of the record's text around the query's first word, with the words marked. */
	excerpt(record: number, query: string): Segment[];
}

/** Word-like runs, as the snippet highlighter splits them. */
const WORD = /[\p{L}\p{M}\p{N}'’ʼʿʾ-]+/gu;
const EXCERPT_WORDS = 32;

/**
 * Prepares the text for searching: each record's words are folded the first time a
 * query needs them (at 10,000 events, ~7 MB of text), never again. A word matches a
 * query word when it folds to it; the last query word may also be the start of a word,
 * as in the fallback index.
 */
export function prepareFullText(data: FullText): FullTextSearch {
	if (data.v !== FULL_TEXT_VERSION) throw new Error(`search text version ${data.v}, expected ${FULL_TEXT_VERSION}`);
	const texts = new Map(data.r);
	let words: { record: number; tokens: Set<string> }[] | undefined;
	// Words are compared without the Arabic article, as the fallback index compares them ("شرع" finds "الشرع").
	const tokensOf = (text: string) => searchTokens(text).map(withoutArabicArticle);
	const prepared = () => (words ??= data.r.map(([record, text]) => ({ record, tokens: new Set(tokensOf(text)) })));
	const matches = (token: string, query: string[]) => {
		const last = query[query.length - 1]!;
		return query.includes(token) || (last.length >= 3 && token.startsWith(last));
	};
	return {
		find(query) {
			const q = tokensOf(query);
			if (q.length === 0) return [];
			const last = q[q.length - 1]!;
			return prepared()
				.filter(({ tokens }) => q.every((w) => tokens.has(w) || (w === last && last.length >= 3 && [...tokens].some((t) => t.startsWith(last)))))
				.map(({ record }) => record);
		},
		excerpt(record, query) {
			const text = texts.get(record) ?? '';
			const q = tokensOf(query);
			const found = [...text.matchAll(WORD)].find((m) => tokensOf(m[0]).some((t) => matches(t, q)));
			if (!found) return highlight(text, query);
			// A window of words around the first match, a third of them before it.
			const all = text.split(/\s+/);
			const at = text.slice(0, found.index).split(/\s+/).length - 1;
			// Near the end, the window slides back so it stays full.
			const start = Math.max(0, Math.min(at - Math.floor(EXCERPT_WORDS / 3), all.length - EXCERPT_WORDS));
			const end = start + EXCERPT_WORDS;
			return highlight(`${start > 0 ? '… ' : ''}${all.slice(start, end).join(' ')}${end < all.length ? ' …' : ''}`, query);
		},
	};
}
