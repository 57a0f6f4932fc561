/**
 * Reads and checks content files: each file's name, then its frontmatter and schema
 * (read-entry.ts). (Reading half of them in a worker thread was tried: at 10,000 events
 * starting it and copying its results back cost what it saved.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ID_PATTERN } from '../schema/fields.ts';
import type { CollectionName } from '../schema/index.ts';
import type { AnyRawEntry } from '../graph/build-graph.ts';
import type { Problem } from '../graph/problems.ts';
import { slugify } from '../lib/slugify.ts';
import { readEntry } from './read-entry.ts';

export interface FileItem {
	collection: CollectionName;
	/** Absolute path. */
	file: string;
	/** The path shown in messages (relative to the project). */
	rel: string;
}

/** What one file gave: its entry when valid, its problems (each with a line) otherwise. */
export interface FileRead {
	entry?: AnyRawEntry;
	problems: Problem[];
	/** `collection/id` of a Markdown file with a valid name that failed its checks. */
	invalid?: string;
	/** For such a file: its raw data and body, and how to give a later problem its line. */
	unchecked?: { data: unknown; body: string; locate: (problem: Problem) => Problem };
}

function checkFile({ collection, file, rel }: FileItem, text: string): FileRead {
	const name = path.basename(file);
	const refuse = (message: string, fix: string, suggestion?: string): FileRead => ({
		problems: [{ severity: 'error', file: rel, path: [], line: 1, message, fix, ...(suggestion ? { suggestion } : {}) }],
	});
	if (!name.endsWith('.md')) {
		return refuse(`"${name}" is not a Markdown file, so it would not be published.`, `Content files are Markdown files ending in .md: rename it, or move it out of content/${collection}/.`);
	}
	const id = name.slice(0, -3);
	if (!ID_PATTERN.test(id)) {
		const better = slugify(id);
		return refuse(`The file name "${name}" is not a valid id.`, `File names are lowercase letters, digits and single hyphens${better ? `: rename it to "${better}.md"` : ''}.`, better || undefined);
	}
	const { entry, problems, unchecked, locate } = readEntry(collection, id, rel, text);
	if (entry) return { entry, problems };
	return { problems, invalid: `${collection}/${id}`, ...(unchecked ? { unchecked: { ...unchecked, locate } } : {}) };
}

/**
 * Reads the files in order and checks each. readFileSync on purpose: for 25,750 small
 * files it takes ~0.13 s where fs.promises.readFile takes ~1.1 s (an open, stat, read and
 * close through the thread pool for each), and nothing else waits on this thread meanwhile.
 */
export function readFiles(items: readonly FileItem[]): FileRead[] {
	return items.map((item) => {
		let text: string;
		try {
			text = readFileSync(item.file, 'utf8');
		} catch (error) {
			const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
			return { problems: [{ severity: 'error', file: item.rel, path: [], line: 1, message: `The file cannot be read (${why}).`, fix: 'Check that the file exists and that you may read it (its permissions), then run the check again.' }] };
		}
		return checkFile(item, text);
	});
}
