/** Builds the search text for disk (the format and its use are in full-text.ts). */
import { bodyOf, type Graph } from '../graph/types.ts';
import type { Labels } from '../views/kinds.ts';
import { bodyProse } from './prose.ts';
import { FULL_TEXT_GLOBAL, FULL_TEXT_VERSION, type FullText } from './full-text.ts';
import { globalScript } from './index-format.ts';
import { searchEntries } from './search-entries.ts';

export function buildFullText(g: Graph, labels: Labels): FullText {
	const r: [number, string][] = [];
	searchEntries(g, labels).forEach((e, i) => {
		const text = bodyProse(bodyOf(g, e.kind, e.id));
		if (text) r.push([i, text]);
	});
	return { v: FULL_TEXT_VERSION, r };
}

/** The classic script that carries the text. */
export const fullTextScript = (data: FullText) => globalScript(FULL_TEXT_GLOBAL, data);
