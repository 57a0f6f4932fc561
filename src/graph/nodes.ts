/**
 * Pass 1: one node per entry, with its dates parsed once and its lists empty, so that
 * every id is known before any reference is resolved. One maker per collection.
 */
import { endKey, parseFuzzyDate, startKey } from '../lib/dates.ts';
import { COLLECTIONS, kindOf, type CollectionName } from '../model/kinds.ts';
import type { Problem } from './problems.ts';
import type { ActorNode, AnyRawEntry, ArticleNode, EventNode, Graph, NodeBase, PlaceNode, QuoteNode, RawEntry } from './types.ts';

/** A date the schema accepted; a refusal here is a bug in the schema, not in the content. */
export const date = (value: string) => {
	const parsed = parseFuzzyDate(value);
	if (!parsed.ok) throw new Error(`unparsed date "${value}" reached the graph; the schema should have refused it`);
	return parsed.date;
};
const optionalDate = (value: string | undefined) => (value === undefined ? undefined : date(value));

type Base = Omit<NodeBase<CollectionName>, 'data'>;

/** How each collection's entry becomes its node; the graph's maps are typed from these. */
const MAKE = {
	articles: (e: RawEntry<'articles'>, base: Base): ArticleNode => ({ ...base, kind: 'article', data: e.data, status: e.data.status ?? (e.body.trim() === '' ? 'cited' : 'archived'), published: optionalDate(e.data.published), quotes: [], events: [], mentions: [] }),
	quotes: (e: RawEntry<'quotes'>, base: Base): QuoteNode => {
		const speaker = e.data.speaker;
		return {
			...base,
			kind: 'quote',
			data: e.data,
			said: optionalDate(e.data.said),
			statement: e.data.statement ?? e.id,
			speakerActor: typeof speaker === 'string' ? speaker : speaker.affiliation,
			speakerIsNamed: typeof speaker === 'string',
			verification: 'unverified',
		};
	},
	events: (e: RawEntry<'events'>, base: Base): EventNode => {
		const d = date(e.data.date);
		return { ...base, kind: 'event', data: e.data, date: d, start: startKey(d), end: endKey(d), claims: [], otherDates: e.data.otherDates.map((o) => ({ ...o, date: date(o.date) })), quotes: [], parts: [] };
	},
	actors: (e: RawEntry<'actors'>, base: Base): ActorNode => ({
		...base,
		kind: 'actor',
		data: e.data,
		quotes: [],
		events: [],
		articles: [],
		claims: [],
		memberOf: e.data.memberOf.map((m) => ({ actor: m.actor, relation: m.relation, from: optionalDate(m.from), to: optionalDate(m.to) })),
		members: [],
		officeHolders: [],
		roles: e.data.roles.map((r) => ({ title: r.title, of: r.of, from: optionalDate(r.from), to: optionalDate(r.to), source: r.source })),
	}),
	places: (e: RawEntry<'places'>, base: Base): PlaceNode => ({ ...base, kind: 'place', data: e.data, events: [], quotes: [], children: [], ancestors: [], eventsWithin: [] }),
} satisfies { [C in CollectionName]: (e: RawEntry<C>, base: Base) => NodeBase<C> };

export type NodeOf = { [C in CollectionName]: ReturnType<(typeof MAKE)[C]> };

export const emptyGraph = (problems: Problem[]): Graph => ({
	...(Object.fromEntries(COLLECTIONS.map((c) => [c, new Map()])) as { [C in CollectionName]: Graph[C] }),
	statements: new Map(),
	chronology: [],
	problems,
});

/** Adds a node for each entry; a second entry with an id already taken is reported, not added. */
export function addNodes(g: Graph, entries: readonly AnyRawEntry[]): void {
	for (const e of entries) {
		const nodes = g[e.collection] as Map<string, { file: string }>;
		const existing = nodes.get(e.id);
		if (existing) {
			g.problems.push({
				severity: 'error',
				file: e.file,
				path: [],
				message: `Duplicate id "${e.id}": ${existing.file} has the same id.`,
				fix: `Ids are file names, so two files in content/${e.collection}/ (sub-folders included) cannot share one. Rename one of them, or merge them if they describe the same ${kindOf(e.collection)}.`,
			});
			continue;
		}
		const make = MAKE[e.collection] as (e: AnyRawEntry, base: Base) => { file: string };
		nodes.set(e.id, make(e, { kind: kindOf(e.collection), id: e.id, file: e.file, body: e.body, mentionedBy: [] }));
	}
}
