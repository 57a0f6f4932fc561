/**
 * Reads and checks content files: each file's name, then its frontmatter and schema
 * (read-entry.ts). (Reading half of them in a worker thread was tried: at 10,000 events
 * starting it and copying its results back cost what it saved.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ID_PATTERN } from '../model/fields.ts';
import type { CollectionName } from '../model/kinds.ts';
import type { AnyRawEntry } from '../graph/types.ts';
import type { Problem } from '../graph/problems.ts';
import { slugify } from '../lib/slugify.ts';
import { readEntry } from './read-entry.ts';
import type { ParseCache } from './parse-cache.ts';

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
	/** The file's text, kept so that a problem found later gets its line without opening the file again. */
	text?: string;
	problems: Problem[];
	/** `collection/id` of a Markdown file with a valid name that failed its checks. */
	invalid?: string;
	/** For such a file: its raw data and body, and how to give a later problem its line. */
	unchecked?: { data: unknown; body: string; locate: (problem: Problem) => Problem };
}

// fatal: bytes that are not UTF-8 are refused, not silently replaced by U+FFFD.
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Offset of the first byte that does not continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const b = bytes[i]!;
		const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		if (need < 0) return i;
		for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		// Overlong forms and surrogates are checked by the decoder; they point here too.
		try {
			if (need > 0) UTF8.decode(bytes.subarray(i, i + need + 1));
		} catch {
			return i;
		}
		i += need + 1;
	}
	return bytes.length;
}

/** A file whose bytes are not UTF-8: the line of the first bad byte, and how to convert it. */
function notUtf8(item: FileItem, bytes: Buffer): FileRead {
	const good = firstInvalidByte(bytes);
	const line = bytes.subarray(0, good).toString('utf8').split('\n').length;
	return {
		problems: [{ severity: 'error', file: item.rel, path: [], line, message: `The file is not UTF-8 text: byte ${good + 1} (0x${bytes[good]!.toString(16).padStart(2, '0')}) on line ${line} is not UTF-8.`, fix: 'Save the file as UTF-8 (in most editors: "Save with encoding" or "Reopen with encoding", then UTF-8); files in Windows-1252 or ISO-8859 are not read.' }],
	};
}

/** Longer ids make page file names (id + ".html", inside a folder) too long for some file systems (255 bytes). */
const MAX_ID_LENGTH = 120;

/** Names Windows cannot hold as files, so the repository could not be checked out there. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

function checkFile({ collection, file, rel }: FileItem, text: string, cache?: ParseCache): FileRead {
	const name = path.basename(file);
	const refuse = (message: string, fix: string, suggestion?: string): FileRead => ({
		problems: [{ severity: 'error', file: rel, path: [], line: 1, message, fix, ...(suggestion ? { suggestion } : {}) }],
	});
	if (!name.endsWith('.md')) {
		return refuse(`"${name}" is not a Markdown file, so it would not be published.`, `Content files are Markdown files ending in .md: rename it, or move it out of content/${collection}/.`);
	}
	const id = name.slice(0, -3);
	if (id.length > MAX_ID_LENGTH) {
		return refuse(`The file name is ${id.length} characters long; ids are at most ${MAX_ID_LENGTH}, so that every page's file name fits the limits of file systems and links stay readable.`, 'Shorten the name: what happened, where and when is enough (e.g. jableh-attack-2025-03-06).');
	}
	if (WINDOWS_RESERVED.test(id)) {
		return refuse(`The file name "${name}" is reserved on Windows (${id.toUpperCase()} is a device name there), so the repository could not be checked out on Windows.`, `Rename it, e.g. to "${id}-1.md" or to a longer, more telling id.`, `${id}-1`);
	}
	if (!ID_PATTERN.test(id)) {
		const better = slugify(id);
		return refuse(`The file name "${name}" is not a valid id.`, `File names are lowercase letters, digits and single hyphens${better ? `: rename it to "${better}.md"` : ''}.`, better || undefined);
	}
	const cached = cache?.get(text);
	const { entry, problems, unchecked, locate, parse } = readEntry(collection, id, rel, text, cached);
	if (entry && parse && !cached) cache?.put(text, parse);
	if (entry) return { entry, problems, text };
	return { problems, invalid: `${collection}/${id}`, ...(unchecked ? { unchecked: { ...unchecked, locate } } : {}) };
}

/**
 * Reads the files in order and checks each. readFileSync on purpose: for 25,750 small
 * files it takes ~0.13 s where fs.promises.readFile takes ~1.1 s (an open, stat, read and
 * close through the thread pool for each), and nothing else waits on this thread meanwhile.
 */
export function readFiles(items: readonly FileItem[], cache?: ParseCache): FileRead[] {
	return items.map((item) => {
		let text: string;
		try {
			text = UTF8.decode(readFileSync(item.file));
		} catch (error) {
			if (error instanceof TypeError) return notUtf8(item, readFileSync(item.file));
			const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
			return { problems: [{ severity: 'error', file: item.rel, path: [], line: 1, message: `The file cannot be read (${why}).`, fix: 'Check that the file exists and that you may read it (its permissions), then run the check again.' }] };
		}
		return checkFile(item, text, cache);
	});
}
