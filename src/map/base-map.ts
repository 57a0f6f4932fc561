/**
 * The map's base layers, projected once per build: Syria and its neighbours for the map
 * page and the regional locator, the world's land for locating places far from Syria.
 *
 * Geographic data: Natural Earth (naturalearthdata.com) admin-0 countries 1:50m and
 * land 1:110m, version 4.1.0, public domain, as TopoJSON from the npm package world-atlas
 * (ISC licence, © Michael Bostock). Natural Earth draws de facto boundaries; the archive
 * takes no position on them. No open admin-1 (governorate) data is on npm, so governorates
 * are named at their coordinates from content/places, not outlined.
 */
import { geoMercator, geoNaturalEarth1, geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiPoint } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import land110m from 'world-atlas/land-110m.json' with { type: 'json' };

/** The region the map shows: longitude and latitude bounds, Syria (35.7–42.4°E, 32.3–37.3°N) with a margin. */
export const REGION = { west: 34.2, east: 43.2, south: 31.3, north: 38.0 } as const;

/** Natural Earth's ISO 3166 numeric ids of the countries drawn, Syria first. */
const SYRIA = '760';
const NEIGHBOURS = ['792', '368', '400', '422', '376', '275', '196', '682', '818', '364'];
/** Natural Earth gives it no ISO id. */
const NORTH_CYPRUS = 'N. Cyprus';

/** Where the neighbours' names sit (latitude, longitude): inside the frame, clear of Syria. */
const COUNTRY_LABELS: [string, number, number][] = [
	['Turkey', 37.75, 37.2],
	['Iraq', 33.3, 42.4],
	['Jordan', 31.55, 37.2],
	['Lebanon', 33.55, 35.05],
	['Israel', 31.6, 34.75],
];

export interface Shape { id: string; name: string; d: string; syria: boolean }
export interface Label { text: string; x: number; y: number }

export interface BaseMap {
	width: number;
	height: number;
	shapes: Shape[];
	labels: Label[];
	/** [x, y] of a [latitude, longitude] in this map's coordinates (possibly outside it). */
	project(lat: number, lon: number): [number, number];
	/** Whether a point lies inside the map's frame. */
	contains(lat: number, lon: number): boolean;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A stream that drops points closer than `tolerance` pixels to the last one kept, after
 * projection: 50m data has far more points than a map this size can show, and each one
 * costs bytes in every page.
 */
function simplified(projection: GeoProjection, tolerance: number): { stream(s: GeoStream): GeoStream } {
	return {
		stream(out) {
			let last: [number, number] | undefined;
			let pending: [number, number] | undefined;
			const thin: GeoStream = {
				point(x, y) {
					if (last && Math.hypot(x - last[0], y - last[1]) < tolerance) {
						pending = [x, y];
						return;
					}
					out.point(x, y);
					last = [x, y];
					pending = undefined;
				},
				lineStart() {
					last = pending = undefined;
					out.lineStart();
				},
				lineEnd() {
					if (pending) out.point(pending[0], pending[1]);
					out.lineEnd();
				},
				polygonStart: () => out.polygonStart(),
				polygonEnd: () => out.polygonEnd(),
				sphere: () => out.sphere?.(),
			};
			return projection.stream(thin);
		},
	};
}

const corners = (r: typeof REGION): MultiPoint => ({ type: 'MultiPoint', coordinates: [[r.west, r.south], [r.east, r.north], [r.west, r.north], [r.east, r.south]] });

function baseMap(projection: GeoProjection, width: number, height: number, shapes: Shape[], labels: Label[], inside: (lat: number, lon: number) => boolean): BaseMap {
	return {
		width,
		height,
		shapes,
		labels,
		project: (lat, lon) => {
			const [x, y] = projection([lon, lat])!;
			return [round(x), round(y)];
		},
		contains: inside,
	};
}

let region: BaseMap | undefined;

/** Syria and its neighbours, 1000 units wide (the SVG scales it). */
export function regionMap(): BaseMap {
	if (region) return region;
	const width = 1000;
	const projection = geoMercator().fitWidth(width, corners(REGION));
	const height = Math.round(projection([REGION.west, REGION.south])![1]);
	projection.clipExtent([[0, 0], [width, height]]);
	const path = geoPath(simplified(projection, 1.5)).digits(1);
	const wanted = new Set([SYRIA, ...NEIGHBOURS]);
	const shapes = countries()
		.filter((f) => wanted.has(String(f.id)) || f.properties.name === NORTH_CYPRUS)
		.map((f: Feature<Geometry, { name: string }>) => ({ id: String(f.id ?? f.properties.name), name: f.properties.name, d: path(f) ?? '', syria: String(f.id) === SYRIA }))
		.filter((s) => s.d);
	// Syria last: its outline is drawn over its neighbours' shared borders.
	shapes.sort((a, b) => Number(a.syria) - Number(b.syria));
	const labels = COUNTRY_LABELS.map(([text, lat, lon]) => {
		const [x, y] = projection([lon, lat])!;
		return { text, x: round(x), y: round(y) };
	});
	const inside = (lat: number, lon: number) => lat >= REGION.south && lat <= REGION.north && lon >= REGION.west && lon <= REGION.east;
	return (region = baseMap(projection, width, height, shapes, labels, inside));
}

let world: BaseMap | undefined;

/** The world's land, for a place far from Syria; Syria itself is outlined in it. */
export function worldMap(): BaseMap {
	if (world) return world;
	const width = 1000;
	const projection = geoNaturalEarth1().fitWidth(width, { type: 'Sphere' });
	const [[, top], [, bottom]] = geoPath(projection).bounds({ type: 'Sphere' });
	const height = Math.round(bottom - top);
	const path = geoPath(simplified(projection, 5)).digits(0);
	const topology = land110m as unknown as Topology<{ land: GeometryCollection }>;
	const land = feature(topology, topology.objects.land);
	const syria = countries().find((f) => String(f.id) === SYRIA);
	const shapes: Shape[] = [{ id: 'land', name: 'Land', d: path(land) ?? '', syria: false }];
	if (syria) shapes.push({ id: SYRIA, name: syria.properties.name, d: path(syria) ?? '', syria: true });
	return (world = baseMap(projection, width, height, shapes, [], () => true));
}

/** Natural Earth's countries as GeoJSON features, in spherical coordinates. */
function countries(): Feature<Geometry, { name: string }>[] {
	const topology = countries50m as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	return (feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
}
