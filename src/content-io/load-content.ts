/**
 * Node wrapper: reads content/ from disk, checks every file against the schemas and
 * builds the graph, collecting every problem with its line. Used by the validator, the
 * build's pre-flight check and tests; the site itself is fed by Astro's collections.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { SCHEMAS } from '../model/schemas.ts';
import { COLLECTIONS, collectionOf, type CollectionName, type EntityKind } from '../model/kinds.ts';
import { buildGraph } from '../graph/build-graph.ts';
import { missingLinkProblem, unknownReferenceProblem } from '../graph/problems.ts';
import type { AnyRawEntry, Graph } from '../graph/types.ts';
import { findEntityLinks } from '../model/entity-links.ts';
import { publicDir } from './content-dir.ts';
import type { Problem } from '../graph/problems.ts';
import { locateProblems } from './locate-problems.ts';
import { readFiles, type FileRead } from './read-files.ts';
import { referencesIn } from './raw-references.ts';
import { checkPublic, localImageProblems } from './check-public.ts';
import { checkGraph } from '../validate/index.ts';
import { openParseCache } from './parse-cache.ts';

export interface LoadedContent {
	graph: Graph;
	entries: AnyRawEntry[];
	/** Schema and reference problems, every one with a line. */
	problems: Problem[];
	files: number;
}

/**
 * The files of a collection folder, and what must not stand there: symbolic links (they
 * could publish a file from outside the repository), hidden Markdown files and folders
 * (a reader of the repository does not see them), and folder names a URL or a file system
 * would misread. Other dotfiles (.DS_Store, editor swap files) are not content and are skipped.
 */
async function listMarkdown(dir: string, rel: (file: string) => string): Promise<{ files: string[]; problems: Problem[] }> {
	let names: import('node:fs').Dirent[];
	try {
		names = await readdir(dir, { withFileTypes: true, recursive: true });
	} catch {
		return { files: [], problems: [] };
	}
	const problems: Problem[] = [];
	const refuse = (file: string, message: string, fix: string) => problems.push({ severity: 'error', file: rel(file), path: [], line: 1, message, fix });
	const files: string[] = [];
	for (const d of names) {
		const file = path.join(d.parentPath, d.name);
		const folders = path.relative(dir, d.parentPath).split(path.sep).filter(Boolean);
		if (folders.some((f) => f.startsWith('.'))) continue; // reported once, for the folder itself
		if (d.isSymbolicLink()) {
			refuse(file, `"${d.name}" is a symbolic link: content must be files kept in the repository, and a link can point anywhere on the machine that builds the site.`, 'Replace the link with a copy of the file it points to (or move that file here), then commit it.');
		} else if (d.isDirectory() && d.name.startsWith('.')) {
			refuse(file, `The hidden folder "${d.name}" is not read: its entries would never be published.`, 'Rename the folder without the leading dot, or move its files into the collection folder.');
		} else if (d.isDirectory() && /[#?%\\]/.test(d.name)) {
			refuse(file, `The folder name "${d.name}" holds a character (# ? % or \\) that addresses and file systems read specially.`, 'Rename the folder with letters, digits and hyphens only.');
		} else if (d.isFile() && d.name.startsWith('.') && d.name.endsWith('.md')) {
			refuse(file, `"${d.name}" is a hidden file (its name starts with a dot), so it would not be published.`, `Rename it to "${d.name.replace(/^\.+/, '')}" if it is content, or delete it.`);
		} else if (d.isFile() && !d.name.startsWith('.')) files.push(file);
	}
	// In id order (the file name), whatever the sub-folder: the order the graph and its pages list entries in.
	const id = (f: string) => path.basename(f, '.md');
	return { files: files.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : a < b ? -1 : a > b ? 1 : 0)), problems };
}

export interface LoadOptions {
	/** A folder to keep each valid file's parse in between reads (the build's cacheDir); none: parse every file. */
	cacheDir?: string;
}

/**
 * @param contentDir absolute path of the content folder
 * @param projectDir files are named relative to it in messages
 */
export async function loadContent(contentDir: string, projectDir = process.cwd(), options: LoadOptions = {}): Promise<LoadedContent> {
	const problems: Problem[] = [];
	// Relative paths per folder, not per file: path.relative is slow at tens of thousands of files.
	const relDirs = new Map<string, string>();
	const rel = (file: string) => {
		const dir = path.dirname(file);
		let relDir = relDirs.get(dir);
		if (relDir === undefined) relDirs.set(dir, (relDir = path.relative(projectDir, dir).split(path.sep).join('/')));
		const name = path.basename(file);
		return relDir ? `${relDir}/${name}` : name;
	};

	const listed = await Promise.all(COLLECTIONS.map(async (c) => [c, await listMarkdown(path.join(contentDir, c), rel)] as const));
	const perCollection = listed.map(([c, l]) => [c, l.files] as const);
	for (const [, l] of listed) problems.push(...l.problems);
	const topLevel = await readdir(contentDir, { withFileTypes: true }).catch(() => null);
	if (topLevel === null) {
		problems.push({ severity: 'error', file: rel(contentDir), path: [], line: 1, message: 'The content folder does not exist.', fix: `Create ${rel(contentDir)}/ with the folders ${COLLECTIONS.join(', ')}.` });
	} else {
		for (const d of topLevel) {
			if (d.name.startsWith('.')) continue;
			if (d.isSymbolicLink()) {
				problems.push({ severity: 'error', file: rel(path.join(contentDir, d.name)), path: [], line: 1, message: `"${d.name}" is a symbolic link: content must be files kept in the repository, and a link can point anywhere on the machine that builds the site.`, fix: 'Replace the link with the folder or file it points to, then commit it.' });
				continue;
			}
			if (d.isFile() && d.name !== 'README.md') {
				problems.push({ severity: 'error', file: rel(path.join(contentDir, d.name)), path: [], line: 1, message: `"${d.name}" is not in a collection folder, so it would not be published.`, fix: `Move it into the folder of its kind: ${COLLECTIONS.map((c) => `content/${c}/`).join(', ')}.` });
			}
			if (d.isDirectory() && !COLLECTIONS.includes(d.name as CollectionName)) {
				problems.push({ severity: 'error', file: rel(path.join(contentDir, d.name)), path: [], line: 1, message: `Unknown content folder "${d.name}": its files would not be published.`, fix: `Move the files into one of ${COLLECTIONS.map((c) => `content/${c}/`).join(', ')}.` });
			}
		}
	}

	const items = perCollection.flatMap(([collection, files]) => files.map((file) => ({ collection, file, rel: rel(file) })));
	const cache = options.cacheDir ? openParseCache(options.cacheDir) : undefined;
	const reads = readFiles(items, cache);
	cache?.save();
	const invalid = new Set<string>();
	const entries: AnyRawEntry[] = [];
	for (const r of reads) {
		problems.push(...r.problems);
		if (r.entry) entries.push(r.entry);
		if (r.invalid) invalid.add(r.invalid);
	}
	const graph = buildGraph(entries, { invalid });
	// A file that failed its schema check has its references checked too: one run reports all its problems.
	reads.forEach((r, i) => {
		if (r.unchecked) problems.push(...uncheckedReferenceProblems(items[i]!.collection, items[i]!.rel, r.unchecked, graph, invalid));
	});
	// What public/ would publish is checked with the content: the build copies it as it is.
	const published = publicDir(projectDir);
	problems.push(...checkPublic(published, projectDir));
	// The graph's problems name a field or a body line; their file is read again for its line.
	const texts = new Map(reads.map((r, i) => [items[i]!.rel, r.text]));
	problems.push(...locateProblems([...checkGraph(graph), ...localImageProblems(entries, published)], (file) => texts.get(file), contentDir, projectDir));
	return { graph, entries, problems, files: items.length };
}

function uncheckedReferenceProblems(collection: CollectionName, file: string, raw: NonNullable<FileRead['unchecked']>, graph: Graph, invalid: ReadonlySet<string>): Problem[] {
	const ids = (kind: EntityKind) => graph[collectionOf(kind)] as Map<string, unknown>;
	const known = (kind: EntityKind, id: string) => ids(kind).has(id) || invalid.has(`${collectionOf(kind)}/${id}`);
	const out: Problem[] = [];
	for (const ref of referencesIn(SCHEMAS[collection], raw.data)) {
		if (!known(ref.kind, ref.id)) out.push(raw.locate(unknownReferenceProblem(file, ref.path, ref.kind, ref.id, ids(ref.kind).keys())));
	}
	for (const link of findEntityLinks(raw.body).links) {
		if (!known(link.kind, link.id)) out.push(raw.locate(missingLinkProblem(file, link, ids(link.kind).keys())));
	}
	return out;
}

