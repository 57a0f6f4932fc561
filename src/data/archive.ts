/**
 * The one module that queries Astro's collections. It builds the graph once per build
 * (getCollection copies every entry on each call, so it is called once per collection)
 * and pages import what they need from here.
 */
import { createHash } from 'node:crypto';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { buildGraph, type AnyRawEntry, type Graph } from '../graph/build-graph.ts';
import { COLLECTIONS, KIND_OF, type CollectionName, type EntityKind } from '../schema/index.ts';
import { contentDir } from '../content-io/content-dir.ts';
import { createLabels, type Labels } from './labels.ts';

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

export const getArchive = () => (archive ??= load());

async function load(): Promise<Archive> {
	const byKey = new Map<string, CollectionEntry<CollectionName>>();
	const raw: AnyRawEntry[] = [];
	const base = contentDir();
	const digests: string[] = [];
	for (const collection of COLLECTIONS) {
		for (const entry of await getCollection(collection)) {
			byKey.set(`${KIND_OF[collection]}:${entry.id}`, entry);
			digests.push(`${collection}/${entry.id}:${entry.digest ?? createHash('sha256').update(JSON.stringify([entry.data, entry.body])).digest('hex')}`);
			raw.push({
				collection,
				id: entry.id,
				data: entry.data,
				body: entry.body ?? '',
				file: entry.filePath ?? `${base}/${collection}/${entry.id}.md`,
			} as AnyRawEntry);
		}
	}
	const graph = buildGraph(raw);
	const hash = createHash('sha256');
	for (const d of digests.sort()) hash.update(`${d}\n`);
	return {
		graph,
		cacheKey: hash.digest('hex'),
		labels: createLabels(graph),
		renderBody: (kind, id) => {
			const entry = byKey.get(`${kind}:${id}`);
			if (!entry) throw new Error(`no ${kind} "${id}"`);
			return render(entry);
		},
	};
}
