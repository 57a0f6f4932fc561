/**
 * The timeline's data, as embedded in the page: columnar arrays of small integers and
 * one dictionary per kind of name, so 10,000 events stay a few hundred kilobytes before
 * compression. Titles, links and date wording are not repeated here: the client reads
 * them from the server-rendered list, which stays the source of truth. Event `i` in the
 * data is the `i`-th `.event-item` of that list (document order).
 */
import type { FuzzyDate } from '../lib/dates.ts';
import { drawnExtent, type Shape } from './days.ts';
import type { Precision } from '../lib/dates.ts';

import { CLAIM_KINDS, VICTIM_GROUPS } from '../model/claim-kinds.ts';

export interface TimelineEventInput {
	date: FuzzyDate;
	type: string;
	actors: string[];
	places: string[];
	claims: { kind: (typeof CLAIM_KINDS)[number]; count?: number | undefined; min?: number | undefined; max?: number | undefined; group: (typeof VICTIM_GROUPS)[number]; claimedBy: string }[];
	/** Roles that one side alleges (a perpetrator named by the government), with who alleges them. */
	attributions?: { actor: string; role: string; claimedBy: string }[];
}

export interface Dictionaries {
	/** Every event type, in legend order: [id, label]. */
	types: [string, string][];
	actorName: (id: string) => string;
	placeName: (id: string) => string;
	/** An actor's or place's other spellings (its Arabic name, its aliases), which the text filter matches too; and whether an actor is a person. */
	actorSpellings?: ((id: string) => string[]) | undefined;
	placeSpellings?: ((id: string) => string[]) | undefined;
	isPerson?: ((id: string) => boolean) | undefined;
	/** The place a place lies in, so a filter on a governorate finds events in its towns. */
	placeParent: (id: string) => string | undefined;
}

/** What the page embeds (JSON). Short keys: they repeat in nothing but the one object. */
export interface PackedTimeline {
	v: 1;
	/** Event types [id, label], legend order. */
	t: [string, string][];
	/** Actors: ids and names. */
	ai: string[];
	an: string[];
	/** Places: ids, names, parent index (-1 for none). */
	pi: string[];
	pn: string[];
	pp: number[];
	/** Other spellings of each actor and place (Arabic names, aliases), and the actors who are people. */
	as: string[][];
	ps: string[][];
	ap: number[];
	/** Start day, delta-coded from the previous event (small numbers compress well). */
	s: number[];
	/** Length in days (end exclusive − start). */
	l: number[];
	/** Flags: see encodeFlags. */
	f: number[];
	/** Type index. */
	y: number[];
	/** Actor and place indices, flattened, with a count per event. */
	a: number[];
	ac: number[];
	p: number[];
	pc: number[];
	/** Casualty claims, six numbers each: event, kind, low, high (−1: none), group, claimant actor. */
	c: number[];
	/** Attributed roles, four numbers each: event, actor, role (index in `rn`), claimant actor. */
	r: number[];
	rn: string[];
}

const SHAPES: Shape[] = ['day', 'range', 'span'];
const PRECISIONS: Precision[] = ['day', 'month', 'year'];

export const encodeFlags = (shape: Shape, precision: Precision, approximate: boolean, uncertain: boolean) =>
	SHAPES.indexOf(shape) | (PRECISIONS.indexOf(precision) << 2) | (approximate ? 16 : 0) | (uncertain ? 32 : 0);

export const decodeFlags = (f: number) => ({
	shape: SHAPES[f & 3]!,
	precision: PRECISIONS[(f >> 2) & 3]!,
	approximate: (f & 16) !== 0,
	uncertain: (f & 32) !== 0,
});

/** Builds the embedded data for events in list order. */
export function packTimeline(events: readonly TimelineEventInput[], dict: Dictionaries): PackedTimeline {
	const actorIndex = new Map<string, number>();
	const placeIndex = new Map<string, number>();
	const out: PackedTimeline = { v: 1, t: dict.types, ai: [], an: [], pi: [], pn: [], pp: [], as: [], ps: [], ap: [], s: [], l: [], f: [], y: [], a: [], ac: [], p: [], pc: [], c: [], r: [], rn: [] };
	const role = (name: string) => {
		const at = out.rn.indexOf(name);
		return at >= 0 ? at : out.rn.push(name) - 1;
	};
	const actor = (id: string) => {
		let i = actorIndex.get(id);
		if (i === undefined) {
			i = out.ai.length;
			actorIndex.set(id, i);
			out.ai.push(id);
			out.an.push(dict.actorName(id));
			out.as.push(dict.actorSpellings?.(id) ?? []);
			if (dict.isPerson?.(id)) out.ap.push(i);
		}
		return i;
	};
	const place = (id: string): number => {
		let i = placeIndex.get(id);
		if (i === undefined) {
			i = out.pi.length;
			placeIndex.set(id, i);
			out.pi.push(id);
			out.pn.push(dict.placeName(id));
			out.ps.push(dict.placeSpellings?.(id) ?? []);
			out.pp.push(-1);
			const parent = dict.placeParent(id);
			// Set after the recursive call: the parent may be added (and shift nothing) first.
			if (parent !== undefined && parent !== id) out.pp[i] = place(parent);
		}
		return i;
	};
	const typeIndex = new Map(dict.types.map(([id], i) => [id, i]));
	let previous = 0;
	events.forEach((e, i) => {
		const x = drawnExtent(e.date);
		out.s.push(x.start - previous);
		previous = x.start;
		out.l.push(x.end - x.start);
		out.f.push(encodeFlags(x.shape, x.precision, x.approximate, x.uncertain));
		const t = typeIndex.get(e.type);
		if (t === undefined) throw new Error(`event type "${e.type}" is not in the timeline's legend`);
		out.y.push(t);
		const actors = [...new Set(e.actors)];
		out.ac.push(actors.length);
		for (const a of actors) out.a.push(actor(a));
		out.pc.push(e.places.length);
		for (const p of e.places) out.p.push(place(p));
		for (const c of e.claims) {
			const lo = c.count ?? c.min ?? -1;
			const hi = c.count ?? c.max ?? -1;
			// A claim in words only ("several") has no number for the card's brief line; the event page has it.
			if (lo < 0 && hi < 0) continue;
			out.c.push(i, CLAIM_KINDS.indexOf(c.kind), lo, hi, VICTIM_GROUPS.indexOf(c.group), actor(c.claimedBy));
		}
		for (const r of e.attributions ?? []) out.r.push(i, actor(r.actor), role(r.role), actor(r.claimedBy));
	});
	return out;
}

/** The data ready for drawing and filtering: typed arrays indexed by event. */
export interface TimelineData {
	size: number;
	types: { id: string; label: string }[];
	/** `spellings`: the other names the text filter matches (Arabic, aliases). */
	actors: { id: string; name: string; spellings: string[]; person: boolean }[];
	places: { id: string; name: string; parent: number; spellings: string[] }[];
	start: Int32Array;
	/** Exclusive end day. */
	end: Int32Array;
	flags: Uint8Array;
	type: Uint8Array;
	/** Actor indices of event i: actorList.subarray(actorAt[i], actorAt[i + 1]). */
	actorAt: Uint32Array;
	actorList: Uint32Array;
	placeAt: Uint32Array;
	placeList: Uint32Array;
	claims: { event: number; kind: string; low: number; high: number; group: string; by: number }[][];
	/** Roles alleged by one side, per event: actor, role, claimant (actor indices). */
	attributions: { actor: number; role: string; by: number }[][];
	/** Event indices in time order (start, then end, then list order). */
	order: Uint32Array;
	/** The longest drawn extent, for finding events that reach into a window. */
	maxLength: number;
	/** First and last day covered by any event. */
	first: number;
	last: number;
}

const offsets = (counts: number[]) => {
	const at = new Uint32Array(counts.length + 1);
	for (let i = 0; i < counts.length; i++) at[i + 1] = at[i]! + counts[i]!;
	return at;
};

/** Unpacks the embedded data; throws a readable error if it is not what this client expects. */
export function unpackTimeline(raw: unknown): TimelineData {
	const p = raw as PackedTimeline;
	if (!p || p.v !== 1 || !Array.isArray(p.s)) throw new Error('the timeline data in this page is missing or from another version of the site; rebuild the site');
	const size = p.s.length;
	for (const key of ['l', 'f', 'y', 'ac', 'pc'] as const) {
		if (p[key].length !== size) throw new Error(`the timeline data is inconsistent (${key} has ${p[key].length} entries for ${size} events); rebuild the site`);
	}
	const start = new Int32Array(size);
	const end = new Int32Array(size);
	let day = 0;
	let maxLength = 0;
	let first = Infinity;
	let last = -Infinity;
	for (let i = 0; i < size; i++) {
		day += p.s[i]!;
		start[i] = day;
		end[i] = day + p.l[i]!;
		maxLength = Math.max(maxLength, p.l[i]!);
		first = Math.min(first, day);
		last = Math.max(last, end[i]!);
	}
	const people = new Set(p.ap ?? []);
	const order = timeOrder(start, end);
	let claims: TimelineData['claims'] | undefined;
	let attributions: TimelineData['attributions'] | undefined;
	return {
		size,
		// Read by the card and by actor lanes, not by the first frame: made on first use (thousands of objects).
		get claims() {
			return (claims ??= unpackClaims(p.c, size));
		},
		get attributions() {
			return (attributions ??= unpackAttributions(p.r ?? [], p.rn, size));
		},
		types: p.t.map(([id, label]) => ({ id, label })),
		actors: p.ai.map((id, i) => ({ id, name: p.an[i]!, spellings: p.as?.[i] ?? [], person: people.has(i) })),
		places: p.pi.map((id, i) => ({ id, name: p.pn[i]!, parent: p.pp[i]!, spellings: p.ps?.[i] ?? [] })),
		start,
		end,
		flags: Uint8Array.from(p.f),
		type: Uint8Array.from(p.y),
		actorAt: offsets(p.ac),
		actorList: Uint32Array.from(p.a),
		placeAt: offsets(p.pc),
		placeList: Uint32Array.from(p.p),
		order,
		maxLength,
		first: size ? first : 0,
		last: size ? last : 1,
	};
}

/**
 * Event indices in time order (start, then end, then index). The list is in time order
 * (oldest first; newest first is turned round, events of the same days kept in list
 * order), so that is checked in one pass; any other list is sorted (a few ms at 10,000).
 */
export function timeOrder(start: Int32Array, end: Int32Array): Uint32Array {
	const size = start.length;
	const days = (a: number, b: number) => start[a]! - start[b]! || end[a]! - end[b]!;
	const order = new Uint32Array(size);
	for (let k = 0; k < size; k++) order[k] = k;
	let k = 1;
	while (k < size && days(k - 1, k) <= 0) k++;
	if (k >= size) return order;
	k = 1;
	while (k < size && days(k - 1, k) >= 0) k++;
	if (k >= size) {
		// Newest first: reversed, then each run of the same days back in list order.
		order.reverse();
		for (let a = 0; a < size; ) {
			let b = a + 1;
			while (b < size && days(order[a]!, order[b]!) === 0) b++;
			order.subarray(a, b).reverse();
			a = b;
		}
		return order;
	}
	return order.sort((a, b) => days(a, b) || a - b);
}

function unpackClaims(c: readonly number[], size: number): TimelineData['claims'] {
	const claims: TimelineData['claims'] = Array.from({ length: size }, () => []);
	for (let k = 0; k + 5 < c.length; k += 6) {
		const ev = c[k]!;
		claims[ev]?.push({ event: ev, kind: CLAIM_KINDS[c[k + 1]!] ?? 'killed', low: c[k + 2]!, high: c[k + 3]!, group: VICTIM_GROUPS[c[k + 4]!] ?? 'total', by: c[k + 5]! });
	}
	return claims;
}

function unpackAttributions(r: readonly number[], roles: readonly string[], size: number): TimelineData['attributions'] {
	const attributions: TimelineData['attributions'] = Array.from({ length: size }, () => []);
	for (let k = 0; k + 3 < r.length; k += 4) attributions[r[k]!]?.push({ actor: r[k + 1]!, role: roles[r[k + 2]!] ?? 'participant', by: r[k + 3]! });
	return attributions;
}
