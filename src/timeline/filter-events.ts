/**
 * Which events pass the filters. Pure: the client hands it the data, the titles read
 * from the list and the filters from the form or the URL. The text filter matches names
 * as search does (src/search/names.ts): any spelling of an actor or place, in either
 * script ("Jolani", "الشرع", "Lattakia", "SOHR"), finds the events about it.
 */
import { nameTable, textFilter, type NameTable } from '../search/names.ts';
import { dayOf } from './days.ts';
import type { TimelineData } from './timeline-data.ts';
import type { Filters } from './view-state.ts';

/** Text an event can be found by: its title, then its actors' and places' names (plain words such as "Observatory" match these). */
export function searchTexts(data: TimelineData, titles: readonly string[]): string[] {
	const out: string[] = new Array(data.size);
	for (let i = 0; i < data.size; i++) {
		let text = titles[i] ?? '';
		for (let k = data.actorAt[i]!; k < data.actorAt[i + 1]!; k++) text += ` ${data.actors[data.actorList[k]!]!.name}`;
		for (let k = data.placeAt[i]!; k < data.placeAt[i + 1]!; k++) text += ` ${data.places[data.placeList[k]!]!.name}`;
		out[i] = text;
	}
	return out;
}

const tables = new WeakMap<TimelineData, NameTable>();
/** The actors, then the places, as the name table's entities: an actor's position is its index, a place's the actors' count plus its index. */
function namesOf(data: TimelineData): NameTable {
	let table = tables.get(data);
	if (!table) {
		const places = data.actors.length;
		table = nameTable([
			...data.actors.map((a) => ({ names: [a.name, ...a.spellings], person: a.person })),
			...data.places.map((p) => ({ names: [p.name, ...p.spellings], within: p.parent >= 0 ? places + p.parent : -1 })),
		]);
		tables.set(data, table);
	}
	return table;
}

/** What event i is about, as positions in the name table. */
function aboutOf(data: TimelineData, i: number, out: number[]): number[] {
	out.length = 0;
	for (let k = data.actorAt[i]!; k < data.actorAt[i + 1]!; k++) out.push(data.actorList[k]!);
	for (let k = data.placeAt[i]!; k < data.placeAt[i + 1]!; k++) out.push(data.actors.length + data.placeList[k]!);
	return out;
}

/** For each place, itself and every place it lies in: a filter on a region finds its towns. */
function placeMatcher(data: TimelineData, placeId: string): (placeIndex: number) => boolean {
	const target = data.places.findIndex((p) => p.id === placeId);
	if (target < 0) return () => false;
	return (i) => {
		for (let guard = 0; i >= 0 && guard < 64; guard++, i = data.places[i]!.parent) if (i === target) return true;
		return false;
	};
}

/** A mask: 1 where event i passes every filter. */
export function filterEvents(data: TimelineData, filters: Filters, texts: readonly string[]): Uint8Array {
	const pass = new Uint8Array(data.size);
	const typeSet = filters.types.length ? new Set(filters.types.map((t) => data.types.findIndex((x) => x.id === t))) : null;
	const actor = filters.actor ? data.actors.findIndex((a) => a.id === filters.actor) : -1;
	const inPlace = filters.place ? placeMatcher(data, filters.place) : null;
	const from = filters.from ? dayOf(filters.from) : -Infinity;
	const to = filters.to ? dayOf(filters.to) + 1 : Infinity;
	// A plain word must start a word ("jab" finds "Jableh"); a name, in any of its spellings, finds what is about it.
	const text = filters.q.trim() ? textFilter(namesOf(data), filters.q) : null;
	const about: number[] = [];
	for (let i = 0; i < data.size; i++) {
		if (typeSet && !typeSet.has(data.type[i]!)) continue;
		// A date passes when any day it could mean lies in the range.
		if (data.end[i]! <= from || data.start[i]! >= to) continue;
		if (filters.actor) {
			let found = false;
			for (let k = data.actorAt[i]!; k < data.actorAt[i + 1]! && !found; k++) found = data.actorList[k] === actor;
			if (!found) continue;
		}
		if (inPlace) {
			let found = false;
			for (let k = data.placeAt[i]!; k < data.placeAt[i + 1]! && !found; k++) found = inPlace(data.placeList[k]!);
			if (!found) continue;
		}
		if (text && !text(texts[i] ?? '', aboutOf(data, i, about))) continue;
		pass[i] = 1;
	}
	return pass;
}

export interface FilteredView {
	/** 1 where event i passes. */
	pass: Uint8Array;
	/** The passing events in time order. */
	order: number[];
	/** Per type, how many events pass with the type filter off: a switched-off type still says what it would add. */
	perType: number[];
}

/** Applies the filters. Without the titles (`texts`, while the list loads) the text filter waits. */
export function filterView(data: TimelineData, filters: Filters, texts?: readonly string[]): FilteredView {
	const q = texts ? filters.q : '';
	const pass = filterEvents(data, { ...filters, q }, texts ?? []);
	// Without a type filter the two masks are one: a pass over the events saved (the first view has none).
	const withoutTypes = filters.types.length ? filterEvents(data, { ...filters, q, types: [] }, texts ?? []) : pass;
	const perType: number[] = new Array(data.types.length).fill(0);
	for (let i = 0; i < data.size; i++) if (withoutTypes[i]) perType[data.type[i]!]!++;
	const order: number[] = [];
	for (let k = 0; k < data.order.length; k++) if (pass[data.order[k]!]) order.push(data.order[k]!);
	return { pass, order, perType };
}
