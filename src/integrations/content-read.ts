/**
 * The one read of the content per build (content-io/load-content.ts: gray-matter with
 * the `yaml` parser, the schemas and every rule), shared by everything that needs it: the
 * pre-flight report, the search documents and the pages, so the build, the dev server and
 * `npm run validate` see one truth, parsed once, with one set of YAML options.
 *
 * The read is kept in a process-wide slot: the pre-flight check (run from the integration)
 * starts it, and the pages, which Vite loads as separate module instances, take the same
 * promise (src/data/archive.ts). Astro's content collections are not used: the graph is
 * the store. In dev, a change under content/ starts a new read; its problems are printed
 * and kept for the layout's problem banner until the content is clean again.
 */
import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import path from 'node:path';
import { loadContent, type LoadedContent, type LoadOptions } from '../content-io/load-content.ts';
import { contentDir } from '../content-io/content-dir.ts';
import { errorCount, type Problem } from '../graph/problems.ts';
import { formatText } from '../validate/report.ts';

interface SharedRead {
	dir: string;
	options: LoadOptions;
	loaded: Promise<LoadedContent>;
	/** Problems of the latest finished read: the dev banner shows them. */
	problems: Problem[];
	/** Bumped on every new read, so a slower older read cannot overwrite a newer one. */
	generation: number;
}

const SLOT = Symbol.for('syria-archive.content-read');
const slot = globalThis as typeof globalThis & { [SLOT]?: SharedRead };

/**
 * Starts a read of the content folder (or returns the one under way for it). The first
 * caller (the integration) gives the options; pages take the read it started.
 */
export function readContentOnce(dir = contentDir(), options: LoadOptions = {}): Promise<LoadedContent> {
	const current = slot[SLOT];
	if (current && current.dir === dir) return current.loaded;
	return startRead(dir, options);
}

function startRead(dir: string, options: LoadOptions): Promise<LoadedContent> {
	const generation = (slot[SLOT]?.generation ?? 0) + 1;
	const loaded = loadContent(dir, process.cwd(), options);
	const shared: SharedRead = { dir, options, loaded, problems: slot[SLOT]?.problems ?? [], generation };
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
function rereadSoon(dir: string, logger: AstroIntegrationLogger): Promise<LoadedContent> {
	pending ??= new Promise<void>((resolve) => setTimeout(resolve, 80)).then(async () => {
		pending = undefined;
		const r = await startRead(dir, slot[SLOT]?.options ?? {});
		const errors = errorCount(r.problems);
		if (errors > 0) logger.warn(`content has problems (shown on every page until fixed):\n\n${formatText(r.problems, r.files, process.stderr.isTTY)}`);
		else logger.info(`content: ${r.files} files valid`);
		return r;
	});
	return pending;
}

/**
 * In `astro dev`: a change under content/ starts a new read, then every page is rendered
 * afresh (Astro's cache of static paths is cleared, as its own content layer does) and
 * open browser tabs reload.
 */
export function watchContent(server: ViteDevServer, logger: AstroIntegrationLogger, dir = contentDir()): void {
	server.watcher.add(dir);
	server.watcher.on('all', (_event, file) => {
		if (!path.resolve(file).startsWith(dir + path.sep)) return;
		void rereadSoon(dir, logger).then(() => {
			for (const name of ['ssr', 'prerender']) server.environments[name]?.hot.send('astro:content-changed', {});
			server.environments.client?.hot.send({ type: 'full-reload', path: '*' });
		});
	});
}
