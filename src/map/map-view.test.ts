import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/build-graph.ts';
import { linkerFor, paths } from '../model/urls.ts';
import type { PageLinks } from '../views/entry-links.ts';
import { regionMap, worldMap } from './base-map.ts';
import { eventsGeoJson, placesGeoJson } from './geojson.ts';
import { LOCATOR_FRAMES, locatorBaseSvg, locatorView } from './locator.ts';
import { mapView, type MapData } from './map-view.ts';
import { MAX_RADIUS, MIN_RADIUS } from './markers.ts';

const place = (id: string, name: string, kind: string, coordinates?: [number, number], parent?: string) => ({
	collection: 'places' as const, id, file: `${id}.md`, body: '',
	data: { name, kind, aliases: [], ...(coordinates ? { coordinates } : {}), ...(parent ? { in: parent } : {}) },
});
const event = (id: string, date: string, places: string[]) => ({
	collection: 'events' as const, id, file: `${id}.md`, body: '',
	data: { title: `Title of ${id}`, date, type: 'battle', actors: [], places, sources: [], casualties: [], otherDates: [] },
});
const graph = buildGraph([
	place('syria', 'Syria', 'country', [35, 38]),
	place('latakia-governorate', 'Latakia Governorate', 'governorate', [35.6, 36.0], 'syria'),
	place('jableh', 'Jableh', 'city', [35.36, 35.92], 'latakia-governorate'),
	place('qardaha', 'Qardaha', 'town', undefined, 'latakia-governorate'),
	place('paris', 'Paris', 'city', [48.86, 2.35]),
	event('e1', '2025-03-06', ['jableh']),
	event('e2', '2025-03-07', ['jableh', 'latakia-governorate']),
	event('e3', '2025-03', ['jableh']),
	event('e4', '2025-05-07', ['paris']),
	event('e5', '2025-05-08', []),
] as Parameters<typeof buildGraph>[0]);

const links = (from = paths.map): PageLinks => {
	const url = linkerFor(from);
	return Object.assign((kind: 'place' | 'event', id: string) => ({ href: url(paths.entry(kind, id)), label: id }), { url }) as PageLinks;
};

describe('mapView', () => {
	const view = mapView(graph, links());

	it('has a marker for every place with coordinates, sized by its own events, busiest first', () => {
		expect(view.markers.map((m) => [m.id, m.count])).toEqual([['jableh', 3], ['latakia-governorate', 1], ['paris', 1], ['syria', 0]]);
		expect(view.markers[0]!.r).toBe(MAX_RADIUS);
		expect(view.markers.at(-1)!.r).toBe(MIN_RADIUS);
		expect(view.markers[0]!.label).toBe('Jableh, 3 events');
		expect(view.markers[0]!.href).toBe('places/jableh.html');
	});

	it('puts a place beyond the frame on its edge, towards it, and says so', () => {
		const paris = view.markers.find((m) => m.id === 'paris')!;
		expect(paris.beyond).toBe(true);
		expect(paris.label).toBe('Paris, 1 event (beyond this map)');
		expect(paris.x).toBeLessThan(view.width / 10);
		expect(paris.y).toBeGreaterThanOrEqual(0);
	});

	it('lists the places with where they lie, and the places it cannot show', () => {
		expect(view.list.find((i) => i.id === 'jableh')).toMatchObject({ name: 'Jableh', count: 3, within: 'Latakia Governorate', beyond: false });
		expect(view.unlocated.map((i) => i.id)).toEqual(['qardaha']);
	});

	it('names governorates at their coordinates, without "Governorate"', () => {
		expect(view.governorateLabels.map((l) => l.text)).toEqual(['Latakia']);
	});

	it('embeds the events that have a place on the map, with titles, dates and each marker\'s place', () => {
		const data = JSON.parse(view.json) as MapData;
		expect(view.mappedEventCount).toBe(4);
		expect(data.ei).toEqual(['e3', 'e1', 'e2', 'e4']);
		expect(data.dt[0]).toBe('March 2025');
		expect(data.mk.map((k) => (k < 0 ? null : data.tl.pi[k]))).toEqual(['jableh', 'latakia-governorate', 'paris', 'syria']);
		expect(data.eu).toBe('events/{id}.html');
	});
});

describe('locatorView', () => {
	it('marks a place in Syria on the regional map', () => {
		const l = locatorView(graph, ['jableh'], paths.entry('place', 'jableh'))!;
		expect(l.world).toBe(false);
		expect(l.points).toEqual([{ x: regionMap().project(35.36, 35.92)[0], y: regionMap().project(35.36, 35.92)[1] }]);
		expect(l.label).toBe('Locator map: Jableh, on a map of Syria and its neighbours');
		expect(l.baseHref).toBe('../assets/locator-region.svg');
	});
	it('uses the world map when a place lies beyond the region', () => {
		const l = locatorView(graph, ['jableh', 'paris'], paths.entry('event', 'e'))!;
		expect(l.world).toBe(true);
		expect(l.points).toHaveLength(2);
		expect(l.label).toContain('Jableh and Paris, on a map of the world');
		expect(l.baseHref).toBe('../assets/locator-world.svg');
	});
	it('marks a place without coordinates where its containing place is, and says so', () => {
		const l = locatorView(graph, ['qardaha'], paths.entry('place', 'qardaha'))!;
		expect(l.approximations).toEqual(['Qardaha has no coordinates of its own: marked where Latakia Governorate is.']);
	});
	it('is left out when no place has a position', () => {
		expect(locatorView(graph, [], paths.entry('event', 'e'))).toBeUndefined();
	});
});

describe('locatorBaseSvg', () => {
	it('is one standalone SVG per frame with the frame\'s shapes, Syria outlined, in the locator\'s coordinates', () => {
		for (const frame of LOCATOR_FRAMES) {
			const svg = locatorBaseSvg(frame);
			const base = frame === 'world' ? worldMap() : regionMap();
			expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${base.width} ${base.height}"`));
			expect(svg.match(/<path /g)).toHaveLength(base.shapes.length);
			expect(svg.match(/class="land syria"/g)).toHaveLength(1);
		}
	});
});

describe('GeoJSON', () => {
	it('puts longitude first', () => {
		const places = placesGeoJson(graph);
		const jableh = places.features.find((f) => f.id === 'jableh')!;
		expect(jableh.geometry.coordinates).toEqual([35.92, 35.36]);
		expect(jableh.properties).toMatchObject({ name: 'Jableh', kind: 'city', in: 'latakia-governorate', events: 3, page: 'places/jableh.html' });
		expect(places.features.map((f) => f.id)).not.toContain('qardaha');
	});
	it('has the events with a located place, each as the points of its places', () => {
		const events = eventsGeoJson(graph);
		expect(events.features.map((f) => f.id)).toEqual(['e3', 'e1', 'e2', 'e4']);
		const e2 = events.features.find((f) => f.id === 'e2')!;
		expect(e2.geometry).toEqual({ type: 'MultiPoint', coordinates: [[35.92, 35.36], [36.0, 35.6]] });
		expect(e2.properties).toMatchObject({ date: '2025-03-07', start: '2025-03-07', end: '2025-03-07', type: 'battle' });
	});
});
