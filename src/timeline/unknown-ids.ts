/**
 * Ids in a shared link that this timeline does not know (`?actor=nobody`, a place, type or
 * lane actor that was renamed or never existed, an event that is not in it). Left alone
 * they filter everything out and the chart is blank; instead they are named, the view is
 * shown without them, and the reader can take them out of the address.
 */
import { fill, formatList, plural } from '../i18n/format.ts';
import type { TimelineWording } from './chart-text.ts';
import type { ViewState } from './view-state.ts';

export interface UnknownId {
	param: 'type' | 'actor' | 'place' | 'lane-actors' | 'event';
	value: string;
}

export interface KnownIds {
	types: readonly string[];
	actors: readonly string[];
	places: readonly string[];
	/** Whether an event id is in the timeline; left out while the list has not loaded. */
	event?: ((id: string) => boolean) | undefined;
}

/** The ids the query string asks for that are not known; `search` is read raw, as unknown types never reach the view. */
export function unknownIds(search: string, view: ViewState, known: KnownIds): UnknownId[] {
	const out: UnknownId[] = [];
	const types = (new URLSearchParams(search).get('type') ?? '').split(',').filter(Boolean);
	for (const t of types) if (!known.types.includes(t)) out.push({ param: 'type', value: t });
	if (view.filters.actor && !known.actors.includes(view.filters.actor)) out.push({ param: 'actor', value: view.filters.actor });
	if (view.filters.place && !known.places.includes(view.filters.place)) out.push({ param: 'place', value: view.filters.place });
	for (const a of view.laneActors) if (!known.actors.includes(a)) out.push({ param: 'lane-actors', value: a });
	if (view.event && known.event && !known.event(view.event)) out.push({ param: 'event', value: view.event });
	return out;
}

/** The view without the unknown ids: what the chart shows instead of nothing. */
export function withoutUnknown(view: ViewState, unknown: readonly UnknownId[]): ViewState {
	const bad = (param: UnknownId['param'], value: string) => unknown.some((u) => u.param === param && u.value === value);
	return {
		...view,
		filters: { ...view.filters, actor: bad('actor', view.filters.actor) ? '' : view.filters.actor, place: bad('place', view.filters.place) ? '' : view.filters.place },
		laneActors: view.laneActors.filter((a) => !bad('lane-actors', a)),
		event: bad('event', view.event) ? '' : view.event,
	};
}

const WHAT = { type: 'type', actor: 'actor', place: 'place', 'lane-actors': 'laneActor', event: 'event' } as const satisfies Record<UnknownId['param'], string>;

/** 'This link names an actor “nobody” and a place “atlantis” that are not in this timeline, so the chart leaves them out.' */
export function unknownText(w: TimelineWording, unknown: readonly UnknownId[]): string {
	const names = unknown.map((u) => fill(w.m.unknownIds[WHAT[u.param]], { value: u.value }));
	return plural(w.locale, w.m.unknown, unknown.length, { list: formatList(w.locale, names) });
}
