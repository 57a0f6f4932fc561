/**
 * Reads one content file (pure: text in, entry and problems out). The frontmatter is
 * split off by line, so the file's line numbers are known exactly, and parsed with the
 * `yaml` package, whose syntax tree maps every field back to its line: each problem
 * can say where it is, down to `actors[1].actor`.
 */
import matter from 'gray-matter';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { z } from 'astro/zod';
import { SCHEMAS } from '../model/schemas.ts';
import type { CollectionName } from '../model/kinds.ts';
import type { AnyRawEntry } from '../graph/types.ts';
import type { Problem } from '../graph/problems.ts';
import { explainIssue } from './explain-issue.ts';
import type { CachedParse } from './parse-cache.ts';

export interface ReadResult {
	/** The entry, when the file is valid. */
	entry?: AnyRawEntry;
	problems: Problem[];
	/** Gives a problem found later (by the graph) its line in this file. */
	locate: (problem: Problem) => Problem;
	/** A file that failed its schema check: what it says, so its references can still be checked. */
	unchecked?: { data: unknown; body: string };
	/** A valid file's parse, for the parse cache. */
	parse?: CachedParse;
}

interface Split {
	yaml: string;
	/** 1-based file line of the YAML's first line (the line after the opening `---`). */
	yamlLine: number;
	body: string;
	/** 1-based file line of the body's first line. */
	bodyLine: number;
}

const DELIMITER = /^---[ \t]*\r?$/;

/** The text without its byte-order mark, as splitFrontmatter reads it. */
const unmarked = (text: string) => text.replace(/^\uFEFF/, '');

/**
 * The one set of YAML options for all content, in the validator, the build and the dev
 * server: YAML 1.2's core schema (no timestamps, so an unquoted 2025-02-31 stays text for
 * the date check instead of rolling over to 3 March), duplicate keys refused, and the
 * parser's own cap on alias expansion against alias bombs.
 */
export const YAML_OPTIONS = { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false } as const;
const MAX_ALIASES = 100;

/**
 * Splits `---\nYAML\n---\nbody` with gray-matter (the same split Astro's loaders make),
 * and says which delimiter line is missing when one is. The YAML is parsed separately
 * (below) so that every problem can be given its line.
 */
export function splitFrontmatter(text: string): Split | 'missing' | 'unclosed' {
	const source = unmarked(text);
	const lines = source.split('\n');
	if (!DELIMITER.test(lines[0]!)) return 'missing';
	if (!lines.some((l, i) => i > 0 && DELIMITER.test(l))) return 'unclosed';
	// Passing options turns gray-matter's cache off; the engine only hands the raw YAML back.
	const file = matter(source, { engines: { yaml: () => ({}) } });
	const bodyLine = source.slice(0, source.length - file.content.length).split('\n').length;
	return { yaml: file.matter.replace(/^\r?\n/, '').replace(/\r?\n$/, ''), yamlLine: 2, body: file.content, bodyLine };
}

/**
 * A file read from its cached parse (parse-cache.ts): the schema check only. A later
 * problem's line needs the syntax tree, so the file is parsed again if one is asked for;
 * and a file whose data fails the schema now is read in full, for problems with lines.
 */
function readCached(collection: CollectionName, id: string, file: string, text: string, cached: CachedParse): ReadResult {
	const result = (SCHEMAS[collection] as z.ZodType).safeParse(cached.data);
	if (!result.success) return readEntry(collection, id, file, text);
	let full: ReadResult | undefined;
	const locate = (p: Problem) => (full ??= readEntry(collection, id, file, text)).locate(p);
	const body = unmarked(text).slice(cached.bodyAt);
	return { entry: { collection, id, file, data: result.data, body } as AnyRawEntry, problems: [], locate, parse: cached };
}

const YAML_FIX: Partial<Record<YAMLError['code'], string>> = {
	MISSING_CHAR: 'Close the quotation mark or bracket that is opened on this line, or remove it.',
	TAB_AS_INDENT: 'Indent with spaces, not tabs.',
	BAD_INDENT: 'Indent nested fields by the same number of spaces as their neighbours (two spaces is usual).',
	MULTILINE_IMPLICIT_KEY: 'Write every field as "key: value" on one line, with a space after the colon; wrap text containing ": " in quotes.',
	BLOCK_AS_IMPLICIT_KEY: 'Write every field as "key: value" with a space after the colon; check the indentation of this line and of the lines around it.',
};
const YAML_FIX_DEFAULT =
	'Check indentation (spaces, not tabs), that every "key: value" has a space after the colon, and that text containing ": " or starting with a quotation mark is wrapped in quotes.';

/** Reads one file; with `cached`, its parse from an earlier read of the same bytes. */
export function readEntry(collection: CollectionName, id: string, file: string, text: string, cached?: CachedParse): ReadResult {
	if (cached) return readCached(collection, id, file, text, cached);
	const unlocated = (p: Problem) => ({ ...p, line: p.line ?? 1 });
	const fileProblem = (line: number, message: string, fix: string, column?: number): ReadResult => ({
		locate: unlocated,
		problems: [{ severity: 'error', file, path: [], line, ...(column ? { column } : {}), message, fix }],
	});

	const split = splitFrontmatter(text);
	if (split === 'missing') {
		return fileProblem(1, 'The file does not start with a frontmatter block (a line "---").', 'Start the file with a line "---", then the fields in YAML, then another "---", then the text; copy an existing file of the same kind as a model.');
	}
	if (split === 'unclosed') {
		return fileProblem(1, 'The frontmatter block opened on line 1 is never closed.', 'Add a line "---" after the last field, before the text.');
	}

	const schema = SCHEMAS[collection] as z.ZodType;
	const counter = new LineCounter();
	const tooDeep = () => fileProblem(split.yamlLine, 'The frontmatter is nested too deeply to read (lists or brackets inside each other thousands of times).', 'Content fields nest a few levels at most: check the indentation and the "- " and "[" on each line, and write each field as in an existing file of the same kind.');
	let doc: Document.Parsed;
	try {
		doc = parseDocument(split.yaml, { ...YAML_OPTIONS, lineCounter: counter });
	} catch (error) {
		// The parser recurses once per level of nesting: a hostile file can exhaust the stack.
		if (error instanceof RangeError) return tooDeep();
		throw error;
	}
	const toFileLine = (offset: number) => {
		const pos = counter.linePos(offset);
		return { line: pos.line + split.yamlLine - 1, column: pos.col };
	};
	if (doc.errors.length > 0) {
		const error = doc.errors[0]!;
		let where = toFileLine(error.pos[0]);
		const what = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
		const yamlLines = split.yaml.split('\n');
		const lineText = (fileLine: number) => yamlLines[fileLine - split.yamlLine] ?? '';
		const key = error.code === 'DUPLICATE_KEY' ? /^\s*(?:- )?([^:#]+):/.exec(lineText(where.line))?.[1]?.trim() ?? '' : '';
		// An unclosed quotation mark is noticed where the text ends; point at where it opens.
		const quote = error.code === 'MISSING_CHAR' ? /closing (["'])/.exec(what)?.[1] : undefined;
		if (quote) {
			for (let l = where.line; l >= split.yamlLine; l--) {
				const at = lineText(l).search(new RegExp(`:\\s+${quote}`));
				if (at >= 0) {
					where = { line: l, column: lineText(l).indexOf(quote, at) + 1 };
					break;
				}
			}
		}
		const problem = quote ? `the quotation mark (${quote}) opened here is never closed`
			: key ? `the field "${key}" appears twice`
			: error.code === 'MULTILINE_IMPLICIT_KEY' ? 'this line is not a "field: value" pair (is the colon or the space after it missing?)'
			: what.charAt(0).toLowerCase() + what.slice(1);
		const fix = key ? `A field may appear only once: delete one of the two "${key}:" lines, or merge their values.` : (YAML_FIX[error.code] ?? YAML_FIX_DEFAULT);
		return fileProblem(where.line, `The frontmatter is not valid YAML on line ${where.line}: ${problem}.`, fix, where.column);
	}
	// Tags (!foo, !!timestamp, !!binary) make values that are not text, numbers or lists; content needs none.
	let tagged: ReturnType<typeof firstTag>;
	try {
		tagged = firstTag(doc);
	} catch (error) {
		if (error instanceof RangeError) return tooDeep();
		throw error;
	}
	if (tagged) {
		const where = toFileLine(tagged.offset);
		return fileProblem(where.line, `The frontmatter uses the YAML tag "${tagged.tag}" on line ${where.line}; content files use plain values only.`, 'Remove the tag and write the value plainly; wrap text in quotation marks if it could be read as something else (a date, a number, yes/no).', where.column);
	}

	let data: unknown;
	try {
		data = doc.toJS({ maxAliasCount: MAX_ALIASES }) ?? {};
	} catch (error) {
		if (error instanceof RangeError) return tooDeep();
		// The parser refuses to expand too many aliases (a "billion laughs" file) rather than hang.
		return fileProblem(split.yamlLine, `The frontmatter could not be read: ${(error as Error).message.split('\n')[0]}.`, 'Write each value out in full; YAML anchors and aliases (&name, *name) are not needed in content files.');
	}
	const locatePath = (path: (string | number)[]) => {
		const offset = offsetOf(doc, path);
		return offset === undefined ? { line: 1 } : toFileLine(offset);
	};
	const locate = (p: Problem) => placeProblem(p, locatePath, split.bodyLine);
	let result: ReturnType<typeof schema.safeParse>;
	try {
		result = schema.safeParse(data);
	} catch (error) {
		if (error instanceof RangeError) return tooDeep();
		throw error;
	}
	if (!result.success) {
		return {
			locate,
			unchecked: { data, body: split.body },
			problems: result.error.issues.flatMap((issue) => explainIssue(issue, data, schema)).map((p) => locate({ severity: 'error', file, ...p })),
		};
	}
	const parse = { data, bodyAt: unmarked(text).length - split.body.length, bodyLine: split.bodyLine };
	return { entry: { collection, id, file, data: result.data, body: split.body } as AnyRawEntry, problems: [], locate, parse };
}

type Ranged = { range?: [number, number, number] | null };

/** The first node carrying an explicit tag, with its offset. */
function firstTag(doc: Document.Parsed): { tag: string; offset: number } | undefined {
	let found: { tag: string; offset: number } | undefined;
	visit(doc, (_key, node) => {
		const tag = (node as { tag?: string } | null)?.tag;
		if (tag && (isScalar(node) || isMap(node) || isSeq(node))) {
			found = { tag, offset: (node as Ranged).range?.[0] ?? 0 };
			return visit.BREAK;
		}
		return undefined;
	});
	return found;
}

/**
 * Offset of the deepest node of `path` that exists: a field's key, a list item's value.
 * Undefined when not even the first step exists (a missing top-level field).
 */
function offsetOf(doc: Document.Parsed, path: (string | number)[]): number | undefined {
	let node: unknown = doc.contents;
	let offset: number | undefined;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((p) => isScalar(p.key) && p.key.value === key);
			if (!pair) break;
			offset = (pair.key as Ranged).range?.[0] ?? offset;
			node = pair.value;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key];
			if (item == null) break;
			offset = (item as Ranged).range?.[0] ?? offset;
			node = item;
		} else break;
	}
	return offset;
}

function placeProblem(p: Problem, locate: (path: (string | number)[]) => { line: number; column?: number }, bodyLine: number): Problem {
	if (p.line !== undefined) return p;
	if (p.bodyLine !== undefined) return { ...p, line: bodyLine + p.bodyLine - 1 };
	const where = locate(p.path);
	return { ...p, line: where.line, ...(p.column === undefined && where.column !== undefined ? { column: where.column } : {}) };
}
