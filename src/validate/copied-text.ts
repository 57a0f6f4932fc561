/**
 * Words copied from an archived source into a summary: a run of twelve or more words of
 * an archived text, outside quotation marks, in the body of an event, actor or place is
 * flagged, so summaries stay in the contributor's own words. Quoting is fine: text inside
 * quotation marks is an attributed quotation and is skipped. Linear: one table of every
 * twelve-word run of the archived texts, then one pass over each body.
 */
import type { Graph } from '../graph/build-graph.ts';
import type { Problem } from '../graph/problems.ts';
import { readableText } from '../lib/text-match.ts';

export const COPIED_RUN = 12;

interface Word {
	word: string;
	/** 1-based line of the word in the body. */
	line: number;
}

/** Lower-cased words with their lines; text in quotation marks becomes a break (null). */
function words(text: string): (Word | null)[] {
	const out: (Word | null)[] = [];
	let line = 1;
	let quoted = false;
	for (const m of text.matchAll(/\n|["“”«»]|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
		const t = m[0];
		if (t === '\n') line++;
		else if (/["“”«»]/.test(t)) {
			quoted = t === '“' || t === '«' ? true : t === '”' || t === '»' ? false : !quoted;
			out.push(null);
		} else if (!quoted) out.push({ word: t.toLowerCase(), line });
	}
	return out;
}

const key = (ws: readonly (Word | null)[], at: number) => {
	const part: string[] = [];
	for (let k = at; k < at + COPIED_RUN; k++) {
		const w = ws[k];
		if (!w) return undefined;
		part.push(w.word);
	}
	return part.join(' ');
};

export function findCopiedText(g: Graph): Problem[] {
	const runs = new Map<string, string>();
	for (const a of g.articles.values()) {
		if (a.status !== 'archived' || !a.body.trim()) continue;
		// The archived text counts whole, quotation marks and all: only the summaries skip quotations.
		const ws = words(readableText(a.body).replace(/["“”«»]/g, ' '));
		for (let i = 0; i + COPIED_RUN <= ws.length; i++) {
			const k = key(ws, i);
			if (k && !runs.has(k)) runs.set(k, a.id);
		}
	}
	if (runs.size === 0) return [];
	const problems: Problem[] = [];
	for (const collection of ['events', 'actors', 'places'] as const) {
		for (const node of g[collection].values()) {
			const ws = words(readableText(node.body));
			for (let i = 0; i + COPIED_RUN <= ws.length; i++) {
				const k = key(ws, i);
				const from = k ? runs.get(k) : undefined;
				if (!from) continue;
				problems.push({
					severity: 'warning',
					file: node.file,
					path: [],
					bodyLine: ws[i]!.line,
					message: `${COPIED_RUN} or more words in a row are copied from the archived text of ${g.articles.get(from)!.file}: "${k}…".`,
					fix: 'Write the summary in your own words, or, if the words matter as said, put them in quotation marks and say who said them.',
				});
				break;
			}
		}
	}
	return problems;
}
