/**
 * The links of one page. A page makes its linker once (`const to = entryLinks(archive, path)`)
 * and hands components what they show: `to('actor', id)` is an entry's link, relative to
 * the page and named as the entry is named everywhere.
 */
import type { Graph } from '../graph/types.ts';
import type { EntityKind } from '../model/kinds.ts';
import { editionLinkerFor, localeOf, type SitePath } from '../model/urls.ts';
import type { Locale } from '../model/locales.ts';
import { entryPath } from './entry-path.ts';
import { localName } from './kinds.ts';

/** What EntryLink shows. */
export interface EntryLinkView {
	href: string;
	label: string;
	/** The label's language when it is not the page's (an English name on an Arabic page). */
	lang?: string | undefined;
}

export interface PageLinks {
	/** A link to an entry's page, named by its label unless `label` says otherwise. */
	(kind: EntityKind, id: string, label?: string): EntryLinkView;
	/** Any site path, relative to the page: a page in the page's edition, assets and data as they are. */
	url: (to: SitePath) => string;
	/** The edition of the page: the language its views word things in. */
	locale: Locale;
}

export function entryLinks({ graph }: { graph: Graph }, from: SitePath): PageLinks {
	const url = editionLinkerFor(from);
	const locale = localeOf(from);
	const link = (kind: EntityKind, id: string, label?: string): EntryLinkView => {
		const href = url(entryPath(graph, kind, id));
		if (label !== undefined) return { href, label };
		const name = localName(graph, locale, kind, id);
		return { href, label: name.text, lang: name.lang };
	};
	return Object.assign(link, { url, locale });
}
