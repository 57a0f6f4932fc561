/**
 * The line under a result's title: the entry's own prose (a description, a quote's words,
 * a line of its body), never its list of spellings, with the matched words marked and cut
 * into runs of one writing direction. Pure, so the page renders it into DOM nodes (never
 * HTML strings) and tests can read it.
 */
import { ENTITY_KINDS, KINDS } from '../model/kinds.ts';
import { markdownToText } from '../lib/markdown-text.ts';
import { capitalise } from '../lib/wording.ts';
import type { DecodedIndex, IndexRecord } from './index-format.ts';
import type { Marker } from './names.ts';

export interface Segment {
	text: string;
	mark: boolean;
}

/** A stretch of one direction: Arabic words (and what lies between them) right to left, the rest left to right. */
export interface Run {
	dir: 'ltr' | 'rtl';
	segments: Segment[];
}

const MAX = 220;

/** Cross-links that only name the kind of what they link to ("([event](event:x))" reads "(event)"): in a snippet, noise. */
const KIND_LINKS = new RegExp(`\\s*\\((?:${[...new Set(ENTITY_KINDS.flatMap((k) => [k, KINDS[k].noun]))].join('|')})s?\\)`, 'g');

/** A body as the prose search shows and full text searches: plain text, without the bare "(event)" link texts. */
export const bodyProse = (markdown: string) => markdownToText(markdown).replace(KIND_LINKS, '');

/** How a composed line names an event type and a place: in the page's language (the index holds the English). */
export interface SnippetNames {
	type(at: number): string;
	place(at: number): string;
	/** A place's line from its kind (`city`) and the name of the place it lies in, if any. */
	placeLine(kind: string, within: string | undefined): string;
}

const indexNames = (index: DecodedIndex): SnippetNames => ({
	type: (t) => index.types[t]!.label,
	place: (p) => index.places[p]?.name ?? '',
	placeLine: (kind, within) => `${capitalise(kind)}${within ? ` in ${within}` : ''}`,
});

/** The record's own prose; an event's line is composed from its type and places, an article's from its publisher, authors and topics. */
export function snippetText(record: IndexRecord, index: DecodedIndex, names: SnippetNames = indexNames(index)): string {
	if (record.snippet) return record.snippet;
	if (record.kind === 'article') {
		const publisher = record.actors.length > 0 ? index.actors[record.actors[0]!]?.name : undefined;
		return [publisher, record.text].filter(Boolean).join(' · ');
	}
	if (record.kind === 'place') {
		// A place's record lists the place itself, then the places it lies in, nearest first.
		const parent = record.places[1];
		return names.placeLine(record.text, parent === undefined ? undefined : names.place(parent));
	}
	if (record.kind === 'event') {
		const type = record.type >= 0 ? names.type(record.type) : undefined;
		const places = record.places.slice(0, 3).map((p) => names.place(p));
		return [type, places.filter(Boolean).join(', ')].filter(Boolean).join(' · ');
	}
	return record.text;
}

const WORD = /([\p{L}\p{M}\p{N}'’ʼʿʾ-]+)/u;

/** Splits text into marked and unmarked runs; `mark` says which words to mark (names.ts markTest). Long text is clipped at a word. */
export function highlight(text: string, mark: Marker): Segment[] {
	const cut = text.lastIndexOf(' ', MAX);
	const clipped = text.length > MAX ? `${text.slice(0, cut > 0 ? cut : MAX)}…` : text;
	const out: Segment[] = [];
	// split() with a capturing group puts the words at odd positions.
	const parts = clipped.split(WORD);
	const marks = mark(parts.filter((_, i) => i % 2 === 1));
	for (const [i, part] of parts.entries()) {
		if (part === '') continue;
		// A space between two marked words is marked too: "Ahmad al-Sharaa" is one mark.
		const marked = i % 2 === 1 ? marks[(i - 1) / 2]! : /^ +$/.test(part) && !!marks[i / 2 - 1] && !!marks[i / 2];
		const prev = out[out.length - 1];
		if (prev && prev.mark === marked) prev.text += part;
		else out.push({ text: part, mark: marked });
	}
	return out;
}

/** True when some segment is marked. */
export const hasMark = (segments: readonly Segment[]) => segments.some((s) => s.mark);

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const LTR = /[\p{L}]/u;

/**
 * Cuts segments into runs of one direction. A character that is neither (a space, a
 * digit, punctuation) belongs to the Arabic run when Arabic letters stand on both sides
 * of it, so "قال الشرع إن" stays one run with its mark inside, and "al-Sharaa" never
 * splits from its article.
 */
export function directionRuns(segments: readonly Segment[]): Run[] {
	const chars = segments.flatMap((s) => [...s.text].map((ch) => ({ ch, mark: s.mark })));
	const strong = chars.map(({ ch }) => (RTL.test(ch) ? 'rtl' : LTR.test(ch) ? 'ltr' : undefined));
	const dirs: ('ltr' | 'rtl')[] = new Array(chars.length);
	let before: 'ltr' | 'rtl' | undefined;
	for (let i = 0; i < chars.length; i++) {
		if (strong[i]) {
			before = strong[i];
			dirs[i] = strong[i]!;
			continue;
		}
		let j = i;
		while (j < chars.length && !strong[j]) j++;
		const after = strong[j];
		const dir = before === 'rtl' && after === 'rtl' ? 'rtl' : 'ltr';
		for (let k = i; k < j; k++) dirs[k] = dir;
		i = j - 1;
	}
	const runs: Run[] = [];
	chars.forEach(({ ch, mark }, i) => {
		let run = runs[runs.length - 1];
		if (!run || run.dir !== dirs[i]) runs.push((run = { dir: dirs[i]!, segments: [] }));
		const last = run.segments[run.segments.length - 1];
		if (last && last.mark === mark) last.text += ch;
		else run.segments.push({ text: ch, mark });
	});
	return runs;
}
