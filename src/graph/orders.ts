/** Pass 5: the orders pages rely on. Events by start, then end, then id; every list of events in that order. */
import type { EventNode, Graph } from './types.ts';

const byDate = (a: EventNode, b: EventNode) =>
	a.start < b.start ? -1 : a.start > b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : a.id.localeCompare(b.id);

export function sortInTime(g: Graph): void {
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
}
