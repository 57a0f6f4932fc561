/**
 * The one module pages ask for the archive. The graph comes from the one read of the
 * content (src/integrations/content-loader.ts); Astro's collections are asked only for
 * an entry's rendered body, one entry at a time.
 */
import { createHash } from 'node:crypto';
import { getEntry, render } from 'astro:content';
import type { Graph } from '../graph/types.ts';
import { readContentOnce, readGeneration } from '../integrations/content-loader.ts';
import type { CollectionName, EntityKind } from '../model/kinds.ts';
import { collectionOf } from '../model/kinds.ts';
import { contentDir } from '../content-io/content-dir.ts';
import { createLabels, type Labels } from '../views/kinds.ts';

export interface Archive {
	graph: Graph;
	labels: Labels;
	/** Renders the Markdown body of an entry. */
	renderBody: (kind: EntityKind, id: string) => ReturnType<typeof render>;
	/**
	 * A digest of all content, the `cacheKey` of every entry page (Astro's incremental
	 * build reuses a page from the last build when its key and code are unchanged). Every
	 * page reads the whole graph (backlinks, names of linked entries), so any change to
	 * any entry renders every page again; a rebuild with no change renders none.
	 */
	cacheKey: string;
}

let archive: Promise<Archive> | undefined;
let builtFrom = -1;

/**
 * The archive of the latest read of the content. The graph is the one the pre-flight
 * check built (content-loader.ts shares the read), not a second one; in dev a change to
 * content/ starts a new read, and the next page asks for the new archive.
 */
export const getArchive = () => {
	if (!archive || builtFrom !== readGeneration()) {
		builtFrom = readGeneration();
		archive = load();
	}
	return archive;
};

async function load(): Promise<Archive> {
	const { graph, entries } = await readContentOnce(contentDir());
	// The digest of all content, in a stable order: the cacheKey of every entry page.
	const hash = createHash('sha256');
	for (const e of [...entries].sort((a, b) => (a.collection + a.id < b.collection + b.id ? -1 : 1))) hash.update(`${e.collection}/${e.id}\n${JSON.stringify(e.data)}\n${e.body}\n`);
	return {
		graph,
		cacheKey: hash.digest('hex'),
		labels: createLabels(graph),
		renderBody: async (kind, id) => {
			const entry = await getEntry(collectionOf(kind) as CollectionName, id);
			if (!entry) throw new Error(`no ${kind} "${id}"`);
			return render(entry);
		},
	};
}
