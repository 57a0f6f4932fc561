/**
 * Pass 2: every reference field resolved, in both directions: an event names its
 * actors, and each actor learns its events. A missing target is reported with the
 * nearest ids; a target whose own file failed its schema is not reported again.
 */
import { collectionOf, type EntityKind } from '../model/kinds.ts';
import { appearsIn, prepareSource, type PreparedSource } from '../lib/text-match.ts';
import { date } from './nodes.ts';
import { unknownReferenceProblem } from './problems.ts';
import type { ArticleNode, ClaimNode, Graph, QuoteNode, Verification } from './types.ts';

export interface Linker {
	g: Graph;
	/** True when `id` names an existing entry of `kind`; otherwise reports it (unless undefined). */
	resolve(from: { file: string }, path: (string | number)[], kind: EntityKind, id: string | undefined): boolean;
	/** Appends unless present, in time linear in the list's length overall. */
	pushUnique(list: string[], value: string): void;
}

export function linker(g: Graph, invalid: ReadonlySet<string>): Linker {
	return {
		g,
		resolve(from, path, kind, id) {
			if (id === undefined) return false;
			const collection = collectionOf(kind);
			const targets = g[collection] as Map<string, unknown>;
			if (targets.has(id)) return true;
			if (!invalid.has(`${collection}/${id}`)) g.problems.push(unknownReferenceProblem(from.file, path, kind, id, targets.keys()));
			return false;
		},
		pushUnique: uniquePusher(),
	};
}

/**
 * Lists of a prominent actor reach thousands of ids, so past a few items membership is
 * kept in a Set (made on demand) instead of scanning the list: the graph stays linear.
 */
function uniquePusher() {
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
}

export function linkArticles({ g, resolve, pushUnique }: Linker): void {
	for (const a of g.articles.values()) {
		if (resolve(a, ['publisher'], 'actor', a.data.publisher)) pushUnique(g.actors.get(a.data.publisher)!.articles, a.id);
		a.data.via.forEach((v, i) => {
			if (resolve(a, ['via', i], 'actor', v)) pushUnique(g.actors.get(v)!.articles, a.id);
		});
	}
}

export function linkQuotes(l: Linker): void {
	const { g, resolve, pushUnique } = l;
	const prepared = new Map<string, PreparedSource>();
	for (const q of g.quotes.values()) {
		const speakerPath = typeof q.data.speaker === 'string' ? ['speaker'] : ['speaker', 'affiliation'];
		if (resolve(q, speakerPath, 'actor', q.speakerActor)) pushUnique(g.actors.get(q.speakerActor!)!.quotes, q.id);
		if (resolve(q, ['source'], 'article', q.data.source)) {
			const article = g.articles.get(q.data.source)!;
			pushUnique(article.quotes, q.id);
			if (q.speakerActor && g.actors.has(q.speakerActor)) pushUnique(g.actors.get(q.speakerActor)!.articles, article.id);
			q.verification = verify(q, article, prepared);
		}
		if (resolve(q, ['place'], 'place', q.data.place)) pushUnique(g.places.get(q.data.place!)!.quotes, q.id);
		if (resolve(q, ['event'], 'event', q.data.event)) pushUnique(g.events.get(q.data.event!)!.quotes, q.id);
		addToStatement(g, q);
	}
}

/** Quotes that render one utterance share a statement, which has one speaker. */
function addToStatement(g: Graph, q: QuoteNode): void {
	const statement = g.statements.get(q.statement);
	if (!statement) {
		g.statements.set(q.statement, { kind: 'statement', id: q.statement, quotes: [q.id], speakerActor: q.speakerActor, said: q.said });
		return;
	}
	statement.quotes.push(q.id);
	statement.said ??= q.said;
	if (statement.speakerActor === q.speakerActor) return;
	const name = (id: string | undefined) => (id === undefined ? 'an unnamed speaker' : `"${id}"`);
	g.problems.push({
		severity: 'error',
		file: q.file,
		path: ['statement'],
		message: `Statement "${q.statement}" has two speakers: this quote's speaker is ${name(q.speakerActor)}, but ${g.quotes.get(statement.quotes[0]!)!.file} gives ${name(statement.speakerActor)}.`,
		fix: `The quotes of one statement render one utterance by one speaker. Correct the speaker of one of them, or, if these are different utterances, remove "statement: ${q.statement}" from this quote.`,
	});
}

/** Whether the words appear in the source's archived text; each text is normalised once. */
function verify(q: QuoteNode, article: ArticleNode, prepared: Map<string, PreparedSource>): Verification {
	if (article.body.trim() === '') return 'unverified';
	let source = prepared.get(article.id);
	if (!source) prepared.set(article.id, (source = prepareSource(article.body)));
	return appearsIn(q.data.text, source) ? 'verified' : 'mismatch';
}

export function linkEvents(l: Linker): void {
	const { g, resolve, pushUnique } = l;
	for (const ev of g.events.values()) {
		ev.data.actors.forEach((a, i) => {
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
			if (resolve(ev, ['casualties', i, 'claimedBy'], 'actor', c.claimedBy)) g.actors.get(c.claimedBy)!.claims.push(claim);
			resolve(ev, ['casualties', i, 'source'], 'article', c.source);
		});
		if (ev.data.partOf === undefined) continue;
		if (ev.data.partOf === ev.id) g.problems.push({ severity: 'error', file: ev.file, path: ['partOf'], message: 'An event cannot be part of itself.', fix: 'Remove partOf or name the larger event.' });
		else if (resolve(ev, ['partOf'], 'event', ev.data.partOf)) g.events.get(ev.data.partOf)!.parts.push(ev.id);
	}
}

export function linkActors({ g, resolve }: Linker): void {
	for (const actor of g.actors.values()) {
		actor.data.roles.forEach((r, i) => {
			if (resolve(actor, ['roles', i, 'of'], 'actor', r.of)) g.actors.get(r.of!)!.officeHolders.push({ id: actor.id, title: r.title });
			resolve(actor, ['roles', i, 'source'], 'article', r.source);
		});
		actor.memberOf.forEach((m, i) => {
			if (m.actor === actor.id) {
				g.problems.push({ severity: 'error', file: actor.file, path: ['memberOf', i, 'actor'], message: 'An actor cannot be a member of itself.', fix: 'Name the group this actor belongs to.' });
			} else if (resolve(actor, ['memberOf', i, 'actor'], 'actor', m.actor)) g.actors.get(m.actor)!.members.push({ ...m, id: actor.id });
			resolve(actor, ['memberOf', i, 'source'], 'article', actor.data.memberOf[i]!.source);
		});
	}
}

export function linkPlaces({ g, resolve }: Linker): void {
	for (const place of g.places.values()) {
		if (resolve(place, ['in'], 'place', place.data.in)) g.places.get(place.data.in!)!.children.push(place.id);
	}
}
