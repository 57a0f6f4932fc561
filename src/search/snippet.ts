/**
 * The line under a result's title, with the query's words marked. Pure, so the page
 * renders it into DOM nodes (never HTML strings) and tests can read it.
 */
import { searchTokens } from './fold.ts';
import type { DecodedIndex, IndexRecord } from './index-format.ts';

export interface Segment {
	text: string;
	mark: boolean;
}

const MAX = 220;

/** The record's own snippet; an event's is composed from its type and places, an article's from its publisher, authors and topics. */
export function snippetText(record: IndexRecord, index: DecodedIndex): string {
	if (record.snippet) return record.snippet;
	if (record.kind === 'article') {
		const publisher = record.actors.length > 0 ? index.actors[record.actors[0]!]?.name : undefined;
		return [publisher, record.text].filter(Boolean).join(' · ');
	}
	if (record.kind === 'event') {
		const type = record.type >= 0 ? index.types[record.type] : undefined;
		const places = record.places.slice(0, 3).map((p) => index.places[p]?.name);
		return [type, places.filter(Boolean).join(', ')].filter(Boolean).join(' · ');
	}
	return record.text;
}

/** Splits text into marked and unmarked runs: a word is marked when it folds to a query word (or starts with the last one). */
export function highlight(text: string, query: string): Segment[] {
	const clipped = text.length > MAX ? `${text.slice(0, text.lastIndexOf(' ', MAX) > 0 ? text.lastIndexOf(' ', MAX) : MAX)}…` : text;
	const words = searchTokens(query);
	if (words.length === 0) return [{ text: clipped, mark: false }];
	const last = words[words.length - 1]!;
	const out: Segment[] = [];
	for (const part of clipped.split(/([\p{L}\p{M}\p{N}'’ʼʿʾ-]+)/u)) {
		if (part === '') continue;
		const folded = searchTokens(part);
		const mark = folded.length > 0 && folded.every((t) => words.includes(t) || (last.length >= 3 && t.startsWith(last)));
		const prev = out[out.length - 1];
		if (prev && prev.mark === mark) prev.text += part;
		else out.push({ text: part, mark });
	}
	return out;
}
