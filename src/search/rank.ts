/**
 * The fallback index's search: the same code answers on the served site and from
 * file://, so both give the same first result.
 *
 * A query that names actors or places (names.ts: any spelling, either script) is scored
 * by entity, never by the spelling typed, so equivalent spellings give one list: the
 * entity itself, then actors and places named after it, then entries about it (or about
 * a place inside it), then titles and texts holding one of its spellings. Plain words
 * beside the names must each be in the title or text; a record scores its weakest part.
 *
 * A query that names nothing (a name half typed, a word of a quote) is ranked by:
 *  1. an actor or place whose name or alias is the query (after folding), then one whose
 *     name has the query's skeleton;
 *  2. an actor or place whose name contains every word of the query (by skeleton, lower);
 *  3. entries about the entities found in 1–2 by their words (their events and quotes, then the rest);
 *  4. entries whose title, then text, holds every word of the query.
 *
 * Ties go to the newest entry, then by kind and id, so the order is total.
 */
import { foldForSearch, nameSkeleton, searchTokens, skeleton } from './fold.ts';
import type { DecodedIndex, IndexRecord } from './index-format.ts';
import { SEARCH_KINDS } from '../model/kinds.ts';
import type { SearchState } from './query-state.ts';
import { arrangeVocabulary, sameSkeleton, sameWord, startingWith, type Vocabulary } from './vocabulary.ts';
import { parseFuzzyDate, startKey } from '../lib/dates.ts';
import { nameTable, readQuery, resolveName, wordKey, type NameTable, type QueryPart, type ReadQuery } from './names.ts';

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
	vocabulary: Vocabulary;
	/** For each word of the vocabulary, the records whose title or text has it. */
	postings: Int32Array[];
	/**
	 * Each record's place in the order that settles ties (newest first, undated last, then
	 * kind, then id), and its day's place among the dates (-1 when undated): numbers
	 * compare faster than the strings they stand for, and a broad word sorts thousands.
	 */
	tieOrder: Int32Array;
	dayOrder: Int32Array;
	/** Records by actor and by place they are about (the filters, and "related" in ranking). */
	byActor: number[][];
	byPlace: number[][];
	/** Positions of the actor and place records. */
	entities: number[];
	/** For each entity of the name table, the position of its own record (-1 if none). */
	entityRecord: Int32Array;
	/** Actors, then places: entity n of the table is actor n, or place n − actors.length. */
	names: NameTable;
	/** Each vocabulary word's key (names.ts). */
	wordKeys: string[];
	/** Vocabulary word ids by key. */
	byKey: Map<string, number[]>;
	/** Each event type's English label, folded: what a link from before type ids named (typeAt). */
	typeKeys: string[];
}

export interface SearchHit {
	record: IndexRecord;
	score: number;
	sortKey: string;
	/** The record's position in the index. */
	at: number;
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
		vocabulary: arrangeVocabulary(vocabulary),
		postings: postings.map((p) => Int32Array.from(p)),
		...sortOrders(prepared),
		byActor,
		byPlace,
		entities,
		entityRecord: recordsOfEntities(data),
		names: entityNames(data),
		...keysOf(vocabulary),
		typeKeys: data.types.map((t) => foldForSearch(t.label)),
	};
}

/** The name table of the index's actors and places, from their own records' spellings. */
function entityNames(data: DecodedIndex): NameTable {
	const actorNames: string[][] = data.actors.map((a) => [a.name]);
	const placeNames: string[][] = data.places.map((p) => [p.name]);
	const within: number[] = data.places.map(() => -1);
	for (const r of data.records) {
		if (r.kind === 'actor' && r.actors[0] !== undefined) actorNames[r.actors[0]] = [r.title, ...r.names];
		if (r.kind === 'place' && r.places[0] !== undefined) {
			placeNames[r.places[0]] = [r.title, ...r.names];
			if (r.places[1] !== undefined) within[r.places[0]] = data.actors.length + r.places[1];
		}
	}
	return nameTable([
		...data.actors.map((a, i) => ({ names: actorNames[i]!, person: a.person })),
		...data.places.map((_, i) => ({ names: placeNames[i]!, within: within[i]! })),
	]);
}

function recordsOfEntities(data: DecodedIndex): Int32Array {
	const at = new Int32Array(data.actors.length + data.places.length).fill(-1);
	data.records.forEach((r, i) => {
		if (r.kind === 'actor' && r.actors[0] !== undefined) at[r.actors[0]] = i;
		if (r.kind === 'place' && r.places[0] !== undefined) at[data.actors.length + r.places[0]] = i;
	});
	return at;
}

function keysOf(vocabulary: readonly string[]): { wordKeys: string[]; byKey: Map<string, number[]> } {
	const wordKeys = vocabulary.map(wordKey);
	const byKey = new Map<string, number[]>();
	wordKeys.forEach((k, id) => {
		const ids = byKey.get(k);
		if (ids) ids.push(id);
		else byKey.set(k, [id]);
	});
	return { wordKeys, byKey };
}

/** The tie order and day order of every record (see SearchIndex). */
function sortOrders(prepared: Prepared[]): { tieOrder: Int32Array; dayOrder: Int32Array } {
	const days = [...new Set(prepared.map((p) => p.sortKey).filter(Boolean))].sort();
	const dayRank = new Map(days.map((d, i) => [d, i]));
	const dayOrder = Int32Array.from(prepared, (p) => dayRank.get(p.sortKey) ?? -1);
	const kind = Int32Array.from(prepared, (p) => KIND_ORDER[p.record.kind]!);
	const cmp = (a: number, b: number) => {
		const da = dayOrder[a]!;
		const db = dayOrder[b]!;
		if (da !== db) return da < 0 ? 1 : db < 0 ? -1 : db - da;
		const ia = prepared[a]!.record.id;
		const ib = prepared[b]!.record.id;
		return kind[a]! - kind[b]! || (ia < ib ? -1 : ia > ib ? 1 : 0);
	};
	const tieOrder = new Int32Array(prepared.length);
	Int32Array.from(prepared.keys())
		.sort(cmp)
		.forEach((i, rank) => (tieOrder[i] = rank));
	return { tieOrder, dayOrder };
}

/** What one query word meets: a level per vocabulary word (0 = nothing, 1 = same skeleton, 2 = same word), and the ids of the words it meets. */
interface WordMatch {
	level: Uint8Array;
	ids: number[];
}

/** The words a query word meets: itself, with or without the Arabic article, or any word it starts if it is the last (2); or by skeleton (1). */
function wordMatches(index: SearchIndex, word: string, isLast: boolean): WordMatch {
	const vocabulary = index.vocabulary;
	const level = new Uint8Array(vocabulary.words.length);
	const ids: number[] = [];
	const meet = (id: number, l: number) => {
		if (level[id] === 0) ids.push(id);
		if (level[id]! < l) level[id] = l;
	};
	const skel = skeleton(word);
	if (skel.length >= 2 && skel !== word) for (const id of sameSkeleton(vocabulary, skel)) meet(id, 1);
	for (const id of sameWord(vocabulary, word)) meet(id, 2);
	if (isLast && word.length >= 3) for (const id of startingWith(vocabulary, word)) meet(id, 2);
	return { level, ids };
}

/** The best match of one query word in a token list. */
function bestIn(tokens: ArrayLike<number>, level: Uint8Array, best = 0): number {
	for (let i = 0; i < tokens.length && best < 2; i++) best = Math.max(best, level[tokens[i]!]!);
	return best;
}

/** The weakest match of all query words in a token list: 0 when one word is missing. */
function allWords(tokens: ArrayLike<number>, words: WordMatch[]): number {
	let weakest = 2;
	for (const w of words) {
		const best = bestIn(tokens, w.level);
		if (best === 0) return 0;
		weakest = Math.min(weakest, best);
	}
	return weakest;
}

/** True when the query words follow each other in the tokens. */
function isPhrase(tokens: ArrayLike<number>, words: WordMatch[]): boolean {
	if (words.length < 2) return false;
	outer: for (let i = 0; i + words.length <= tokens.length; i++) {
		for (let j = 0; j < words.length; j++) if (words[j]!.level[tokens[i + j]!] === 0) continue outer;
		return true;
	}
	return false;
}

function nameScore(p: Prepared, compact: string, skel: string, words: WordMatch[]): number {
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

function textScore(p: Prepared, words: WordMatch[]): number {
	const inTitle = allWords(p.title, words);
	if (inTitle > 0) return (inTitle === 2 ? 30 : 20) + (isPhrase(p.title, words) ? 5 : 0);
	// Some words in the title, the rest in the text.
	let weakest = 2;
	for (const w of words) {
		const best = bestIn(p.text, w.level, bestIn(p.title, w.level));
		if (best === 0) return 0;
		weakest = Math.min(weakest, best);
	}
	return (weakest === 2 ? 20 : 10) + (isPhrase(p.text, words) ? 5 : 0);
}

/**
 * For each record, how many of the query words, taken in order, its title or text holds:
 * those holding all are the records that can match by text (an intersection of postings).
 */
function wordsHeld(index: SearchIndex, words: WordMatch[]): Int32Array {
	const held = new Int32Array(index.prepared.length);
	words.forEach((w, j) => {
		for (const id of w.ids) for (const r of index.postings[id]!) if (held[r] === j) held[r] = j + 1;
	});
	return held;
}

/** The entity a facet names (any spelling), as an actor or place number; -1 when it names none. */
export function facetEntity(index: SearchIndex, key: 'actor' | 'place', typed: string): number {
	const found = resolveName(index.names, typed);
	const actors = index.data.actors.length;
	if (found === undefined) return -1;
	if (key === 'actor') return found < actors ? found : -1;
	return found >= actors ? found - actors : -1;
}

/** The event type a filter names, as a position in the type table: by its id, or (in a link from before ids) its English label; -1 for none. */
export function typeAt(index: SearchIndex, value: string): number {
	const byId = index.data.types.findIndex((t) => t.id === value);
	return byId >= 0 ? byId : index.typeKeys.indexOf(foldForSearch(value));
}

/** A test for the state's filters: actor and place by any of their spellings, a place also covering the places in it. */
function filterTest(index: SearchIndex, state: SearchState): (p: Prepared) => boolean {
	const f = state.filters;
	const actor = f.actor ? facetEntity(index, 'actor', f.actor) : undefined;
	const place = f.place ? facetEntity(index, 'place', f.place) : undefined;
	const type = f.type ? typeAt(index, f.type) : undefined;
	const year = f.year ? Number(f.year) : undefined;
	return (p) =>
		(!f.kind || p.record.kind === f.kind) &&
		(actor === undefined || p.record.actors.includes(actor)) &&
		(place === undefined || p.record.places.includes(place)) &&
		(type === undefined || p.record.type === type) &&
		(year === undefined || p.year === year);
}

/** Best score first, then the tie order. */
const byRelevance = (index: SearchIndex) => (a: SearchHit, b: SearchHit) => b.score - a.score || index.tieOrder[a.at]! - index.tieOrder[b.at]!;

/** By day (undated last), then by relevance. */
const byDate = (index: SearchIndex, direction: 1 | -1) => {
	const relevance = byRelevance(index);
	return (a: SearchHit, b: SearchHit) => {
		const da = index.dayOrder[a.at]!;
		const db = index.dayOrder[b.at]!;
		if (da !== db) {
			if (da < 0) return 1;
			if (db < 0) return -1;
			return (da - db) * direction;
		}
		return relevance(a, b);
	};
};

/** The entities of the name table that record `at` is about (its places include the places they lie in). */
export function aboutOf(index: SearchIndex, at: number): number[] {
	const r = index.prepared[at]!.record;
	const actors = index.data.actors.length;
	return [...r.actors, ...r.places.map((p) => actors + p)];
}

/** Records about an entity of the name table (a place's records include those in places inside it). */
const aboutEntity = (index: SearchIndex, e: number) => (e < index.data.actors.length ? index.byActor[e] : index.byPlace[e - index.data.actors.length]) ?? [];

/** True when the token ids' keys hold the key sequence (articles between its words skipped). */
function holdsKeys(index: SearchIndex, tokens: ArrayLike<number>, seq: readonly string[]): boolean {
	const keys = index.wordKeys;
	outer: for (let i = 0; i < tokens.length; i++) {
		if (keys[tokens[i]!] !== seq[0]) continue;
		let at = i + 1;
		for (let j = 1; j < seq.length; j++) {
			while (at < tokens.length && keys[tokens[at]!] === '') at++;
			if (at >= tokens.length || keys[tokens[at]!] !== seq[j]) continue outer;
			at++;
		}
		return true;
	}
	return false;
}

/**
 * How each record meets a part that names entities, whichever spelling was typed: 100 it
 * is the entity (when the query is that one name), 50 it is an actor or place named after
 * it, 40 (36 but for events, quotes and statements) it is about it, 30 its title holds one
 * of its spellings, 25 it is about an actor or place named after it, 20 its text holds a spelling.
 */
function namePartScores(index: SearchIndex, part: QueryPart, alone: boolean, scores: Float64Array): void {
	const meet = (r: number, s: number) => {
		if (scores[r]! < s) scores[r] = s;
	};
	const namedAfter: number[] = [];
	for (const e of part.entities) {
		for (const form of index.names.entities[e]!.forms) {
			for (const id of index.byKey.get(form[0]!) ?? []) {
				for (const r of index.postings[id]!) {
					const p = index.prepared[r]!;
					// An actor or place named after it (Latakia Governorate) comes before entries about it.
					const entity = p.record.kind === 'actor' || p.record.kind === 'place';
					if (holdsKeys(index, p.title, form)) {
						if (entity && scores[r]! < 50) namedAfter.push(r);
						meet(r, entity ? 50 : 30);
					}
					else if (holdsKeys(index, p.text, form)) meet(r, 20);
				}
			}
		}
		for (const r of aboutEntity(index, e)) {
			const kind = index.prepared[r]!.record.kind;
			meet(r, kind === 'event' || kind === 'quote' || kind === 'statement' ? 40 : 36);
		}
		const own = index.entityRecord[e]!;
		if (own >= 0) meet(own, alone ? 100 : 36);
	}
	// Then what is about those (events elsewhere in Latakia Governorate, for "Latakia").
	for (const r of namedAfter) {
		const rec = index.prepared[r]!.record;
		const e = rec.kind === 'actor' ? rec.actors[0]! : index.data.actors.length + rec.places[0]!;
		for (const x of aboutEntity(index, e)) meet(x, 25);
	}
}

/** How each record meets a plain word: 30 (20 by skeleton) in its title, 20 (10) in its text. */
function plainPartScores(index: SearchIndex, word: WordMatch, scores: Float64Array): void {
	for (const id of word.ids) {
		for (const r of index.postings[id]!) {
			if (scores[r]! > 0) continue;
			const p = index.prepared[r]!;
			const title = bestIn(p.title, word.level);
			scores[r] = title > 0 ? (title === 2 ? 30 : 20) : bestIn(p.text, word.level) === 2 ? 20 : 10;
		}
	}
}

/**
 * A query that names entities: a record matches when it meets every part, and scores its
 * weakest. Names score by entity, never by the spelling typed, so equivalent spellings
 * give the same results in the same order.
 */
function searchByNames(index: SearchIndex, read: ReadQuery, passes: (p: Prepared) => boolean): SearchHit[] {
	const n = index.prepared.length;
	let total: Float64Array | undefined;
	const last = read.parts.length - 1;
	read.parts.forEach((part, i) => {
		const scores = new Float64Array(n);
		if (part.entities.length) namePartScores(index, part, read.parts.length === 1, scores);
		else plainPartScores(index, wordMatches(index, part.folded[0]!, i === last), scores);
		if (!total) total = scores;
		else for (let r = 0; r < n; r++) total[r] = Math.min(total[r]!, scores[r]!);
	});
	const hits: SearchHit[] = [];
	total!.forEach((score, at) => {
		const p = index.prepared[at]!;
		if (score > 0 && passes(p)) hits.push({ record: p.record, score, sortKey: p.sortKey, at });
	});
	return hits;
}

/** Every match for the state, best first (or by date, if the state asks). */
export function search(index: SearchIndex, state: SearchState): SearchHit[] {
	const passes = filterTest(index, state);
	const tokens = searchTokens(state.q);
	const hit = (at: number, score: number): SearchHit => ({ record: index.prepared[at]!.record, score, sortKey: index.prepared[at]!.sortKey, at });
	let hits: SearchHit[] = [];
	let read: ReadQuery;
	if (tokens.length === 0) {
		if (!Object.values(state.filters).some(Boolean)) return [];
		index.prepared.forEach((p, i) => passes(p) && hits.push(hit(i, 0)));
	} else if ((read = readQuery(index.names, state.q)).names.length > 0) {
		hits = searchByNames(index, read, passes);
	} else {
		const words = tokens.map((t, i) => wordMatches(index, t, i === tokens.length - 1));
		const compact = tokens.join('');
		const skel = nameSkeleton(tokens);
		// Entities the query names, whatever the filters: their entries rank next. Per record,
		// as arrays: a broad word reaches thousands of records.
		const own = new Float64Array(index.prepared.length);
		const related = new Float64Array(index.prepared.length);
		for (const i of index.entities) {
			const p = index.prepared[i]!;
			const s = nameScore(p, compact, skel, words);
			if (s === 0) continue;
			own[i] = s;
			if (s < 60) continue;
			const about = p.record.kind === 'actor' ? index.byActor[p.record.actors[0]!] : index.byPlace[p.record.places[0]!];
			for (const r of about ?? []) related[r] = Math.max(s, related[r]!);
		}
		const held = wordsHeld(index, words);
		for (let i = 0; i < index.prepared.length; i++) {
			if (own[i] === 0 && related[i] === 0 && held[i] !== words.length) continue;
			const p = index.prepared[i]!;
			if (!passes(p)) continue;
			const text = textScore(p, words);
			const rel = related[i]!;
			const close = p.record.kind === 'event' || p.record.kind === 'quote' || p.record.kind === 'statement';
			const relatedScore = rel > 0 ? (close ? 40 : 36) + rel / 100 + (text > 0 ? 2 : 0) : 0;
			const score = Math.max(own[i]!, relatedScore, text);
			if (score > 0) hits.push(hit(i, score));
		}
	}
	return hits.sort(state.sort === 'newest' ? byDate(index, -1) : state.sort === 'oldest' ? byDate(index, 1) : tokens.length === 0 ? byDate(index, -1) : byRelevance(index));
}

/**
 * Records found another way (the bodies' full text, from disk), filtered as the state
 * asks and in its date order; newest first when it asks for relevance, which a word
 * somewhere in a body does not measure.
 */
export function filterAndOrder(index: SearchIndex, state: SearchState, positions: Iterable<number>): SearchHit[] {
	const passes = filterTest(index, state);
	const hits: SearchHit[] = [];
	for (const at of positions) {
		const p = index.prepared[at];
		if (p && passes(p)) hits.push({ record: p.record, score: 0, sortKey: p.sortKey, at });
	}
	return hits.sort(byDate(index, state.sort === 'oldest' ? 1 : -1));
}
