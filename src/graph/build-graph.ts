/**
 * The entity graph: built once per build from every entry, in time linear in the
 * number of entries and references, by five passes in order. Pages and tools only read it.
 *
 * Input is plain data (schema-validated frontmatter plus body), from the one read of
 * the content (src/content-io/). Problems that make the graph itself wrong (unknown
 * targets, duplicate ids, circles) are collected here, never thrown; rules about what
 * the content says are in src/validate/.
 */
import { resolveContainment } from './containment.ts';
import { addNodes, emptyGraph } from './nodes.ts';
import { linkProse } from './prose-links.ts';
import { linkActors, linkArticles, linkEvents, linker, linkPlaces, linkQuotes } from './references.ts';
import { sortInTime } from './orders.ts';
import type { AnyRawEntry, Graph } from './types.ts';

export interface BuildOptions {
	/**
	 * Entries whose files exist but failed the schema check, as `collection/id`. They are
	 * reported on their own; references to them are not reported again as unknown.
	 */
	invalid?: ReadonlySet<string>;
}

export function buildGraph(entries: readonly AnyRawEntry[], options: BuildOptions = {}): Graph {
	const invalid = options.invalid ?? new Set<string>();
	const g = emptyGraph([]);
	addNodes(g, entries);
	const l = linker(g, invalid);
	linkArticles(l);
	linkQuotes(l);
	linkEvents(l);
	linkActors(l);
	linkPlaces(l);
	resolveContainment(g);
	linkProse(l, invalid);
	sortInTime(g);
	return g;
}
