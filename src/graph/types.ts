/**
 * The entity graph's shape: one node per entry, with the references between entries
 * resolved both ways. Built by build-graph.ts; pages, views and tools only read it.
 */
import type { z } from 'astro/zod';
import type { CasualtyClaim, SCHEMAS } from '../model/schemas.ts';
import { collectionOf, type CollectionName, type EntityKind } from '../model/kinds.ts';
import type { FuzzyDate } from '../lib/dates.ts';
import type { NodeOf } from './nodes.ts';
import type { Problem } from './problems.ts';

/** The frontmatter of each collection, as its schema outputs it. */
export type DataOf = { [C in CollectionName]: z.output<(typeof SCHEMAS)[C]> };

export interface RawEntry<C extends CollectionName = CollectionName> {
	collection: C;
	id: string;
	data: DataOf[C];
	body: string;
	/** Path of the source file relative to the project, for messages. */
	file: string;
}

export type AnyRawEntry = { [C in CollectionName]: RawEntry<C> }[CollectionName];

export interface Ref {
	kind: EntityKind;
	id: string;
}

export interface NodeBase<C extends CollectionName> {
	kind: EntityKind;
	id: string;
	file: string;
	data: DataOf[C];
	body: string;
	/** Entries whose prose links here. */
	mentionedBy: Ref[];
}

export interface ArticleNode extends NodeBase<'articles'> {
	kind: 'article';
	/** Archived (text held, quotes checked) or cited (metadata only). */
	status: 'archived' | 'cited';
	/** Undefined when the source shows no date. */
	published: FuzzyDate | undefined;
	quotes: string[];
	events: string[];
	/** Entities this article's text links to. */
	mentions: Ref[];
}

export type Verification = 'verified' | 'unverified' | 'mismatch';

export interface QuoteNode extends NodeBase<'quotes'> {
	kind: 'quote';
	said: FuzzyDate | undefined;
	statement: string;
	/** The actor who spoke, or for an unnamed speaker, the organisation tied to them. */
	speakerActor: string | undefined;
	speakerIsNamed: boolean;
	verification: Verification;
}

export interface StatementNode {
	kind: 'statement';
	id: string;
	quotes: string[];
	speakerActor: string | undefined;
	said: FuzzyDate | undefined;
}

/**
 * A statement reported once is its quote: only statements with several renderings get a
 * page of their own (at 10,000 events, single ones would be a quarter of all pages).
 */
export const statementHasOwnPage = (s: StatementNode) => s.quotes.length > 1;

/** An entry's Markdown body ('' for a statement, which has none of its own). */
export const bodyOf = (g: Graph, kind: EntityKind, id: string): string =>
	(g[collectionOf(kind)] as Map<string, { body?: string }>).get(id)?.body ?? '';

export interface ClaimNode extends CasualtyClaim {
	event: string;
	asOfDate: FuzzyDate;
}

export interface EventNode extends NodeBase<'events'> {
	kind: 'event';
	date: FuzzyDate;
	start: string;
	end: string;
	claims: ClaimNode[];
	/** Dates other sources give for the event, parsed, each with its source. */
	otherDates: { date: FuzzyDate; source: string; note?: string | undefined }[];
	quotes: string[];
	parts: string[];
}

export interface RoleView {
	title: string;
	of: string | undefined;
	from: FuzzyDate | undefined;
	to: FuzzyDate | undefined;
	source: string | undefined;
}

export interface MembershipView {
	actor: string;
	relation: string;
	from: FuzzyDate | undefined;
	to: FuzzyDate | undefined;
}

export interface ActorNode extends NodeBase<'actors'> {
	kind: 'actor';
	quotes: string[];
	/** Its events, each with its roles there; a role one side alleges carries who alleges it. */
	events: { id: string; roles: { role: string; claimedBy?: string }[] }[];
	articles: string[];
	claims: ClaimNode[];
	/** Groups this actor belongs to, with parsed dates. */
	memberOf: MembershipView[];
	/** Actors that are members or parts of this one. */
	members: (MembershipView & { id: string })[];
	roles: RoleView[];
	/** Roles other actors hold in this one (e.g. president of a state). */
	officeHolders: { id: string; title: string }[];
}

export interface PlaceNode extends NodeBase<'places'> {
	kind: 'place';
	events: string[];
	quotes: string[];
	children: string[];
	/** From this place outward: its parent, the parent's parent, … */
	ancestors: string[];
	/** Events here or in any place inside this one, in time order. */
	eventsWithin: string[];
}

/** One map of nodes per collection, by id (the node of each collection is made in nodes.ts). */
type StoredNodes = { [C in CollectionName]: Map<string, NodeOf[C]> };

export interface Graph extends StoredNodes {
	/** Derived from quotes: one per utterance. */
	statements: Map<string, StatementNode>;
	/** Events by start date, then end date, then id. */
	chronology: EventNode[];
	problems: Problem[];
}
