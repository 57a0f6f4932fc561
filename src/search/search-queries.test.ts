/**
 * The ranking against the real content: the test list's first results, and every name
 * and alias of every actor and place. The browser test checks the same list through the
 * page, served and from file://.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../content-io/load-content.ts';
import { createLabels } from '../views/kinds.ts';
import type { Graph } from '../graph/types.ts';
import { normaliseName } from '../lib/normalise-name.ts';
import { paths } from '../model/urls.ts';
import { SAME_RESULTS, SEARCH_CASES } from '../../tests/search-queries.ts';
import { buildSearchIndex } from './build-index.ts';
import { decodeIndex } from './index-format.ts';
import { parseSearchState } from './query-state.ts';
import { prepareIndex, search, type SearchIndex } from './rank.ts';
import { searchEntry } from '../views/kinds.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
let graph: Graph;
let index: SearchIndex;

beforeAll(async () => {
	({ graph } = await loadContent(path.join(root, 'content'), root));
	index = prepareIndex(decodeIndex(buildSearchIndex(graph, createLabels(graph))));
});

/** A name without case, accents or word breaks: "al-Sharaa", "al Sharaa" and "alsharaa" are one name. */
const compactName = (text: string) => normaliseName(text).replace(/ /g, '');

const hitsFor = (query: string) => search(index, parseSearchState(query)).map((h) => ({ ...h.record, href: paths.entry(h.record.kind, h.record.id) }));

describe('the search test list', () => {
	it('has at least 20 queries', () => expect(SEARCH_CASES.length).toBeGreaterThanOrEqual(20));

	it.each(SEARCH_CASES)('$query → $first ($why)', ({ query, first }) => {
		expect(hitsFor(query)[0]?.href).toBe(first);
	});
});

describe('equivalent spellings', () => {
	it.each(SAME_RESULTS.map((group) => [group.join(' = '), group]))('%s give one result set in one order', (_, group) => {
		const [first, ...rest] = (group as string[]).map((q) => hitsFor(`q=${encodeURIComponent(q)}`).map((h) => h.href));
		expect(first!.length).toBeGreaterThan(1);
		for (const other of rest) expect(other).toEqual(first);
	});

	it('take a facet in any spelling, in either script', () => {
		const tartus = hitsFor('kind=event&place=Tartus').map((h) => h.href);
		expect(tartus.length).toBeGreaterThan(0);
		expect(hitsFor('kind=event&place=طرطوس').map((h) => h.href)).toEqual(tartus);
		expect(hitsFor('kind=event&place=tartous').map((h) => h.href)).toEqual(tartus);
		const sohr = hitsFor('actor=Syrian+Observatory+for+Human+Rights').map((h) => h.href);
		expect(sohr.length).toBeGreaterThan(0);
		expect(hitsFor('actor=SOHR').map((h) => h.href)).toEqual(sohr);
	});
});

describe('every alias', () => {
	it('finds its actor or place first, then its events and quotes before anything unrelated', () => {
		const labels = createLabels(graph);
		const failures: string[] = [];
		for (const kind of ['actor', 'place'] as const) {
			const nodes = kind === 'actor' ? graph.actors : graph.places;
			for (const id of nodes.keys()) {
				const names = searchEntry(graph, labels, kind, id)!.names;
				for (const name of names) {
					// A name two entities share (Russia the state and Russia the place) must find one of them.
					const owners = [...nodes.keys()].filter((other) => searchEntry(graph, labels, kind, other)!.names.some((n) => compactName(n) === compactName(name)));
					const hits = hitsFor(`q=${encodeURIComponent(name)}`);
					const firstIsOwner = hits[0]?.kind === kind && owners.includes(hits[0].id);
					const sameNamed = (h: (typeof hits)[number]) => (h.kind === 'actor' || h.kind === 'place') && searchEntry(graph, labels, h.kind, h.id)!.names.some((n) => compactName(n) === compactName(name));
					if (!firstIsOwner && !(hits[0] && sameNamed(hits[0]))) {
						failures.push(`${kind} ${id}: "${name}" finds ${hits[0] ? `${hits[0].kind} ${hits[0].id}` : 'nothing'} first`);
						continue;
					}
					// Its events and quotes: those the actor or place filter selects (a place's include the places in it).
					const related = new Set(
						hits
							.filter((h) => h.kind !== 'actor' && h.kind !== 'place' && h.kind !== 'article')
							.filter((h) => searchEntry(graph, labels, h.kind, h.id)![kind === 'actor' ? 'actors' : 'places'].includes(id))
							.map((h) => `${h.kind}:${h.id}`),
					);
					const expected = kind === 'actor' ? [...graph.actors.get(id)!.events.map((e) => e.id), ...graph.actors.get(id)!.quotes] : [...graph.places.get(id)!.events, ...graph.places.get(id)!.quotes];
					const position = hits.map((h) => `${h.kind}:${h.id}`);
					const lastRelated = Math.max(-1, ...[...related].map((r) => position.indexOf(r)));
					if (expected.some((e) => !hits.some((h) => h.id === e && (h.kind === 'event' || h.kind === 'quote')))) failures.push(`${kind} ${id}: "${name}" misses some of its events or quotes`);
					// Before the last of them: only entities (named alike, or related) and their own entries.
					// Before the last of them: entities, and entries about an entity ranked above them (another
					// actor or place the query names, e.g. "Assad" names Bashar al-Assad and the Assad loyalists).
					const about = (h: (typeof hits)[number], above: typeof hits) => {
						const e = searchEntry(graph, labels, h.kind, h.id)!;
						return above.some((x) => (x.kind === 'actor' && e.actors.includes(x.id)) || (x.kind === 'place' && e.places.includes(x.id)));
					};
					const intruder = hits.slice(0, Math.max(0, lastRelated)).find((h, i) => h.kind !== 'actor' && h.kind !== 'place' && !related.has(`${h.kind}:${h.id}`) && !about(h, hits.slice(0, i)));
					if (intruder) failures.push(`${kind} ${id}: "${name}" ranks ${intruder.kind} ${intruder.id} before its own events and quotes`);
				}
			}
		}
		expect(failures).toEqual([]);
	});
});
