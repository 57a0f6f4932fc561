/**
 * The page an entry is shown on. Usually its own (urls.ts), but a statement reported
 * only once is shown on its quote's page.
 */
import { statementHasOwnPage, type Graph } from '../graph/types.ts';
import { paths, type SitePath } from '../model/urls.ts';
import type { EntityKind } from '../model/kinds.ts';

export function entryPath(g: Graph, kind: EntityKind, id: string): SitePath {
	if (kind === 'statement') {
		const s = g.statements.get(id);
		if (s && !statementHasOwnPage(s)) return paths.entry('quote', s.quotes[0]!);
	}
	return paths.entry(kind, id);
}
