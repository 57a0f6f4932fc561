/**
 * Bounds on a Markdown body, checked before it is rendered: characters that are not text,
 * and nesting deeper than any prose needs. Markdown and HTML parsers take time that grows
 * faster than linearly with nesting (1,200 nested list levels took 50 s to build, 30,000
 * nested <span>s failed to render), so a body past these limits is refused with its line,
 * not rendered. Linear in the length of the body.
 */
import type { Problem } from '../graph/problems.ts';
import { positionsIn } from '../lib/text-position.ts';
import { badCharacter } from '../lib/text-safety.ts';

/** Block nesting (quotes inside lists inside quotes …) and raw HTML element nesting allowed in a body. */
const MAX_BLOCK_DEPTH = 16;
const MAX_HTML_DEPTH = 32;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Containers opened at the start of a line: each `>`, each list marker, each two spaces of indentation. */
function blockDepth(line: string): number {
	let depth = 0;
	let i = 0;
	for (;;) {
		const rest = line.slice(i, i + 12);
		const m = /^(?: {2}|\t|> ?|[-*+] |\d{1,9}[.)] )/.exec(rest);
		if (!m || depth > MAX_BLOCK_DEPTH) return depth;
		depth++;
		i += m[0].length;
	}
}

export function bodyTextProblems(file: string, body: string): Problem[] {
	const problems: Problem[] = [];
	const position = positionsIn(body);
	const at = (offset: number, message: string, fix: string): Problem => {
		const { line, column } = position(offset);
		return { severity: 'error', file, path: [], bodyLine: line, column, message, fix };
	};
	const bad = badCharacter(body);
	if (bad) problems.push(at(bad.index, `The text contains ${bad.reason}.`, 'Delete the character or retype the text around it: it is invisible or not text, and feeds and terminals would be misled by it.'));

	let offset = 0;
	for (const line of body.split('\n')) {
		if (blockDepth(line) > MAX_BLOCK_DEPTH) {
			problems.push(at(offset, `This line is nested more than ${MAX_BLOCK_DEPTH} levels deep (quotes, lists or indentation).`, `Prose needs a few levels at most: flatten the nesting to ${MAX_BLOCK_DEPTH} levels or fewer. (Deeper nesting makes the build take minutes.)`));
			break;
		}
		offset += line.length + 1;
	}

	let depth = 0;
	for (const m of body.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>/g)) {
		const name = m[2]!.toLowerCase();
		if (VOID.has(name) || m[3]) continue;
		depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
		if (depth > MAX_HTML_DEPTH) {
			problems.push(at(m.index, `Raw HTML here is nested more than ${MAX_HTML_DEPTH} elements deep.`, `Close the elements you open, and nest at most ${MAX_HTML_DEPTH} deep; Markdown usually needs no HTML at all.`));
			break;
		}
	}
	return problems;
}
