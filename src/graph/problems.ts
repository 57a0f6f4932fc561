/**
 * A problem found in the content: where it is, what is wrong, how to fix it.
 * Found by the schema check (content-io/) and the graph; printed by validate/report.ts.
 */
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
