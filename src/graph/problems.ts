/**
 * A problem found in the content: where it is, what is wrong, how to fix it.
 * Found by the schema check (content-io/) and the graph; printed by validate/report.ts.
 */
import type { FoundLink } from '../model/entity-links.ts';
import { didYouMean, nearest } from '../lib/suggest.ts';
import { collectionOf, type EntityKind } from '../model/kinds.ts';

export interface Problem {
	severity: 'error' | 'warning';
	/** Source file relative to the project, e.g. content/events/jableh-attack.md. */
	file: string;
	/** Frontmatter field path, e.g. ['actors', 0, 'actor']; empty for the whole file or its body. */
	path: (string | number)[];
	/** 1-based line within the Markdown body (after the frontmatter), for body problems. */
	bodyLine?: number;
	/** 1-based line within the file, filled in by the file reader. */
	line?: number;
	column?: number;
	message: string;
	fix: string;
	/** The nearest valid value, when there is one. */
	suggestion?: string;
}

/** `actors[0].actor` */
export const formatPath = (path: (string | number)[]) =>
	path.reduce<string>((out, part) => (typeof part === 'number' ? `${out}[${part}]` : out ? `${out}.${part}` : part), '');

export const errorCount = (problems: readonly Problem[]) => problems.filter((p) => p.severity === 'error').length;

/** A reference field naming an entry that does not exist; the wording is shared with the check of files that fail their schema. */
export function unknownReferenceProblem(file: string, path: (string | number)[], kind: EntityKind, id: string, ids: Iterable<string>): Problem {
	const collection = collectionOf(kind);
	const suggestions = nearest(id, ids);
	return {
		severity: 'error',
		file,
		path,
		message: `Unknown ${kind} "${id}": there is no content/${collection}/${id}.md.`,
		fix: `${didYouMean(suggestions)} Use the id (file name without .md) of an existing ${kind}, or add content/${collection}/${id}.md.`.trim(),
		...(suggestions[0] ? { suggestion: suggestions[0] } : {}),
	};
}

/** A prose cross-link to an entry that does not exist. */
export function missingLinkProblem(file: string, link: FoundLink, ids: Iterable<string>): Problem {
	const collection = collectionOf(link.kind);
	const suggestions = nearest(link.id, ids);
	return {
		severity: 'error',
		file,
		path: ['body'],
		bodyLine: link.line,
		column: link.column,
		message: `Cross-link to a missing ${link.kind}: "${link.kind}:${link.id}".`,
		fix: `${didYouMean(suggestions.map((s) => `${link.kind}:${s}`))} Link to an existing ${link.kind} (the name of a file in content/${collection}/, without .md), or add content/${collection}/${link.id}.md.`.trim(),
	};
}
