/**
 * A verified quote in its source: the sentence around it (for the quote's page) and a
 * mark with an anchor around it in the archived text (for the article's page). The
 * words are found as quote verification finds them (src/lib/text-match.ts): typographic
 * quotation marks, apostrophes, dashes and white space may differ, and an ellipsis
 * marks a cut, each piece found in order.
 */
import { readableText } from '../lib/text-match.ts';

const QUOTES = `"“”„‟«»″`;
const APOSTROPHES = `'‘’‚‛′\`´`;
const DASHES = '-–—−';

/** A pattern for one piece of a quote, tolerant of what verification tolerates. `entities`: also match HTML's escapes of quotation marks. */
function piecePattern(piece: string, entities: boolean): string {
	const dq = entities ? `(?:[${QUOTES}]|&quot;|&#x22;|&#34;)` : `[${QUOTES}]`;
	const sq = entities ? `(?:[${APOSTROPHES}]|&#x27;|&#39;)` : `[${APOSTROPHES}]`;
	return [...piece.trim()]
		.map((c) => (QUOTES.includes(c) ? dq : APOSTROPHES.includes(c) ? sq : DASHES.includes(c) ? `[${DASHES}]` : /\s/.test(c) ? '\\s+' : c === '&' && entities ? '&amp;' : c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
		.join('')
		.replace(/(?:\\s\+)+/g, '\\s+');
}

const pieces = (quote: string) => quote.split(/\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)|\.\.\.|…/).map((p) => p.trim()).filter(Boolean);

export interface QuoteInContext {
	before: string;
	/** The words as the source prints them (from the first piece to the last). */
	words: string;
	after: string;
}

/** The sentence(s) of the archived text around a quote, or undefined when its words are not found. */
export function quoteInContext(quote: string, articleMarkdown: string): QuoteInContext | undefined {
	const text = readableText(articleMarkdown);
	const parts = pieces(quote);
	if (parts.length === 0) return undefined;
	let from = 0;
	let start = -1;
	for (const part of parts) {
		const m = new RegExp(piecePattern(part, false), 'gu');
		m.lastIndex = from;
		const found = m.exec(text);
		if (!found) return undefined;
		if (start < 0) start = found.index;
		from = found.index + found[0].length;
	}
	// A sentence ends at . ! ? (with a closing quotation mark) before white space, or at a blank line.
	const head = text.slice(0, start);
	const ends = [...head.matchAll(/[.!?][)"'”’»]*\s+|\n\s*\n/g)];
	const sentenceStart = ends.length ? ends.at(-1)!.index + ends.at(-1)![0].length : 0;
	const tail = text.slice(from);
	const end = /[.!?][)"'”’»]*(?=\s|$)|\n\s*\n/.exec(tail);
	const sentenceEnd = end ? from + end.index + (end[0].startsWith('\n') ? 0 : end[0].length) : text.length;
	const squash = (s: string) => s.replace(/\s+/g, ' ');
	return { before: squash(text.slice(sentenceStart, start)).trimStart(), words: squash(text.slice(start, from)), after: squash(text.slice(from, sentenceEnd)).trimEnd() };
}

/** The anchor of a quote in its source's archived text. */
export const quoteAnchor = (id: string) => `quote-${id}`;

/**
 * The archived text's HTML with each verified quote marked (`<mark id="quote-…">`, each
 * piece of a cut quote marked, the first carrying the anchor). Words that cross an element
 * (a link inside the quote) are left unmarked: the quote's page then links the text's top.
 */
export interface MarkedText {
	html: string;
	/** The ids of the quotes marked in it. */
	marked: Set<string>;
}

export function markQuotes(html: string, quotes: readonly { id: string; text: string }[]): MarkedText {
	const marked = new Set<string>();
	let out = html;
	for (const q of quotes) {
		let from = 0;
		const found: [number, number][] = [];
		for (const part of pieces(q.text)) {
			// Only in text: the match may not contain a tag, and may not start inside one.
			const m = new RegExp(`${piecePattern(part, true)}(?![^<]*>)`, 'gu');
			m.lastIndex = from;
			const hit = m.exec(out);
			if (!hit) break;
			found.push([hit.index, hit.index + hit[0].length]);
			from = hit.index + hit[0].length;
		}
		if (found.length === 0 || found.length !== pieces(q.text).length) continue;
		for (let i = found.length - 1; i >= 0; i--) {
			const [a, b] = found[i]!;
			const open = i === 0 ? `<mark class="quote-mark" id="${quoteAnchor(q.id)}">` : '<mark class="quote-mark">';
			out = `${out.slice(0, a)}${open}${out.slice(a, b)}</mark>${out.slice(b)}`;
		}
		marked.add(q.id);
	}
	return { html: out, marked };
}
