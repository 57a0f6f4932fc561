/**
 * The entity graph: built once per build from every entry, in time linear in the
 * number of entries and references. Pages and tools only read it.
 *
 * Input is plain data (schema-validated frontmatter plus body), so the same function
 * serves Astro (fed by getCollection) and Node tools (fed by files read by content-io/).
 * Reference problems are collected, never thrown: the caller reports them all at once.
 */
import type { Actor, Article, CasualtyClaim, CollectionName, EntityKind, Event, Place, Quote } from '../schema/index.ts';
import { COLLECTIONS, collectionOf, kindOf } from '../model/kinds.ts';
import { endKey, parseFuzzyDate, startKey, type FuzzyDate } from '../lib/dates.ts';
import { findEntityLinks, type FoundLink } from '../lib/entity-links.ts';
import { appearsIn, prepareSource, type PreparedSource } from '../lib/text-match.ts';
import { externalImageProblem, findExternalImages, findLostLinks, findUnsafeUrls, lostLinkProblem, unsafeUrlProblem } from '../lib/unsafe-urls.ts';
import { bodyTextProblems } from '../lib/body-limits.ts';
import { didYouMean, nearest } from '../lib/suggest.ts';
import { formatPath, type Problem } from './problems.ts';
import { findCircles } from './cycles.ts';

export interface DataOf {
	articles: Article;
	quotes: Quote;
	events: Event;
	actors: Actor;
	places: Place;
}

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

interface NodeBase<C extends CollectionName> {
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

export interface Graph {
	articles: Map<string, ArticleNode>;
	quotes: Map<string, QuoteNode>;
	statements: Map<string, StatementNode>;
	events: Map<string, EventNode>;
	actors: Map<string, ActorNode>;
	places: Map<string, PlaceNode>;
	/** Events by start date, then end date, then id. */
	chronology: EventNode[];
	problems: Problem[];
}

const date = (value: string) => {
	const parsed = parseFuzzyDate(value);
	if (!parsed.ok) throw new Error(`unparsed date "${value}" reached the graph; the schema should have refused it`);
	return parsed.date;
};
const optionalDate = (value: string | undefined) => (value === undefined ? undefined : date(value));

/**
 * Appends `value` unless the list holds it. Lists of a prominent actor reach thousands
 * of ids, so past a few items membership is kept in a Set (per graph, made on demand)
 * instead of scanning the list: the graph stays linear in its references.
 */
const uniquePusher = () => {
	const members = new WeakMap<string[], Set<string>>();
	return (list: string[], value: string) => {
		if (list.length < 16) {
			if (!list.includes(value)) list.push(value);
			return;
		}
		let set = members.get(list);
		if (!set) members.set(list, (set = new Set(list)));
		if (!set.has(value)) {
			set.add(value);
			list.push(value);
		}
	};
};

export interface BuildOptions {
	/**
	 * Entries whose files exist but failed the schema check, as `collection/id`. They are
	 * reported on their own; references to them are not reported again as unknown.
	 */
	invalid?: ReadonlySet<string>;
}

export function buildGraph(entries: readonly AnyRawEntry[], options: BuildOptions = {}): Graph {
	const invalid = options.invalid ?? new Set<string>();
	const pushUnique = uniquePusher();
	const problems: Problem[] = [];
	const g: Graph = {
		articles: new Map(),
		quotes: new Map(),
		statements: new Map(),
		events: new Map(),
		actors: new Map(),
		places: new Map(),
		chronology: [],
		problems,
	};

	// 1. Nodes. Every id is known before any reference is resolved.
	for (const e of entries) {
		const base = { id: e.id, file: e.file, body: e.body, mentionedBy: [] as Ref[] };
		const existing = (g[e.collection] as Map<string, { file: string }>).get(e.id);
		if (existing) {
			problems.push({
				severity: 'error',
				file: e.file,
				path: [],
				message: `Duplicate id "${e.id}": ${existing.file} has the same id.`,
				fix: `Ids are file names, so two files in content/${e.collection}/ (sub-folders included) cannot share one. Rename one of them, or merge them if they describe the same ${kindOf(e.collection)}.`,
			});
			continue;
		}
		switch (e.collection) {
			case 'articles':
				g.articles.set(e.id, { ...base, kind: 'article', data: e.data, status: e.data.status ?? (e.body.trim() === '' ? 'cited' : 'archived'), published: optionalDate(e.data.published), quotes: [], events: [], mentions: [] });
				break;
			case 'quotes': {
				const speaker = e.data.speaker;
				g.quotes.set(e.id, {
					...base,
					kind: 'quote',
					data: e.data,
					said: optionalDate(e.data.said),
					statement: e.data.statement ?? e.id,
					speakerActor: typeof speaker === 'string' ? speaker : speaker.affiliation,
					speakerIsNamed: typeof speaker === 'string',
					verification: 'unverified',
				});
				break;
			}
			case 'events': {
				const d = date(e.data.date);
				g.events.set(e.id, { ...base, kind: 'event', data: e.data, date: d, start: startKey(d), end: endKey(d), claims: [], otherDates: e.data.otherDates.map((o) => ({ ...o, date: date(o.date) })), quotes: [], parts: [] });
				break;
			}
			case 'actors':
				g.actors.set(e.id, {
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
				});
				break;
			case 'places':
				g.places.set(e.id, { ...base, kind: 'place', data: e.data, events: [], quotes: [], children: [], ancestors: [], eventsWithin: [] });
				break;
		}
	}

	// 2. References. `resolve` reports a missing target with the nearest ids.
	const resolve = (from: { file: string }, path: (string | number)[], kind: EntityKind, id: string | undefined): boolean => {
		if (id === undefined) return false;
		const collection = collectionOf(kind);
		const targets = g[collection] as Map<string, unknown>;
		if (targets.has(id)) return true;
		if (invalid.has(`${collection}/${id}`)) return false;
		problems.push(unknownReferenceProblem(from.file, path, kind, id, targets.keys()));
		return false;
	};

	for (const a of g.articles.values()) {
		if (resolve(a, ['publisher'], 'actor', a.data.publisher)) pushUnique(g.actors.get(a.data.publisher)!.articles, a.id);
		a.data.via.forEach((v, i) => {
			if (resolve(a, ['via', i], 'actor', v)) pushUnique(g.actors.get(v)!.articles, a.id);
		});
		const problem = sourceStatusProblem(a);
		if (problem) problems.push(problem);
	}

	const prepared = new Map<string, PreparedSource>();
	for (const q of g.quotes.values()) {
		const s = q.data.speaker;
		const speakerPath = typeof s === 'string' ? ['speaker'] : ['speaker', 'affiliation'];
		if (resolve(q, speakerPath, 'actor', q.speakerActor)) pushUnique(g.actors.get(q.speakerActor!)!.quotes, q.id);
		if (resolve(q, ['source'], 'article', q.data.source)) {
			const article = g.articles.get(q.data.source)!;
			pushUnique(article.quotes, q.id);
			if (q.speakerActor && g.actors.has(q.speakerActor)) pushUnique(g.actors.get(q.speakerActor)!.articles, article.id);
			q.verification = verifyQuote(q, article, prepared, problems);
			if (q.said && article.published && startKey(q.said) > endKey(article.published)) {
				problems.push({
					severity: 'error',
					file: q.file,
					path: ['said'],
					message: `The words are dated ${q.data.said}, after their source was published (${article.data.published}).`,
					fix: 'An article reports words said before it was published: check "said" against the article, and the article\'s published date.',
				});
			}
		}
		if (resolve(q, ['place'], 'place', q.data.place)) pushUnique(g.places.get(q.data.place!)!.quotes, q.id);
		if (resolve(q, ['event'], 'event', q.data.event)) pushUnique(g.events.get(q.data.event!)!.quotes, q.id);

		const statement = g.statements.get(q.statement);
		if (!statement) {
			g.statements.set(q.statement, { kind: 'statement', id: q.statement, quotes: [q.id], speakerActor: q.speakerActor, said: q.said });
		} else {
			statement.quotes.push(q.id);
			statement.said ??= q.said;
			if (statement.speakerActor !== q.speakerActor) {
				problems.push({
					severity: 'error',
					file: q.file,
					path: ['statement'],
					message: `Statement "${q.statement}" has two speakers: this quote's speaker is ${speakerName(q.speakerActor)}, but ${g.quotes.get(statement.quotes[0]!)!.file} gives ${speakerName(statement.speakerActor)}.`,
					fix: `The quotes of one statement render one utterance by one speaker. Correct the speaker of one of them, or, if these are different utterances, remove "statement: ${q.statement}" from this quote.`,
				});
			}
		}
	}

	for (const ev of g.events.values()) {
		ev.data.actors.forEach((a, i) => {
			// When who did it is one side's claim, a community named as the target (the victims' sect or
			// people) is usually part of that account, and a sectarian label must not be stated as fact.
			const claimedElsewhere = ev.data.actors.some((o) => o.role === 'perpetrator' && o.claimedBy !== undefined && o.claimedBy !== o.actor);
			if (a.role === 'target' && a.claimedBy === undefined && claimedElsewhere && g.actors.get(a.actor)?.data.kind === 'community') {
				problems.push({
					severity: 'warning',
					file: ev.file,
					path: ['actors', i, 'role'],
					message: `The community "${a.actor}" is named as the target as a fact, while who did it is one side's claim.`,
					fix: 'If the victims\' community is that side\'s account too, add claimedBy and source; keep it without them only when every source states it in its own voice.',
				});
			}
			if (a.role === 'perpetrator' && a.claimedBy === undefined) {
				problems.push({
					severity: 'error',
					file: ev.file,
					path: ['actors', i, 'role'],
					message: `"${a.actor}" is named as perpetrator without saying who says so.`,
					fix: `Who did it is a claim: add claimedBy (the actor that names "${a.actor}": a monitor, a government, or "${a.actor}" itself when it announced its own act) and source (the article that reports it). Rival accounts are separate entries, each with its claimant.`,
				});
			}
			resolve(ev, ['actors', i, 'claimedBy'], 'actor', a.claimedBy);
			resolve(ev, ['actors', i, 'source'], 'article', a.source);
			if (!resolve(ev, ['actors', i, 'actor'], 'actor', a.actor)) return;
			const actor = g.actors.get(a.actor)!;
			const last = actor.events[actor.events.length - 1];
			const role = a.claimedBy ? { role: a.role, claimedBy: a.claimedBy } : { role: a.role };
			if (last?.id === ev.id) last.roles.push(role);
			else actor.events.push({ id: ev.id, roles: [role] });
		});
		ev.data.places.forEach((p, i) => {
			if (resolve(ev, ['places', i], 'place', p)) pushUnique(g.places.get(p)!.events, ev.id);
		});
		ev.data.sources.forEach((s, i) => {
			if (resolve(ev, ['sources', i], 'article', s)) pushUnique(g.articles.get(s)!.events, ev.id);
		});
		ev.data.otherDates.forEach((d, i) => resolve(ev, ['otherDates', i, 'source'], 'article', d.source));
		ev.data.casualties.forEach((c, i) => {
			const claim: ClaimNode = { ...c, event: ev.id, asOfDate: date(c.asOf) };
			ev.claims.push(claim);
			if (endKey(claim.asOfDate) < ev.start) {
				problems.push({
					severity: 'error',
					file: ev.file,
					path: ['casualties', i, 'asOf'],
					message: `The figure is dated as of ${c.asOf}, before the event began (${ev.data.date}).`,
					fix: 'A toll is counted on or after the day the event began: check asOf (the date the claimant gave the figure) and the event\'s date against the source.',
				});
			}
			if (resolve(ev, ['casualties', i, 'claimedBy'], 'actor', c.claimedBy)) g.actors.get(c.claimedBy)!.claims.push(claim);
			resolve(ev, ['casualties', i, 'source'], 'article', c.source);
		});
		if (ev.data.partOf !== undefined) {
			if (ev.data.partOf === ev.id) {
				problems.push({ severity: 'error', file: ev.file, path: ['partOf'], message: 'An event cannot be part of itself.', fix: 'Remove partOf or name the larger event.' });
			} else if (resolve(ev, ['partOf'], 'event', ev.data.partOf)) g.events.get(ev.data.partOf)!.parts.push(ev.id);
		}
	}

	for (const actor of g.actors.values()) {
		actor.data.roles.forEach((r, i) => {
			if (resolve(actor, ['roles', i, 'of'], 'actor', r.of)) g.actors.get(r.of!)!.officeHolders.push({ id: actor.id, title: r.title });
			resolve(actor, ['roles', i, 'source'], 'article', r.source);
			checkOrder(actor, ['roles', i, 'to'], r.from, r.to, problems);
		});
		actor.memberOf.forEach((m, i) => {
			if (m.actor === actor.id) {
				problems.push({ severity: 'error', file: actor.file, path: ['memberOf', i, 'actor'], message: 'An actor cannot be a member of itself.', fix: 'Name the group this actor belongs to.' });
			} else if (resolve(actor, ['memberOf', i, 'actor'], 'actor', m.actor)) g.actors.get(m.actor)!.members.push({ ...m, id: actor.id });
			const written = actor.data.memberOf[i]!;
			resolve(actor, ['memberOf', i, 'source'], 'article', written.source);
			checkOrder(actor, ['memberOf', i, 'to'], written.from, written.to, problems);
		});
	}

	for (const place of g.places.values()) {
		if (resolve(place, ['in'], 'place', place.data.in)) g.places.get(place.data.in!)!.children.push(place.id);
	}
	for (const circle of findCircles(g.events.keys(), (id) => { const p = g.events.get(id)?.data.partOf; return p && g.events.has(p) && p !== id ? [p] : []; })) {
		problems.push({
			severity: 'error',
			file: g.events.get(circle[0]!)!.file,
			path: ['partOf'],
			message: `Events are part of each other in a circle: ${[...circle, circle[0]].join(' → ')}.`,
			fix: `An event is part of a larger one. Correct the "partOf" field of one of them: ${circle.map((id) => `content/events/${id}.md`).join(', ')}.`,
		});
	}
	const partOf = (id: string) => (g.actors.get(id)?.memberOf ?? []).filter((m) => m.relation === 'part-of' && m.actor !== id && g.actors.has(m.actor)).map((m) => m.actor);
	for (const circle of findCircles(g.actors.keys(), partOf)) {
		const first = g.actors.get(circle[0]!)!;
		problems.push({
			severity: 'error',
			file: first.file,
			path: ['memberOf', first.memberOf.findIndex((m) => m.actor === circle[1 % circle.length] && m.relation === 'part-of'), 'actor'],
			message: `Actors are part of each other in a circle: ${[...circle, circle[0]].join(' → ')}.`,
			fix: `"part-of" names a larger body. Correct the memberOf entry of one of them (or use relation: ally or affiliated): ${circle.map((id) => `content/actors/${id}.md`).join(', ')}.`,
		});
	}
	for (const place of g.places.values()) place.ancestors = ancestorsOf(place, g.places, problems);
	// Each event counts once for every place it lies in: linear in events × nesting depth.
	for (const ev of g.events.values()) {
		const within = new Set<string>();
		for (const id of ev.data.places) {
			const place = g.places.get(id);
			if (!place) continue;
			within.add(id);
			for (const outer of place.ancestors) within.add(outer);
		}
		for (const id of within) g.places.get(id)!.eventsWithin.push(ev.id);
	}

	// 3. Prose links in every body, and backlinks from them.
	const mentioned = new Set<string>();
	for (const collection of COLLECTIONS) {
		for (const node of (g[collection] as Map<string, NodeBase<typeof collection> & { kind: EntityKind }>).values()) {
			const { links, malformed } = findEntityLinks(node.body);
			for (const unsafe of findUnsafeUrls(node.body)) problems.push(unsafeUrlProblem(node.file, unsafe));
			for (const image of findExternalImages(node.body)) problems.push(externalImageProblem(node.file, image));
			for (const lost of findLostLinks(node.body)) problems.push(lostLinkProblem(node.file, lost));
			for (const p of bodyTextProblems(node.file, node.body)) problems.push(p);
			for (const bad of malformed) {
				problems.push({
					severity: 'error',
					file: node.file,
					path: ['body'],
					bodyLine: bad.line,
					column: bad.column,
					message: `Malformed cross-link "${bad.href}".`,
					fix: 'Write cross-links as [text](kind:id), where kind is article, quote, statement, event, actor or place and id is a file name, e.g. [al-Sharaa](actor:ahmad-al-sharaa).',
				});
			}
			for (const link of links) {
				const targets = g[collectionOf(link.kind)] as Map<string, { mentionedBy?: Ref[] }>;
				const target = targets.get(link.id);
				const linkProblem = (message: string, fix: string, suggestion?: string) =>
					problems.push({ severity: 'error', file: node.file, path: ['body'], bodyLine: link.line, column: link.column, message, fix, ...(suggestion ? { suggestion } : {}) });
				if (!target) {
					if (!invalid.has(`${collectionOf(link.kind)}/${link.id}`)) problems.push(missingLinkProblem(node.file, link, targets.keys()));
					continue;
				}
				if (link.kind === 'statement' && !statementHasOwnPage(target as StatementNode)) {
					const only = (target as StatementNode).quotes[0]!;
					linkProblem(
						`Cross-link to statement "${link.id}", which has only one rendering, so it has no page of its own.`,
						`Link its quote instead: [${link.text}](quote:${only}).`,
						`quote:${only}`,
					);
					continue;
				}
				const mention = `${link.kind}:${link.id}<${node.kind}:${node.id}`;
				if (target.mentionedBy && !mentioned.has(mention)) {
					mentioned.add(mention);
					target.mentionedBy.push({ kind: node.kind, id: node.id });
				}
				if (node.kind === 'article') {
					(node as unknown as ArticleNode).mentions.push({ kind: link.kind, id: link.id });
					if (link.kind === 'actor') pushUnique(g.actors.get(link.id)!.articles, node.id);
				}
			}
		}
	}

	// 4. Orders that pages rely on.
	g.chronology = [...g.events.values()].sort(byDate);
	const chronoIndex = new Map(g.chronology.map((e, i) => [e.id, i]));
	const byChrono = (a: string, b: string) => chronoIndex.get(a)! - chronoIndex.get(b)!;
	for (const actor of g.actors.values()) actor.events.sort((a, b) => byChrono(a.id, b.id));
	for (const place of g.places.values()) {
		place.events.sort(byChrono);
		place.eventsWithin.sort(byChrono);
	}
	for (const article of g.articles.values()) article.events.sort(byChrono);
	for (const ev of g.events.values()) ev.parts.sort(byChrono);

	return g;
}

const speakerName = (id: string | undefined) => (id === undefined ? 'an unnamed speaker' : `"${id}"`);

const byDate = (a: EventNode, b: EventNode) =>
	a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.id.localeCompare(b.id);

function checkOrder(node: { file: string }, path: (string | number)[], from: string | undefined, to: string | undefined, problems: Problem[]) {
	if (from === undefined || to === undefined) return;
	const start = date(from);
	const end = date(to);
	if (endKey(end) < startKey(start)) {
		problems.push({
			severity: 'error',
			file: node.file,
			path,
			message: `"${formatPath(path.slice(0, -1))}" ends (to: ${to}) before it starts (from: ${from}).`,
			fix: 'Check both dates against the source; swap them if they were entered the wrong way round.',
		});
	}
}

function ancestorsOf(place: PlaceNode, places: Map<string, PlaceNode>, problems: Problem[]): string[] {
	const chain: string[] = [];
	const seen = new Set([place.id]);
	let next = place.data.in;
	while (next !== undefined) {
		const parent = places.get(next);
		if (!parent) break;
		if (seen.has(next)) {
			// Every member of a circle finds it; the one with the smallest id reports it.
			const circle = next === place.id ? [place.id, ...chain] : [];
			if (circle.length > 0 && circle.every((id) => place.id <= id)) {
				problems.push({
					severity: 'error',
					file: place.file,
					path: ['in'],
					message: `Places lie inside each other in a circle: ${[...circle, place.id].join(' → ')}.`,
					fix: `A place lies in a larger place. Correct the "in" field of one of them: ${circle.map((id) => `content/places/${id}.md`).join(', ')}.`,
				});
			}
			break;
		}
		seen.add(next);
		chain.push(next);
		next = parent.data.in;
	}
	return chain;
}

/** A reference field naming an entry that does not exist; the wording is shared with the check of files that fail their schema. */
export function unknownReferenceProblem(file: string, path: (string | number)[], kind: EntityKind, id: string, ids: Iterable<string>): Problem {
	const collection = collectionOf(kind);
	const suggestions = nearest(id, ids);
	return {
		severity: 'error',
		file,
		path,
		message: `Unknown ${kind} "${id}": there is no content/${collection}/${id}.md.`,
		fix: `${didYouMean(suggestions)} Use the id (file name without .md) of an existing ${kind}, or add content/${collection}/${id}.md.`.trim(),
		...(suggestions[0] ? { suggestion: suggestions[0] } : {}),
	};
}

/** A prose cross-link to an entry that does not exist. */
export function missingLinkProblem(file: string, link: FoundLink, ids: Iterable<string>): Problem {
	const collection = collectionOf(link.kind);
	const suggestions = nearest(link.id, ids);
	return {
		severity: 'error',
		file,
		path: ['body'],
		bodyLine: link.line,
		column: link.column,
		message: `Cross-link to a missing ${link.kind}: "${link.kind}:${link.id}".`,
		fix: `${didYouMean(suggestions.map((s) => `${link.kind}:${s}`))} Link to an existing ${link.kind} (the name of a file in content/${collection}/, without .md), or add content/${collection}/${link.id}.md.`.trim(),
	};
}

/** Archived sources hold their text; cited ones hold none, so nothing is copied by mistake. */
function sourceStatusProblem(a: ArticleNode): Problem | undefined {
	const hasText = a.body.trim() !== '';
	if (a.data.status === 'cited' && hasText) {
		return {
			severity: 'error',
			file: a.file,
			path: ['status'],
			message: 'A cited source has text below its frontmatter: only archived sources hold a copy of their text.',
			fix: 'Delete the text after the closing "---" (cite the source, do not copy it), or, if the archive has the right to keep its text, write status: archived.',
		};
	}
	if (a.data.status === 'archived' && !hasText) {
		return {
			severity: 'error',
			file: a.file,
			path: ['status'],
			message: 'An archived source has no text: its body is empty.',
			fix: 'Paste the source\'s text below the frontmatter, or write status: cited when the archive only records its metadata.',
		};
	}
	return undefined;
}

function verifyQuote(q: QuoteNode, article: ArticleNode, prepared: Map<string, PreparedSource>, problems: Problem[]): Verification {
	if (article.body.trim() === '') return 'unverified';
	// Each article's text is normalised once, however many quotes it holds.
	let source = prepared.get(article.id);
	if (!source) prepared.set(article.id, (source = prepareSource(article.body)));
	if (appearsIn(q.data.text, source)) return 'verified';
	problems.push({
		severity: 'error',
		file: q.file,
		path: ['text'],
		message: `The quote's text does not appear in its source's archived text (${article.file}).`,
		fix: 'Copy the words exactly as the article prints them (spacing, quotation marks and ellipses may differ); mark a cut with (…). If the source has no archived text yet, leave its body empty and the quote is shown as unverified.',
	});
	return 'mismatch';
}
