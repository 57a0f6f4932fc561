/**
 * Astro's content loader for the archive: the collections are filled from the same read
 * that the validator makes (content-io/load-content.ts: gray-matter with the `yaml` parser,
 * the schemas and the graph's checks), so the build, the dev server and `npm run validate`
 * see one truth, parsed once, with one set of YAML options.
 *
 * The read is shared through a process-wide slot: the pre-flight check (run from the
 * integration) starts it, and the five collection loaders (run from content.config.ts,
 * which Vite loads as a separate module instance) take the same promise. In dev, a change
 * under content/ starts one new read for all five, and its problems are printed and kept
 * for the layout's problem banner until the content is clean again.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { loadContent, type LoadedContent } from '../content-io/load-content.ts';
import { contentDir } from '../content-io/content-dir.ts';
import { errorCount, type Problem } from '../graph/problems.ts';
import type { CollectionName } from '../model/kinds.ts';
import { formatText } from '../validate/report.ts';

interface SharedRead {
	dir: string;
	loaded: Promise<LoadedContent>;
	/** Problems of the latest finished read: the dev banner shows them. */
	problems: Problem[];
	/** Bumped on every new read, so a slower older read cannot overwrite a newer one. */
	generation: number;
}

const SLOT = Symbol.for('syria-archive.content-read');
const slot = globalThis as typeof globalThis & { [SLOT]?: SharedRead };

/** Starts a read of the content folder (or returns the one under way for it). */
export function readContentOnce(dir = contentDir()): Promise<LoadedContent> {
	const current = slot[SLOT];
	if (current && current.dir === dir) return current.loaded;
	return startRead(dir);
}

function startRead(dir: string): Promise<LoadedContent> {
	const generation = (slot[SLOT]?.generation ?? 0) + 1;
	const loaded = loadContent(dir);
	const shared: SharedRead = { dir, loaded, problems: slot[SLOT]?.problems ?? [], generation };
	slot[SLOT] = shared;
	loaded.then(
		(r) => {
			if (slot[SLOT]?.generation === generation) shared.problems = r.problems;
		},
		() => undefined,
	);
	return loaded;
}

/** The number of the latest read started: pages built from an older one are stale (dev). */
export const readGeneration = (): number => slot[SLOT]?.generation ?? 0;

/** The problems of the latest read (empty before the first one finishes). */
export const currentProblems = (): Problem[] => slot[SLOT]?.problems ?? [];

let pending: Promise<LoadedContent> | undefined;
/** One new read for a burst of file events (an editor's save is often several). */
function rereadSoon(dir: string, logger: LoaderContext['logger']): Promise<LoadedContent> {
	pending ??= new Promise<void>((resolve) => setTimeout(resolve, 80)).then(async () => {
		pending = undefined;
		const r = await startRead(dir);
		const errors = errorCount(r.problems);
		if (errors > 0) logger.warn(`content has problems (shown on every page until fixed):\n\n${formatText(r.problems, r.files, process.stderr.isTTY)}`);
		else logger.info(`content: ${r.files} files valid`);
		return r;
	});
	return pending;
}

async function fill(collection: CollectionName, loaded: LoadedContent, { store, generateDigest, renderMarkdown, watcher }: LoaderContext): Promise<void> {
	const keep = new Set<string>();
	const failed: Problem[] = [];
	for (const entry of loaded.entries) {
		if (entry.collection !== collection) continue;
		keep.add(entry.id);
		const digest = generateDigest({ data: entry.data as Record<string, unknown>, body: entry.body });
		if (store.get(entry.id)?.digest === digest) continue;
		const filePath = path.resolve(entry.file);
		let rendered: Awaited<ReturnType<typeof renderMarkdown>>;
		try {
			// No file URL on purpose: with one, Astro would take ../images/x.png for an asset to
			// optimise and fail; without it the image stays a plain <img> of public/images/.
			rendered = await renderMarkdown(entry.body);
		} catch (error) {
			failed.push(renderProblem(entry.file, error));
			continue;
		}
		store.set({ id: entry.id, data: entry.data as Record<string, unknown>, body: entry.body, filePath: path.relative(process.cwd(), filePath), digest, rendered });
	}
	if (failed.length > 0) {
		// A page without its text is not published: the build stops (its output folder is only
		// replaced by a finished build); in dev the problems join the banner's.
		const report = formatText(failed, failed.length, process.stderr.isTTY);
		if (!watcher) {
			process.stderr.write(`\nThe archive was not built: ${failed.length === 1 ? 'a text' : 'texts'} could not be rendered.\n\n${report}\n`);
			process.exit(1);
		}
		const shared = slot[SLOT];
		if (shared) shared.problems = [...shared.problems, ...failed];
	}
	// An entry whose file was removed, or no longer passes its checks, leaves the site.
	for (const id of store.keys()) if (!keep.has(id)) store.delete(id);
}

function renderProblem(file: string, error: unknown): Problem {
	return {
		severity: 'error',
		file,
		path: ['body'],
		line: 1,
		message: `The text could not be rendered: ${(error as Error).message?.split('\n')[0] ?? String(error)}.`,
		fix: 'Look for unclosed HTML, very long lines or deep nesting in the text, simplify it, and build again; if it still fails, report it with the file attached.',
	};
}

export function archiveLoader(collection: CollectionName): Loader {
	// Astro may call load() again (a config change, a sync): the watcher is wired once per watcher.
	const watched = new WeakSet<object>();
	return {
		name: 'syria-archive',
		load: async (context) => {
			const dir = contentDir();
			await fill(collection, await readContentOnce(dir), context);
			const { watcher } = context;
			if (!watcher || watched.has(watcher)) return;
			watched.add(watcher);
			watcher.add(dir);
			watcher.on('all', (_event, file) => {
				if (!path.resolve(file).startsWith(dir + path.sep)) return;
				void rereadSoon(dir, context.logger).then((r) => fill(collection, r, context));
			});
		},
	};
}
