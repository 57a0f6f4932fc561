/**
 * A small locator map for a place page or an event page: the region (or, when a place
 * lies far from Syria, the world) with the places marked. A place without coordinates of
 * its own is marked where the nearest place containing it is, and the caption says so.
 */
import type { Graph } from '../graph/types.ts';
import { regionMap, worldMap, type Shape } from './base-map.ts';

export interface LocatorView {
	width: number;
	height: number;
	shapes: Shape[];
	points: { x: number; y: number }[];
	/** Marker radius in the map's units: a few pixels at the size it is shown. */
	r: number;
	world: boolean;
	/** The SVG's accessible name. */
	label: string;
	/** Places marked at a containing place's position, e.g. "Qasrak base: at Hasakah Governorate's position". */
	approximations: string[];
}

/** The place's coordinates, or its nearest ancestor's, with the name of the place they belong to. */
function position(graph: Graph, id: string): { lat: number; lon: number; from: string | undefined } | undefined {
	const place = graph.places.get(id);
	if (!place) return undefined;
	for (const pid of [id, ...place.ancestors]) {
		const c = graph.places.get(pid)?.data.coordinates;
		if (c) return { lat: c[0], lon: c[1], from: pid === id ? undefined : graph.places.get(pid)!.data.name };
	}
	return undefined;
}

const listOf = (names: string[]) => (names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`);

/** Undefined when none of the places has a position. */
export function locatorView(graph: Graph, placeIds: readonly string[]): LocatorView | undefined {
	const found = placeIds.flatMap((id) => {
		const at = position(graph, id);
		return at ? [{ id, name: graph.places.get(id)!.data.name, ...at }] : [];
	});
	if (!found.length) return undefined;
	const region = regionMap();
	const world = !found.every((p) => region.contains(p.lat, p.lon));
	const base = world ? worldMap() : region;
	const names = listOf(found.map((p) => p.name));
	return {
		width: base.width,
		height: base.height,
		shapes: base.shapes,
		points: found.map((p) => {
			const [x, y] = base.project(p.lat, p.lon);
			return { x, y };
		}),
		r: Math.round(base.width / 60),
		world,
		label: `Locator map: ${names}, ${world ? 'on a map of the world, with Syria outlined' : 'on a map of Syria and its neighbours'}`,
		approximations: found.filter((p) => p.from).map((p) => `${p.name} has no coordinates of its own: marked where ${p.from} is.`),
	};
}
