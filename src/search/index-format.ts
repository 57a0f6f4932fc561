/**
 * The fallback index: every searchable entry in a compact form, written at build time
 * as a classic script (`assets/search-index.js`) that assigns one global. A classic
 * script is the one way to ship data that also loads from file://, where fetch() and
 * module scripts are blocked. Only the search page loads it.
 *
 * Actors, places and event types are tables; records point into them by number. A
 * record is an array whose trailing empty fields are dropped:
 *   [kind, id, date, title, text, names, actors, places, type, snippet, reported, group]
 * where reported is 1 when the date is only the source article's (undated words), else dropped or -1,
 * and group names the speech or statement the entry belongs to (see SearchEntry.group).
 * A quote's title ("Speaker: “its first words…”") is stored as the speaker alone, with
 * kind "q"; the decoder rebuilds it from the text. Kind "Q" is a quote with another title.
 */
import { ENTITY_KINDS, KINDS, type EntityKind } from '../model/kinds.ts';
import { excerpt } from '../lib/wording.ts';
import { formatDate, type FuzzyDate } from '../lib/dates.ts';

export const INDEX_GLOBAL = '__archiveSearchIndex';
export const INDEX_VERSION = 4;

export const KIND_CODE = Object.fromEntries(ENTITY_KINDS.map((k) => [k, KINDS[k].code])) as Record<EntityKind, string>;
const CODE_KIND = Object.fromEntries(Object.entries(KIND_CODE).map(([k, c]) => [c, k])) as Record<string, EntityKind>;

export type Cell = string | number | string[] | number[];
export type EncodedRecord = Cell[];

export interface EncodedIndex {
	v: number;
	/** Actor ids and names, as [id, name] pairs. */
	a: [string, string][];
	p: [string, string][];
	/** Positions in `a` of the actors that are people (named by family name too). */
	ap: number[];
	/** Event types as [id, English label] pairs, in schema order: filters name the id, the label is searchable text. */
	t: [string, string][];
	r: EncodedRecord[];
}

/** One decoded record: what the ranker and the result list use. */
export interface IndexRecord {
	kind: EntityKind;
	id: string;
	/** EDTF, or '' for actors and places. */
	date: string;
	/** The date is when the words were reported (the article's date), not when they were said. */
	reported: boolean;
	title: string;
	text: string;
	names: string[];
	actors: number[];
	places: number[];
	/** Index into the type table, or -1. */
	type: number;
	snippet: string;
	/** The speech or statement it belongs to, '' for none: results of one group are shown as one. */
	group: string;
}

export interface DecodedIndex {
	actors: { id: string; name: string; person: boolean }[];
	places: { id: string; name: string }[];
	/** The filter's value is the id; pages show the type's label in their own language. */
	types: { id: string; label: string }[];
	records: IndexRecord[];
}

/** A classic script that assigns `data` to a global. `<` is escaped so no text can close a tag. */
export function globalScript(name: string, data: unknown): string {
	const json = JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
	return `window.${name}=${json};\n`;
}

/** The classic script that carries the index. */
export const indexScript = (index: EncodedIndex) => globalScript(INDEX_GLOBAL, index);

/** A result's date as readers see it: "7 March 2025", or "reported 7 March 2025" when it is only the source article's date. */
export const displayDate = (date: FuzzyDate | undefined, reported: boolean) => (date ? `${reported ? 'reported ' : ''}${formatDate(date)}` : '');

/** The title every quote page has: its speaker and its first words. */
export const quoteTitle = (speaker: string, text: string) => `${speaker}: “${excerpt(text)}”`;

export function decodeIndex(index: EncodedIndex): DecodedIndex {
	if (index.v !== INDEX_VERSION) throw new Error(`search index version ${index.v}, expected ${INDEX_VERSION}`);
	const people = new Set(index.ap);
	return {
		actors: index.a.map(([id, name], i) => ({ id, name, person: people.has(i) })),
		places: index.p.map(([id, name]) => ({ id, name })),
		types: index.t.map(([id, label]) => ({ id, label })),
		records: index.r.map((row) => ({
			kind: row[0] === 'Q' ? 'quote' : CODE_KIND[row[0] as string]!,
			id: row[1] as string,
			date: (row[2] as string | undefined) ?? '',
			reported: row[10] === 1,
			title: row[0] === 'q' ? quoteTitle(row[3] as string, (row[4] as string | undefined) ?? '') : (row[3] as string),
			text: (row[4] as string | undefined) || (row[0] === 'e' && typeof row[8] === 'number' && row[8] >= 0 ? index.t[row[8]]![1] : ''),
			names: (row[5] as string[] | undefined) ?? [],
			actors: (row[6] as number[] | undefined) ?? [],
			places: (row[7] as number[] | undefined) ?? [],
			type: (row[8] as number | undefined) ?? -1,
			snippet: (row[9] as string | undefined) ?? '',
			group: (row[11] as string | undefined) ?? '',
		})),
	};
}
