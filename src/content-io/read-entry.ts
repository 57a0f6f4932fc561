/**
 * Reads one content file (pure: text in, entry and problems out). Frontmatter is split
 * by gray-matter and parsed with the `yaml` package, whose syntax tree maps every field
 * back to its line, so each problem can say where it is.
 */
import matter from 'gray-matter';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { SCHEMAS, type CollectionName } from '../schema/index.ts';
import type { AnyRawEntry } from '../graph/build-graph.ts';
import type { Problem } from '../graph/problems.ts';
import { explainIssue } from './explain-issue.ts';

export interface ReadResult {
	entry?: AnyRawEntry;
	problems: Problem[];
	/** Gives a problem found later (by the graph) its line in this file. */
	locate: (problem: Problem) => Problem;
}

/** Index of the line (1-based) where the frontmatter's YAML begins (after `---`). */
const YAML_FIRST_LINE = 2;

export function readEntry(collection: CollectionName, id: string, file: string, text: string): ReadResult {
	const unlocated = (p: Problem) => ({ ...p, line: p.line ?? 1 });
	if (!/^---\r?\n/.test(text)) {
		return {
			locate: unlocated,
			problems: [{
				severity: 'error', file, path: [], line: 1,
				message: 'The file does not start with a frontmatter block.',
				fix: 'Start the file with a line "---", then the fields in YAML, then another "---", then the text.',
			}],
		};
	}
	let doc: Document.Parsed | undefined;
	const counter = new LineCounter();
	let parsed: matter.GrayMatterFile<string>;
	try {
		parsed = matter(text, {
			engines: {
				yaml: (source: string) => {
					doc = parseDocument(source, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
					if (doc.errors.length > 0) throw doc.errors[0];
					return (doc.toJS() ?? {}) as object;
				},
			},
		});
	} catch (error) {
		const e = error as { message?: string; linePos?: [{ line: number; col: number }] };
		const pos = e.linePos?.[0];
		const first = (e.message ?? String(error)).split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		return {
			locate: unlocated,
			problems: [{
				severity: 'error', file, path: [],
				line: pos ? pos.line + YAML_FIRST_LINE - 1 : 1,
				...(pos ? { column: pos.col } : {}),
				message: `The frontmatter is not valid YAML: ${first}.`,
				fix: 'Check indentation (spaces, not tabs), that every "key: value" has a space after the colon, and that text containing ": " or starting with a quotation mark is wrapped in quotes.',
			}],
		};
	}
	const bodyStart = text.slice(0, text.length - parsed.content.length).split('\n').length;
	const locatePath = (path: (string | number)[]) => lineOf(doc, counter, path);
	const locate = (p: Problem) => placeProblem(p, locatePath, bodyStart);
	const schema = SCHEMAS[collection] as z.ZodType;
	const result = schema.safeParse(parsed.data);
	if (!result.success) {
		return {
			locate,
			problems: result.error.issues.map((issue) => locate({ severity: 'error', file, ...explainIssue(issue, parsed.data) })),
		};
	}
	return { entry: { collection, id, file, data: result.data, body: parsed.content } as AnyRawEntry, problems: [], locate };
}

/** Line and column of the deepest node of `path` that exists (1-based, in the file). */
function lineOf(doc: Document.Parsed | undefined, counter: LineCounter, path: (string | number)[]): { line: number; column?: number } {
	if (!doc) return { line: 1 };
	let node: unknown = doc.contents;
	let range: [number, number, number] | undefined = (doc.contents as { range?: [number, number, number] } | null)?.range;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === key);
			if (!pair) break;
			range = ((pair.key as { range?: [number, number, number] }).range) ?? range;
			node = pair.value;
			const valueRange = (node as { range?: [number, number, number] } | null)?.range;
			if (valueRange && typeof path[path.length - 1] === 'number') range = valueRange;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key];
			if (!item) break;
			node = item;
			range = (item as { range?: [number, number, number] }).range ?? range;
		} else break;
	}
	if (!range) return { line: YAML_FIRST_LINE };
	const pos = counter.linePos(range[0]);
	return { line: pos.line + YAML_FIRST_LINE - 1, column: pos.col };
}

function placeProblem(p: Problem, locate: (path: (string | number)[]) => { line: number; column?: number }, bodyStart: number): Problem {
	if (p.line !== undefined) return p;
	if (p.bodyLine !== undefined) return { ...p, line: bodyStart + p.bodyLine - 1 };
	const where = locate(p.path);
	return { ...p, line: where.line, ...(p.column === undefined && where.column !== undefined ? { column: where.column } : {}) };
}
