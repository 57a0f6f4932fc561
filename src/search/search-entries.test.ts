/** What each entry page tells Pagefind, read from the real content. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../content-io/load-content.ts';
import { createLabels, type Labels } from '../views/kinds.ts';
import { statementHasOwnPage, type Graph } from '../graph/types.ts';
import type { EntityKind } from '../model/kinds.ts';
import { formatDate, startKey } from '../lib/dates.ts';
import { searchEntry } from '../views/kinds.ts';
import { entryProps } from './search-entries.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
let graph: Graph;
let labels: Labels;
beforeAll(async () => {
	({ graph } = await loadContent(path.join(root, 'content'), root));
	labels = createLabels(graph);
});

/** An entry's Pagefind attributes as its document gets them, or undefined when it is not searchable. */
const searchProps = (kind: EntityKind, id: string) => {
	const e = searchEntry(graph, labels, kind, id);
	return e && entryProps(graph, e);
};

describe("an entry's Pagefind attributes", () => {
	it('gives an event its kind, type, year, actors and places (with the places they lie in), and a date sort key', () => {
		const p = searchProps('event', 'jableh-attack-2025-03-06')!;
		expect(p.searchFilters).toMatchObject({ kind: ['event'], type: ['battle'], year: ['2025'] });
		expect(p.searchFilters.actor).toEqual(expect.arrayContaining(['Assad loyalists']));
		expect(p.searchFilters.place).toEqual(['Jableh', 'Latakia Governorate', 'Syrian coast', 'Syria']);
		expect(p.searchSort).toEqual({ date: '2025-03-06' });
		expect(p.searchMeta).toMatchObject({ kind: 'event', date: '6 March 2025' });
	});

	it('files an actor under its own name, undated', () => {
		const p = searchProps('actor', 'ahmad-al-sharaa')!;
		expect(p.searchFilters).toEqual({ kind: ['actor'], actor: ['Ahmad al-Sharaa'] });
		expect(p.searchSort).toEqual({});
	});

	it("shows an undated quote's date as its article's, labelled \"reported\", and sorts it by that date; a dated quote by when it was said", () => {
		const undated = [...graph.quotes.values()].find((q) => !q.said && graph.articles.get(q.data.source)?.published)!;
		expect(undated).toBeDefined();
		const published = graph.articles.get(undated.data.source)!.published!;
		const p = searchProps('quote', undated.id)!;
		expect(p.searchMeta.date).toBe(`reported ${formatDate(published)}`);
		expect(p.searchSort).toEqual({ date: startKey(published) });
		const dated = [...graph.quotes.values()].find((q) => q.said)!;
		expect(dated).toBeDefined();
		expect(searchProps('quote', dated.id)!.searchMeta.date).toBe(formatDate(dated.said!));
	});

	it('labels an undated statement\'s date "reported" too', () => {
		const undated = [...graph.statements.values()].find((s) => !s.said && statementHasOwnPage(s))!;
		expect(undated).toBeDefined();
		const e = searchEntry(graph, labels, 'statement', undated.id)!;
		expect(e.dateReported).toBe(true);
		expect(searchProps('statement', undated.id)!.searchMeta.date).toMatch(/^reported \d/);
	});

	it('lists a statement only when several sources rendered it', () => {
		const multi = [...graph.statements.values()].find((s) => s.quotes.length > 1);
		const single = [...graph.statements.values()].find((s) => s.quotes.length === 1);
		if (multi) expect(searchProps('statement', multi.id)!.searchFilters.kind).toEqual(['statement']);
		if (single) expect(searchProps('statement', single.id)).toBeUndefined();
		expect(multi ?? single).toBeDefined();
	});
});
