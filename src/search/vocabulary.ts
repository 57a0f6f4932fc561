/**
 * The search index's vocabulary (its distinct folded words), arranged once when the index
 * is prepared so that a query word finds the words it matches without reading them all:
 * by the word without the Arabic article, by prefix (a sorted order) and by skeleton
 * (grouped the first time a query needs it, as most queries do not).
 */
import { skeleton, withoutArabicArticle } from './fold.ts';

export interface Vocabulary {
	readonly words: readonly string[];
	/** Word ids by the word without the Arabic article. */
	readonly byBare: Map<string, number[]>;
	/** Word ids in the words' code-unit order, so the words with one prefix are a run. */
	readonly sorted: Int32Array;
	/** Word ids by skeleton. */
	bySkeleton: Map<string, number[]> | undefined;
}

function group(words: readonly string[], key: (w: string) => string): Map<string, number[]> {
	const out = new Map<string, number[]>();
	words.forEach((w, id) => {
		const k = key(w);
		const ids = out.get(k);
		if (ids) ids.push(id);
		else out.set(k, [id]);
	});
	return out;
}

export function arrangeVocabulary(words: readonly string[]): Vocabulary {
	const sorted = Int32Array.from(words.keys()).sort((a, b) => (words[a]! < words[b]! ? -1 : words[a]! > words[b]! ? 1 : 0));
	return { words, byBare: group(words, withoutArabicArticle), sorted, bySkeleton: undefined };
}

/** Ids of the words that are `word`, once the Arabic article is dropped from both ("الشرع" meets "شرع"). */
export const sameWord = (v: Vocabulary, word: string): readonly number[] => v.byBare.get(withoutArabicArticle(word)) ?? [];

/** Ids of the words that start with `prefix` (the word itself included). */
export function startingWith(v: Vocabulary, prefix: string): number[] {
	// The first word not below the prefix: the run of words that start with it begins there.
	let lo = 0;
	let hi = v.sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (v.words[v.sorted[mid]!]! < prefix) lo = mid + 1;
		else hi = mid;
	}
	const out: number[] = [];
	for (let i = lo; i < v.sorted.length && v.words[v.sorted[i]!]!.startsWith(prefix); i++) out.push(v.sorted[i]!);
	return out;
}

/** Ids of the words whose skeleton is `skel`. */
export const sameSkeleton = (v: Vocabulary, skel: string): readonly number[] => (v.bySkeleton ??= group(v.words, skeleton)).get(skel) ?? [];
