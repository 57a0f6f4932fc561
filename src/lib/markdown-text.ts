/**
 * The words of a Markdown body as plain text, one paragraph per line: what the search
 * index needs, not a renderer. Link and image syntax gives way to its text, markup
 * characters and HTML tags go, entities are decoded. It is deliberately a few
 * line-oriented regular expressions rather than a parse: at 10,000 events a Markdown
 * parse of every body takes ~15 s, this ~0.7 s.
 */

import { readableText } from './text-match.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const decodeEntities = (text: string) =>
	text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
		if (name[0] === '#') {
			const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[name.toLowerCase()] ?? whole;
	});

/**
 * One line of Markdown without its block markers (headings, quotes, list bullets, table
 * pipes, footnote labels). A number and a full stop start a list only at the start of a
 * paragraph, or as "1." (so a line wrapped before "2011. After" keeps its year).
 */
const stripBlock = (line: string, startsParagraph: boolean) =>
	line
		.replace(/^\s{0,3}(?:>\s?)+/, '')
		.replace(/^\s{0,3}\[\^[^\]]+\]:\s*/, '')
		.replace(startsParagraph ? /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/ : /^\s*(?:[-*+]|0*1[.)])\s+(?:\[[ xX]\]\s+)?/, '')
		.replace(/^\s{0,3}#{1,6}(?:\s+|$)/, '')
		.replace(/\s+#+\s*$/, '')
		.replace(/^(?=.*\|)(?=.*-)[\s|:-]+$/, '')
		.replace(/^\s*(?:[-*_]\s*){3,}$/, '')
		.replace(/\s*\|\s*/g, ' ');

/** Inline markup: what readableText (the quote check's reader view) drops, plus HTML, code and strike marks. */
const stripInline = (text: string) =>
	readableText(
		text
			.replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1')
			.replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
			// Tags only: "fewer than 100 (< 100) and > 50" keeps its words.
			.replace(/<\/?[a-z][^<>]*>/gi, ' ')
			.replace(/\[\^[^\]\s]+\]/g, '')
			.replace(/~~|`+/g, ''),
	);

export function markdownToText(markdown: string): string {
	const paragraphs: string[] = [];
	let current: string[] = [];
	const flush = () => {
		if (current.length) paragraphs.push(current.join(' '));
		current = [];
	};
	// Comments and reference definitions say nothing a reader sees.
	const source = markdown.replace(/<!--[\s\S]*?-->/g, ' ');
	for (const raw of source.split(/\r?\n/)) {
		if (/^\s{0,3}\[(?!\^)[^\]]+\]:\s/.test(raw) || /^\s{0,3}(```|~~~)/.test(raw)) continue;
		const line = stripBlock(raw, current.length === 0).trim();
		if (line === '') flush();
		else current.push(line);
	}
	flush();
	return paragraphs
		.map((p) => decodeEntities(stripInline(p)).replace(/\s+/g, ' ').trim())
		.filter(Boolean)
		.join('\n');
}
