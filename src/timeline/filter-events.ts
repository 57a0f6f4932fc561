/**
 * Which events pass the filters. Pure: the client hands it the data, the titles read
 * from the list and the filters from the form or the URL.
 */
import { normaliseName } from '../lib/normalise-name.ts';
import { dayOf } from './days.ts';
import type { TimelineData } from './timeline-data.ts';
import type { Filters } from './view-state.ts';

/** Text an event can be found by: its title, actors and places, folded once. */
export function searchTexts(data: TimelineData, titles: readonly string[]): string[] {
	const actorNames = data.actors.map((a) => normaliseName(a.name));
	const placeNames = data.places.map((p) => normaliseName(p.name));
	const out: string[] = new Array(data.size);
	for (let i = 0; i < data.size; i++) {
		let text = normaliseName(titles[i] ?? '');
		for (let k = data.actorAt[i]!; k < data.actorAt[i + 1]!; k++) text += ` ${actorNames[data.actorList[k]!]}`;
		for (let k = data.placeAt[i]!; k < data.placeAt[i + 1]!; k++) text += ` ${placeNames[data.placeList[k]!]}`;
		out[i] = ` ${text}`;
	}
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
	// Every word must appear at the start of a word: "jab" finds "Jableh".
	const words = normaliseName(filters.q).split(' ').filter(Boolean).map((w) => ` ${w}`);
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
		if (words.length && !words.every((w) => texts[i]!.includes(w))) continue;
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
	const withoutTypes = filterEvents(data, { ...filters, q, types: [] }, texts ?? []);
	const perType: number[] = new Array(data.types.length).fill(0);
	for (let i = 0; i < data.size; i++) if (withoutTypes[i]) perType[data.type[i]!]!++;
	return { pass, order: [...data.order].filter((i) => pass[i]), perType };
}
