/**
 * Words copied from an archived source into a summary: a run of twelve or more words of
 * an archived text, outside quotation marks, in the body of an event, actor or place is
 * flagged, so summaries stay in the contributor's own words. Quoting is fine: text inside
 * quotation marks is an attributed quotation and is skipped. Linear: every twelve-word
 * run of the archived texts goes into one table under a rolling hash of its word ids,
 * and each body is read once; a hash that matches is confirmed word by word.
 */
import type { Graph } from '../graph/types.ts';
import type { Problem } from '../graph/problems.ts';
import { readableText } from '../lib/text-match.ts';

const COPIED_RUN = 12;

/** Word ids (0 = a break: a quotation mark) and the line of each word. */
interface Words {
	ids: number[];
	lines: number[];
}

function words(text: string, vocabulary: Map<string, number>, add: boolean, skipQuoted: boolean): Words {
	const ids: number[] = [];
	const lines: number[] = [];
	let line = 1;
	let quoted = false;
	for (const m of text.matchAll(/\n|["“”«»]|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
		const t = m[0];
		if (t === '\n') {
			line++;
			continue;
		}
		if (/^["“”«»]$/.test(t)) {
			if (!skipQuoted) continue;
			quoted = t === '“' || t === '«' ? true : t === '”' || t === '»' ? false : !quoted;
			ids.push(0);
			lines.push(line);
			continue;
		}
		if (quoted) continue;
		const w = t.toLowerCase();
		let id = vocabulary.get(w);
		if (id === undefined) {
			// A word the archived texts never use cannot be part of a copied run.
			id = add ? vocabulary.size + 1 : -1;
			if (add) vocabulary.set(w, id);
		}
		ids.push(id);
		lines.push(line);
	}
	return { ids, lines };
}

/** Rolling hashes of every COPIED_RUN-word window without a break; -1 where the window holds one. */
function windows(ids: readonly number[]): Int32Array {
	const out = new Int32Array(Math.max(0, ids.length - COPIED_RUN + 1)).fill(-1);
	const B = 1_000_003;
	let pow = 1;
	for (let k = 1; k < COPIED_RUN; k++) pow = Math.imul(pow, B);
	let h = 0;
	let clean = 0; // words since the last break
	for (let i = 0; i < ids.length; i++) {
		const id = ids[i]!;
		if (id <= 0) {
			h = 0;
			clean = 0;
			continue;
		}
		if (clean >= COPIED_RUN) h = (h - Math.imul(ids[i - COPIED_RUN]!, pow)) | 0;
		h = (Math.imul(h, B) + id) | 0;
		clean++;
		if (clean >= COPIED_RUN) out[i - COPIED_RUN + 1] = h & 0x7fffffff;
	}
	return out;
}

export function findCopiedText(g: Graph): Problem[] {
	const vocabulary = new Map<string, number>();
	const sources: { id: string; words: Words }[] = [];
	const table = new Map<number, { source: number; at: number }>();
	for (const a of g.articles.values()) {
		if (a.status !== 'archived' || !a.body.trim()) continue;
		// The archived text counts whole, its quotations too: only summaries may quote.
		const w = words(readableText(a.body), vocabulary, true, false);
		const s = sources.push({ id: a.id, words: w }) - 1;
		windows(w.ids).forEach((h, at) => {
			if (h >= 0 && !table.has(h)) table.set(h, { source: s, at });
		});
	}
	if (table.size === 0) return [];
	const same = (a: readonly number[], i: number, b: readonly number[], j: number) => {
		for (let k = 0; k < COPIED_RUN; k++) if (a[i + k] !== b[j + k]) return false;
		return true;
	};
	const problems: Problem[] = [];
	// The words by id, spelled out once, the first time a copied run is reported.
	let spelled: string[] | undefined;
	for (const collection of ['events', 'actors', 'places'] as const) {
		for (const node of g[collection].values()) {
			const w = words(readableText(node.body), vocabulary, false, true);
			const hashes = windows(w.ids);
			for (let i = 0; i < hashes.length; i++) {
				const hit = hashes[i]! >= 0 ? table.get(hashes[i]!) : undefined;
				if (!hit || !same(w.ids, i, sources[hit.source]!.words.ids, hit.at)) continue;
				const text = (spelled ??= [...vocabulary.keys()]);
				const run = w.ids.slice(i, i + COPIED_RUN).map((id) => text[id - 1]).join(' ');
				problems.push({
					severity: 'warning',
					file: node.file,
					path: [],
					bodyLine: w.lines[i]!,
					message: `${COPIED_RUN} or more words in a row are copied from the archived text of ${g.articles.get(sources[hit.source]!.id)!.file}: "${run}…".`,
					fix: 'Write the summary in your own words, or, if the words matter as said, put them in quotation marks and say who said them.',
				});
				break;
			}
		}
	}
	return problems;
}
