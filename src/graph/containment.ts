/**
 * Pass 3: what lies inside what. Places inside places (each place learns all the places
 * around it, and every place the events within it), events inside larger events, and
 * bodies inside larger bodies; a circle in any of these is reported once.
 */
import { findCircles } from './cycles.ts';
import type { Graph, PlaceNode } from './types.ts';

export function resolveContainment(g: Graph): void {
	reportEventCircles(g);
	reportActorCircles(g);
	for (const place of g.places.values()) place.ancestors = ancestorsOf(place, g);
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
}

function reportEventCircles(g: Graph): void {
	const larger = (id: string) => {
		const p = g.events.get(id)?.data.partOf;
		return p && g.events.has(p) && p !== id ? [p] : [];
	};
	for (const circle of findCircles(g.events.keys(), larger)) {
		g.problems.push({
			severity: 'error',
			file: g.events.get(circle[0]!)!.file,
			path: ['partOf'],
			message: `Events are part of each other in a circle: ${[...circle, circle[0]].join(' → ')}.`,
			fix: `An event is part of a larger one. Correct the "partOf" field of one of them: ${circle.map((id) => `content/events/${id}.md`).join(', ')}.`,
		});
	}
}

function reportActorCircles(g: Graph): void {
	const partOf = (id: string) => (g.actors.get(id)?.memberOf ?? []).filter((m) => m.relation === 'part-of' && m.actor !== id && g.actors.has(m.actor)).map((m) => m.actor);
	for (const circle of findCircles(g.actors.keys(), partOf)) {
		const first = g.actors.get(circle[0]!)!;
		g.problems.push({
			severity: 'error',
			file: first.file,
			path: ['memberOf', first.memberOf.findIndex((m) => m.actor === circle[1 % circle.length] && m.relation === 'part-of'), 'actor'],
			message: `Actors are part of each other in a circle: ${[...circle, circle[0]].join(' → ')}.`,
			fix: `"part-of" names a larger body. Correct the memberOf entry of one of them (or use relation: ally or affiliated): ${circle.map((id) => `content/actors/${id}.md`).join(', ')}.`,
		});
	}
}

/** From a place outward: its parent, the parent's parent, … A circle stops the walk. */
function ancestorsOf(place: PlaceNode, g: Graph): string[] {
	const chain: string[] = [];
	const seen = new Set([place.id]);
	let next = place.data.in;
	while (next !== undefined) {
		const parent = g.places.get(next);
		if (!parent) break;
		if (seen.has(next)) {
			// Every member of a circle finds it; the one with the smallest id reports it.
			const circle = next === place.id ? [place.id, ...chain] : [];
			if (circle.length > 0 && circle.every((id) => place.id <= id)) {
				g.problems.push({
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
