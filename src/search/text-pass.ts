/**
 * The full-text pass from disk: which bodies (full-text.ts) match a query, by the same
 * rules as everything else (names.ts): every plain word at the start of a word, every
 * name in one of its spellings or as what the entry is about. The words are read the
 * first time a query needs them, with a look-up by word so a query reads only the bodies
 * that can match.
 */
import { markTest, plainWords, readQuery, wordsFilter, type NameTable, type Words } from './names.ts';
import { FULL_TEXT_VERSION, type FullText } from './full-text.ts';
import { highlight, type Segment } from './prose.ts';

export interface TextPass {
	/** Positions (in the fallback index) of the records whose body matches, in text order. */
	find(query: string): number[];
	/** A line of the record's body around its first marked word. */
	excerpt(record: number, query: string): Segment[];
}

interface Prepared {
	words: Words[];
	/** Body numbers (in data.r order) by word key, and by folded word. */
	byKey: Map<string, number[]>;
	byFolded: Map<string, number[]>;
	/** The folded words in code-unit order, for the words a prefix starts. */
	sortedFolded: string[];
}

const EXCERPT_WORDS = 32;

function prepare(data: FullText): Prepared {
	const chunks = new Map<string, Words>();
	const byKey = new Map<string, number[]>();
	const byFolded = new Map<string, number[]>();
	const post = (map: Map<string, number[]>, k: string, n: number) => {
		const list = map.get(k);
		if (!list) map.set(k, [n]);
		else if (list[list.length - 1] !== n) list.push(n);
	};
	const words = data.r.map(([, text], n) => {
		const folded: string[] = [];
		const keys: string[] = [];
		for (const chunk of text.split(/\s+/)) {
			if (chunk === '') continue;
			let w = chunks.get(chunk);
			if (!w) chunks.set(chunk, (w = plainWords(chunk)));
			for (let i = 0; i < w.folded.length; i++) {
				folded.push(w.folded[i]!);
				keys.push(w.keys[i]!);
				post(byKey, w.keys[i]!, n);
				post(byFolded, w.folded[i]!, n);
			}
		}
		return { folded, keys };
	});
	return { words, byKey, byFolded, sortedFolded: [...byFolded.keys()].sort() };
}

/** Bodies holding a word that starts with the prefix. */
function startingWith(p: Prepared, prefix: string, into: Set<number>) {
	let lo = 0;
	let hi = p.sortedFolded.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (p.sortedFolded[mid]! < prefix) lo = mid + 1;
		else hi = mid;
	}
	for (let i = lo; i < p.sortedFolded.length && p.sortedFolded[i]!.startsWith(prefix); i++) for (const n of p.byFolded.get(p.sortedFolded[i]!)!) into.add(n);
}

/** `about(at)`: the entity positions (in the name table) that record `at` of the index is about. */
export function prepareTextPass(data: FullText, table: NameTable, about: (at: number) => readonly number[]): TextPass {
	if (data.v !== FULL_TEXT_VERSION) throw new Error(`search text version ${data.v}, expected ${FULL_TEXT_VERSION}`);
	let prepared: Prepared | undefined;
	const texts = new Map(data.r);
	return {
		find(query) {
			const read = readQuery(table, query);
			if (read.parts.length === 0) return [];
			const p = (prepared ??= prepare(data));
			// Candidates: bodies holding each plain word, or for a query of names only, a first word of one of their spellings.
			let candidates: Set<number> | undefined;
			for (const part of read.parts) {
				if (part.entities.length) continue;
				const here = new Set<number>();
				startingWith(p, part.folded[0]!, here);
				if (part.keys[0]) for (const n of p.byKey.get(part.keys[0]) ?? []) here.add(n);
				candidates = candidates ? new Set([...candidates].filter((n) => here.has(n))) : here;
			}
			if (!candidates) {
				candidates = new Set();
				for (const e of read.parts[0]!.entities) for (const form of table.entities[e]!.forms) for (const n of p.byKey.get(form[0]!) ?? []) candidates.add(n);
			}
			const test = wordsFilter(table, query);
			return [...candidates].sort((a, b) => a - b).flatMap((n) => (test(p.words[n]!, about(data.r[n]![0])) ? [data.r[n]![0]] : []));
		},
		excerpt(record, query) {
			const text = texts.get(record) ?? '';
			const mark = markTest(table, query);
			const all = text.split(/\s+/);
			const at = mark(all).indexOf(true);
			if (at < 0) return highlight(text, mark);
			// A window of words around the first match, a third of them before it; near the end it slides back to stay full.
			const start = Math.max(0, Math.min(at - Math.floor(EXCERPT_WORDS / 3), all.length - EXCERPT_WORDS));
			const end = start + EXCERPT_WORDS;
			return highlight(`${start > 0 ? '… ' : ''}${all.slice(start, end).join(' ')}${end < all.length ? ' …' : ''}`, mark);
		},
	};
}
