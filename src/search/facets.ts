/**
 * What the actor and place facets offer: the actors and places the current results are
 * about, each with how many results it would keep, most first. Places count the results
 * in the places inside them (an event in Jableh counts for Latakia Governorate).
 */
import type { DecodedIndex, IndexRecord } from './index-format.ts';

export interface FacetValue {
	/** The filter's value: the entity's own name. */
	value: string;
	count: number;
}

export interface FacetCounts {
	actor: FacetValue[];
	place: FacetValue[];
}

function top(names: readonly { name: string }[], counts: Map<number, number>, limit: number): FacetValue[] {
	return [...counts]
		.map(([i, count]) => ({ value: names[i]!.name, count }))
		.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'en'))
		.slice(0, limit);
}

export function facetCounts(data: DecodedIndex, records: Iterable<IndexRecord>, limit = 6): FacetCounts {
	const actors = new Map<number, number>();
	const places = new Map<number, number>();
	for (const r of records) {
		// An actor's or place's own record is not a result about it.
		const own = r.kind === 'actor' ? r.actors[0] : r.kind === 'place' ? r.places[0] : undefined;
		for (const a of r.actors) if (!(r.kind === 'actor' && a === own)) actors.set(a, (actors.get(a) ?? 0) + 1);
		for (const p of r.places) if (!(r.kind === 'place' && p === own)) places.set(p, (places.get(p) ?? 0) + 1);
	}
	return { actor: top(data.actors, actors, limit), place: top(data.places, places, limit) };
}
