/** Builds the fallback search index from the graph (the format and its script are in index-format.ts). */
import type { Graph } from '../graph/types.ts';
import type { Labels } from '../views/kinds.ts';
import { EVENT_TYPES, eventTypeLabel, type EventType } from '../model/event.ts';
import { INDEX_VERSION, KIND_CODE, quoteTitle, type Cell, type EncodedIndex } from './index-format.ts';
import type { SearchEntry } from '../views/kinds.ts';
import { searchEntries } from './search-entries.ts';

const TYPE_IDS = Object.keys(EVENT_TYPES) as EventType[];

const isEmpty = (c: Cell) => c === '' || c === -1 || (Array.isArray(c) && c.length === 0);

export function encodeIndex(entries: readonly SearchEntry[], actors: [string, string][], places: [string, string][], people: number[] = []): EncodedIndex {
	const actorAt = new Map(actors.map(([id], i) => [id, i]));
	const placeAt = new Map(places.map(([id], i) => [id, i]));
	const r = entries.map((e) => {
		// A quote's snippet is its text, which the record already carries.
		const snippet = e.snippet === e.text ? '' : e.snippet;
		const names = e.names.filter((n) => n !== e.title);
		// A quote's usual title is rebuilt by the decoder from its speaker and text.
		const speaker = e.kind === 'quote' ? e.title.slice(0, e.title.indexOf(': “')) : '';
		const short = e.kind === 'quote' && speaker !== '' && quoteTitle(speaker, e.text) === e.title;
		const row: Cell[] = [
			e.kind === 'quote' && !short ? 'Q' : KIND_CODE[e.kind],
			e.id,
			e.date?.edtf ?? '',
			short ? speaker : e.title,
			// An event's text is its type's label, which the decoder looks up.
			e.kind === 'event' && e.type && e.text === eventTypeLabel(e.type) ? '' : e.text,
			names,
			e.actors.map((a) => actorAt.get(a)!),
			e.places.map((p) => placeAt.get(p)!),
			e.type ? TYPE_IDS.indexOf(e.type) : -1,
			snippet,
			e.dateReported ? 1 : -1,
			e.group ?? '',
		];
		while (row.length > 4 && isEmpty(row[row.length - 1]!)) row.pop();
		return row;
	});
	return { v: INDEX_VERSION, a: actors, p: places, ap: people, t: TYPE_IDS.map((id) => [id, eventTypeLabel(id)]), r };
}

export function buildSearchIndex(g: Graph, labels: Labels): EncodedIndex {
	const actorNodes = [...g.actors.values()];
	const actors = actorNodes.map((a) => [a.id, a.data.name] as [string, string]);
	const places = [...g.places.values()].map((p) => [p.id, p.data.name] as [string, string]);
	const people = actorNodes.flatMap((a, i) => (a.data.kind === 'person' ? [i] : []));
	return encodeIndex(searchEntries(g, labels), actors, places, people);
}
