/**
 * The links of one page. A page makes its linker once (`const to = entryLinks(archive, path)`)
 * and hands components what they show: `to('actor', id)` is an entry's link, relative to
 * the page and named as the entry is named everywhere.
 */
import type { Graph } from '../graph/types.ts';
import type { EntityKind } from '../model/kinds.ts';
import { editionLinkerFor, type SitePath } from '../model/urls.ts';
import { entryPath } from './entry-path.ts';
import type { Labels } from './kinds.ts';

/** What EntryLink shows. */
export interface EntryLinkView {
	href: string;
	label: string;
}

export interface PageLinks {
	/** A link to an entry's page, named by its label unless `label` says otherwise. */
	(kind: EntityKind, id: string, label?: string): EntryLinkView;
	/** Any site path, relative to the page: a page in the page's edition, assets and data as they are. */
	url: (to: SitePath) => string;
}

export function entryLinks({ graph, labels }: { graph: Graph; labels: Labels }, from: SitePath): PageLinks {
	const url = editionLinkerFor(from);
	const link = (kind: EntityKind, id: string, label?: string): EntryLinkView => ({ href: url(entryPath(graph, kind, id)), label: label ?? labels(kind, id) });
	return Object.assign(link, { url });
}
