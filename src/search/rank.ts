/**
 * The fallback index's search: the same code answers on the served site and from
 * file://, so both give the same first result. Ranking, strongest first:
 *
 *  1. an actor or place whose name or alias is the query (after folding; "alsharaa" =
 *     "al-Sharaa"), then one whose name has the query's skeleton ("Ahmed Sharaa");
 *  2. an actor or place whose name contains every word of the query (by skeleton, lower);
 *  3. entries about the entities found in 1–2 by their words (their events and quotes, then the rest);
 *  4. entries whose title, then text, holds every word of the query.
 *
 * Ties go to the newest entry, then by kind and id, so the order is total.
 */
import { foldForSearch, nameSkeleton, searchTokens, skeleton, withoutArabicArticle } from './fold.ts';
import type { DecodedIndex, IndexRecord } from './index-format.ts';
import { SEARCH_KINDS, type SearchState } from './query-state.ts';
import { parseFuzzyDate, startKey } from '../lib/dates.ts';

interface NameForm {
	tokens: number[];
	compact: string;
	skeleton: string;
}

interface Prepared {
	record: IndexRecord;
	title: number[];
	text: number[];
	forms: NameForm[];
	year: number;
	/** Start day as YYYY-MM-DD, '' when undated. */
	sortKey: string;
}

export interface SearchIndex {
	data: DecodedIndex;
	prepared: Prepared[];
	vocabulary: string[];
	/** Skeletons of the vocabulary, computed the first time a query needs them. */
	skeletons: string[] | undefined;
	/** For each word of the vocabulary, the records whose title or text has it. */
	postings: Int32Array[];
	/** Records by actor and by place they are about (the filters, and "related" in ranking). */
	byActor: number[][];
	byPlace: number[][];
	/** Positions of the actor and place records. */
	entities: number[];
	actorKeys: string[];
	placeKeys: string[];
	typeKeys: string[];
}

export interface SearchHit {
	record: IndexRecord;
	score: number;
	sortKey: string;
}

const KIND_ORDER = Object.fromEntries(SEARCH_KINDS.map((k, i) => [k, i])) as Record<string, number>;

/**
 * Tokenises every record once and builds postings, so a query touches only the records
 * that hold its words. Words are folded once per distinct spelling, not once per use.
 */
export function prepareIndex(data: DecodedIndex): SearchIndex {
	const vocabulary: string[] = [];
	const ids = new Map<string, number>();
	const chunks = new Map<string, number[]>();
	const postings: number[][] = [];
	/** The last record each word was posted for, so a word is posted once per record. */
	const lastPosted: number[] = [];
	const tokenIds = (text: string): number[] => {
		const out: number[] = [];
		// Split at spaces only: searchTokens folds any other white space inside a chunk.
		for (const chunk of text.split(' ')) {
			if (chunk === '') continue;
			let known = chunks.get(chunk);
			if (!known) {
				known = searchTokens(chunk).map((t) => {
					let id = ids.get(t);
					if (id === undefined) {
						id = vocabulary.length;
						vocabulary.push(t);
						ids.set(t, id);
						postings.push([]);
						lastPosted.push(-1);
					}
					return id;
				});
				chunks.set(chunk, known);
			}
			for (const id of known) out.push(id);
		}
		return out;
	};
	const byActor: number[][] = data.actors.map(() => []);
	const byPlace: number[][] = data.places.map(() => []);
	const entities: number[] = [];
	const prepared = data.records.map((record, i): Prepared => {
		const isEntity = record.kind === 'actor' || record.kind === 'place';
		if (isEntity) entities.push(i);
		const forms = isEntity
			? [record.title, ...record.names].map((n) => {
					const tokens = searchTokens(n);
					return { tokens: tokenIds(n), compact: tokens.join(''), skeleton: nameSkeleton(tokens) };
				})
			: [];
		const title = tokenIds(record.title);
		const text = tokenIds(record.text);
		for (const list of [title, text]) {
			for (const id of list) {
				if (lastPosted[id] === i) continue;
				lastPosted[id] = i;
				postings[id]!.push(i);
			}
		}
		for (const a of record.actors) byActor[a]?.push(i);
		for (const p of record.places) byPlace[p]?.push(i);
		const parsed = record.date ? parseFuzzyDate(record.date) : undefined;
		const date = parsed?.ok ? parsed.date : undefined;
		return { record, title, text, forms, year: date?.start.year ?? 0, sortKey: date ? startKey(date) : '' };
	});
	return {
		data,
		prepared,
		vocabulary,
		skeletons: undefined,
		postings: postings.map((p) => Int32Array.from(p)),
		byActor,
		byPlace,
		entities,
		actorKeys: data.actors.map((a) => foldForSearch(a.name)),
		placeKeys: data.places.map((p) => foldForSearch(p.name)),
		typeKeys: data.types.map((t) => foldForSearch(t)),
	};
}

/** How well one query word meets each vocabulary word: 2 = same word (or its start, for the last word), 1 = same skeleton. */
function wordMatches(index: SearchIndex, word: string, isLast: boolean): Map<number, number> {
	const out = new Map<number, number>();
	const bare = withoutArabicArticle(word);
	const prefix = isLast && word.length >= 3;
	const skel = skeleton(word);
	const useSkeleton = skel.length >= 2 && skel !== word;
	if (useSkeleton) index.skeletons ??= index.vocabulary.map(skeleton);
	index.vocabulary.forEach((v, id) => {
		if (v === word || withoutArabicArticle(v) === bare || (prefix && v.startsWith(word))) out.set(id, 2);
		else if (useSkeleton && index.skeletons![id] === skel) out.set(id, 1);
	});
	return out;
}

/** The weakest match of all query words in a token list: 0 when one word is missing. */
function allWords(tokens: ArrayLike<number>, words: Map<number, number>[]): number {
	let weakest = 2;
	for (const w of words) {
		let best = 0;
		for (let i = 0; i < tokens.length && best < 2; i++) best = Math.max(best, w.get(tokens[i]!) ?? 0);
		if (best === 0) return 0;
		weakest = Math.min(weakest, best);
	}
	return weakest;
}

/** True when the query words follow each other in the tokens. */
function isPhrase(tokens: ArrayLike<number>, words: Map<number, number>[]): boolean {
	if (words.length < 2) return false;
	outer: for (let i = 0; i + words.length <= tokens.length; i++) {
		for (let j = 0; j < words.length; j++) if (!words[j]!.has(tokens[i + j]!)) continue outer;
		return true;
	}
	return false;
}

function nameScore(p: Prepared, compact: string, skel: string, words: Map<number, number>[]): number {
	let best = 0;
	for (const f of p.forms) {
		if (f.compact === compact) return 100;
		if (skel.length >= 4 && f.skeleton === skel) best = Math.max(best, 90);
		const level = allWords(f.tokens, words);
		// A partial match by skeleton alone stays below 60: too loose to rank the entity's entries.
		if (level > 0) best = Math.max(best, level === 2 ? 60 + 20 * Math.min(1, words.length / f.tokens.length) : 45 + 10 * Math.min(1, words.length / f.tokens.length));
	}
	return best;
}

function textScore(p: Prepared, words: Map<number, number>[]): number {
	const inTitle = allWords(p.title, words);
	if (inTitle > 0) return (inTitle === 2 ? 30 : 20) + (isPhrase(p.title, words) ? 5 : 0);
	// Some words in the title, the rest in the text.
	let weakest = 2;
	for (const w of words) {
		let best = 0;
		for (const t of [p.title, p.text]) for (let i = 0; i < t.length && best < 2; i++) best = Math.max(best, w.get(t[i]!) ?? 0);
		if (best === 0) return 0;
		weakest = Math.min(weakest, best);
	}
	return (weakest === 2 ? 20 : 10) + (isPhrase(p.text, words) ? 5 : 0);
}

/** Records holding every query word in their title or text: an intersection of postings. */
function textCandidates(index: SearchIndex, words: Map<number, number>[]): number[] {
	const sets = words.map((w) => {
		const records = new Set<number>();
		for (const id of w.keys()) for (const r of index.postings[id]!) records.add(r);
		return records;
	});
	sets.sort((a, b) => a.size - b.size);
	return [...sets[0]!].filter((r) => sets.every((s) => s.has(r)));
}

/** A test for the state's filters (names compared folded). */
function filterTest(index: SearchIndex, state: SearchState): (p: Prepared) => boolean {
	const f = state.filters;
	const byName = (keys: string[], name: string | undefined) => {
		if (!name) return undefined;
		const key = foldForSearch(name);
		return new Set(keys.flatMap((k, i) => (k === key ? [i] : [])));
	};
	const actors = byName(index.actorKeys, f.actor);
	const places = byName(index.placeKeys, f.place);
	const type = f.type ? index.typeKeys.indexOf(foldForSearch(f.type)) : undefined;
	const year = f.year ? Number(f.year) : undefined;
	return (p) =>
		(!f.kind || p.record.kind === f.kind) &&
		(!actors || p.record.actors.some((a) => actors.has(a))) &&
		(!places || p.record.places.some((x) => places.has(x))) &&
		(type === undefined || p.record.type === type) &&
		(year === undefined || p.year === year);
}

const byRelevance = (a: SearchHit, b: SearchHit) =>
	b.score - a.score ||
	(a.sortKey === b.sortKey ? 0 : a.sortKey === '' ? 1 : b.sortKey === '' ? -1 : a.sortKey < b.sortKey ? 1 : -1) ||
	KIND_ORDER[a.record.kind]! - KIND_ORDER[b.record.kind]! ||
	(a.record.id < b.record.id ? -1 : a.record.id > b.record.id ? 1 : 0);

const byDate = (direction: 1 | -1) => (a: SearchHit, b: SearchHit) => {
	if (a.sortKey !== b.sortKey) {
		if (a.sortKey === '') return 1;
		if (b.sortKey === '') return -1;
		return (a.sortKey < b.sortKey ? -1 : 1) * direction;
	}
	return byRelevance(a, b);
};

/** Every match for the state, best first (or by date, if the state asks). */
export function search(index: SearchIndex, state: SearchState): SearchHit[] {
	const passes = filterTest(index, state);
	const tokens = searchTokens(state.q);
	let hits: SearchHit[];
	if (tokens.length === 0) {
		if (!Object.values(state.filters).some(Boolean)) return [];
		hits = index.prepared.filter(passes).map((p) => ({ record: p.record, score: 0, sortKey: p.sortKey }));
	} else {
		const words = tokens.map((t, i) => wordMatches(index, t, i === tokens.length - 1));
		const compact = tokens.join('');
		const skel = nameSkeleton(tokens);
		// Entities the query names, whatever the filters: their entries rank next.
		const own = new Map<number, number>();
		const related = new Map<number, number>();
		for (const i of index.entities) {
			const p = index.prepared[i]!;
			const s = nameScore(p, compact, skel, words);
			if (s === 0) continue;
			own.set(i, s);
			if (s < 60) continue;
			const about = p.record.kind === 'actor' ? index.byActor[p.record.actors[0]!] : index.byPlace[p.record.places[0]!];
			for (const r of about ?? []) related.set(r, Math.max(s, related.get(r) ?? 0));
		}
		const candidates = new Set([...own.keys(), ...related.keys(), ...textCandidates(index, words)]);
		hits = [];
		for (const i of candidates) {
			const p = index.prepared[i]!;
			if (!passes(p)) continue;
			const text = textScore(p, words);
			const rel = related.get(i) ?? 0;
			const close = p.record.kind === 'event' || p.record.kind === 'quote' || p.record.kind === 'statement';
			const relatedScore = rel > 0 ? (close ? 40 : 36) + rel / 100 + (text > 0 ? 2 : 0) : 0;
			const score = Math.max(own.get(i) ?? 0, relatedScore, text);
			if (score > 0) hits.push({ record: p.record, score, sortKey: p.sortKey });
		}
	}
	return hits.sort(state.sort === 'newest' ? byDate(-1) : state.sort === 'oldest' ? byDate(1) : tokens.length === 0 ? byDate(-1) : byRelevance);
}
