/**
 * A small locator map for a place page or an event page: the region (or, when a place
 * lies far from Syria, the world) with the places marked. A place without coordinates of
 * its own is marked where the nearest place containing it is, and the caption says so.
 * The base map is one SVG file per frame (`assets/locator-<frame>.svg`, shared by every
 * page and cached by the browser); a page draws only its markers over it.
 */
import type { Graph } from '../graph/types.ts';
import { linkerFor, paths, type SitePath } from '../model/urls.ts';
import { regionMap, worldMap, type BaseMap } from './base-map.ts';

export const LOCATOR_FRAMES = ['region', 'world'] as const;
export type LocatorFrame = (typeof LOCATOR_FRAMES)[number];

const frameMap = (frame: LocatorFrame): BaseMap => (frame === 'world' ? worldMap() : regionMap());
export const locatorBasePath = (frame: LocatorFrame): SitePath => paths.asset(`locator-${frame}.svg`);

export interface LocatorView {
	width: number;
	height: number;
	/** The base map's file, relative to the page. */
	baseHref: string;
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

/** Undefined when none of the places has a position. `from` is the page's own path. */
export function locatorView(graph: Graph, placeIds: readonly string[], from: SitePath): LocatorView | undefined {
	const found = placeIds.flatMap((id) => {
		const at = position(graph, id);
		return at ? [{ id, name: graph.places.get(id)!.data.name, ...at }] : [];
	});
	if (!found.length) return undefined;
	const region = regionMap();
	const world = !found.every((p) => region.contains(p.lat, p.lon));
	const frame: LocatorFrame = world ? 'world' : 'region';
	const base = frameMap(frame);
	const names = listOf(found.map((p) => p.name));
	return {
		width: base.width,
		height: base.height,
		baseHref: linkerFor(from)(locatorBasePath(frame)),
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

/**
 * Colours of the base map's own (an image does not see the page's stylesheet), in light
 * and dark as the page's: Chromium gives an SVG image the page's colour scheme.
 */
const BASE_STYLE = [
	'.sea{fill:#cfe1ec}.land{fill:#ecebe4;stroke:#b9b6aa;stroke-width:1}.syria{fill:#f7f4e8;stroke:#1d1d1b}',
	'@media (prefers-color-scheme:dark){.sea{fill:#14212b}.land{fill:#2a2b28;stroke:#55564f}.syria{fill:#3a3a33;stroke:#ecebe6}}',
].join('');

/** The base map of one frame as a standalone SVG document: sea, land, Syria outlined. */
export function locatorBaseSvg(frame: LocatorFrame): string {
	const { width, height, shapes } = frameMap(frame);
	const land = shapes.map((s) => `<path class="${s.syria ? 'land syria' : 'land'}" d="${s.d}" vector-effect="non-scaling-stroke"/>`).join('');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><style>${BASE_STYLE}</style><rect class="sea" width="${width}" height="${height}"/>${land}</svg>\n`;
}
