/**
 * Node wrapper: reads content/ from disk, checks every file against the schemas and
 * builds the graph, collecting every problem with its line. Used by the validator, the
 * build's pre-flight check and tests; the site itself is fed by Astro's collections.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS, type CollectionName } from '../schema/index.ts';
import { ID_PATTERN } from '../schema/fields.ts';
import { buildGraph, type AnyRawEntry, type Graph } from '../graph/build-graph.ts';
import type { Problem } from '../graph/problems.ts';
import { readEntry, type ReadResult } from './read-entry.ts';
import { slugify } from '../lib/slugify.ts';

export interface LoadedContent {
	graph: Graph;
	entries: AnyRawEntry[];
	/** Schema and reference problems, every one with a line. */
	problems: Problem[];
	files: number;
}

async function listMarkdown(dir: string): Promise<string[]> {
	let names: import('node:fs').Dirent[];
	try {
		names = await readdir(dir, { withFileTypes: true, recursive: true });
	} catch {
		return [];
	}
	// Dotfiles (.DS_Store, editor swap files) are not content; Astro skips them too.
	return names.filter((d) => d.isFile() && !d.name.startsWith('.')).map((d) => path.join(d.parentPath, d.name)).sort();
}

/** Reads every file, a few at a time: opening tens of thousands at once runs out of file handles (EMFILE). */
async function readAll<T extends { file: string }>(items: T[], concurrency = 32): Promise<(T & { text: string })[]> {
	const out = new Array<T & { text: string }>(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			out[i] = { ...items[i]!, text: await readFile(items[i]!.file, 'utf8') };
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
	return out;
}

/**
 * @param contentDir absolute path of the content folder
 * @param projectDir files are named relative to it in messages
 */
export async function loadContent(contentDir: string, projectDir = process.cwd()): Promise<LoadedContent> {
	const problems: Problem[] = [];
	const read: ReadResult[] = [];
	const invalid = new Set<string>();
	// Relative paths per folder, not per file: path.relative is slow at tens of thousands of files.
	const relDirs = new Map<string, string>();
	const rel = (file: string) => {
		const dir = path.dirname(file);
		let relDir = relDirs.get(dir);
		if (relDir === undefined) relDirs.set(dir, (relDir = path.relative(projectDir, dir).split(path.sep).join('/')));
		const name = path.basename(file);
		return relDir ? `${relDir}/${name}` : name;
	};

	const perCollection = await Promise.all(COLLECTIONS.map(async (c) => [c, await listMarkdown(path.join(contentDir, c))] as const));
	const topLevel = await readdir(contentDir, { withFileTypes: true }).catch(() => null);
	if (topLevel === null) {
		problems.push({ severity: 'error', file: rel(contentDir), path: [], line: 1, message: 'The content folder does not exist.', fix: `Create ${rel(contentDir)}/ with the folders ${COLLECTIONS.join(', ')}.` });
	} else {
		for (const d of topLevel) {
			if (d.name.startsWith('.')) continue;
			if (d.isFile() && d.name !== 'README.md') {
				problems.push({ severity: 'error', file: rel(path.join(contentDir, d.name)), path: [], line: 1, message: `"${d.name}" is not in a collection folder, so it would not be published.`, fix: `Move it into the folder of its kind: ${COLLECTIONS.map((c) => `content/${c}/`).join(', ')}.` });
			}
			if (d.isDirectory() && !COLLECTIONS.includes(d.name as CollectionName)) {
				problems.push({ severity: 'error', file: rel(path.join(contentDir, d.name)), path: [], line: 1, message: `Unknown content folder "${d.name}": its files would not be published.`, fix: `Move the files into one of ${COLLECTIONS.map((c) => `content/${c}/`).join(', ')}.` });
			}
		}
	}

	const texts = await readAll(perCollection.flatMap(([collection, files]) => files.map((file) => ({ collection, file }))));
	for (const { collection, file, text } of texts) {
		const name = path.basename(file);
		if (!name.endsWith('.md')) {
			problems.push({ severity: 'error', file: rel(file), path: [], line: 1, message: `"${name}" is not a Markdown file, so it would not be published.`, fix: `Content files are Markdown files ending in .md: rename it, or move it out of content/${collection}/.` });
			continue;
		}
		const id = name.slice(0, -3);
		if (!ID_PATTERN.test(id)) {
			const better = slugify(id);
			problems.push({ severity: 'error', file: rel(file), path: [], line: 1, message: `The file name "${name}" is not a valid id.`, fix: `File names are lowercase letters, digits and single hyphens${better ? `: rename it to "${better}.md"` : ''}.`, ...(better ? { suggestion: better } : {}) });
			continue;
		}
		const result = readEntry(collection, id, rel(file), text);
		if (!result.entry) invalid.add(`${collection}/${id}`);
		read.push(result);
		problems.push(...result.problems);
	}

	const entries = read.flatMap((r) => (r.entry ? [r.entry] : []));
	const graph = buildGraph(entries, { invalid });
	const locators = new Map(read.filter((r) => r.entry).map((r) => [r.entry!.file, r.locate]));
	for (const p of graph.problems) problems.push(locators.get(p.file)?.(p) ?? { ...p, line: p.line ?? 1 });
	return { graph, entries, problems, files: texts.length };
}
