/**
 * The GeoJSON exports (data/places.geojson, data/events.geojson, RFC 7946). GeoJSON puts
 * longitude first; the content stores [latitude, longitude], so every position is
 * swapped here, in one place.
 */
import type { Feature, FeatureCollection, MultiPoint, Point, Position } from 'geojson';
import type { Graph } from '../graph/types.ts';
import { paths } from '../model/urls.ts';

const lonLat = ([lat, lon]: readonly [number, number]): Position => [lon, lat];

/** Every place with coordinates, as a point with its names, kind, containing place and number of events. */
export function placesGeoJson(graph: Graph): FeatureCollection<Point> {
	const features: Feature<Point>[] = [];
	for (const p of graph.places.values()) {
		if (!p.data.coordinates) continue;
		features.push({
			type: 'Feature',
			id: p.id,
			geometry: { type: 'Point', coordinates: lonLat(p.data.coordinates) },
			properties: { id: p.id, name: p.data.name, nameArabic: p.data.nameArabic ?? null, kind: p.data.kind, in: p.data.in ?? null, events: p.events.length, page: paths.entry('place', p.id) },
		});
	}
	return { type: 'FeatureCollection', features };
}

/**
 * Every event with at least one place with coordinates, as the points of those places
 * (a MultiPoint: an event can happen in several places), with its date as the archive
 * records it (EDTF), the first and last day it may mean, its type and its place ids.
 */
export function eventsGeoJson(graph: Graph): FeatureCollection<MultiPoint> {
	const features: Feature<MultiPoint>[] = [];
	for (const e of graph.chronology) {
		const located = e.data.places.filter((id) => graph.places.get(id)?.data.coordinates);
		if (!located.length) continue;
		features.push({
			type: 'Feature',
			id: e.id,
			geometry: { type: 'MultiPoint', coordinates: located.map((id) => lonLat(graph.places.get(id)!.data.coordinates!)) },
			properties: { id: e.id, title: e.data.title, date: e.data.date, start: e.start, end: e.end, type: e.data.type, places: located, page: paths.entry('event', e.id) },
		});
	}
	return { type: 'FeatureCollection', features };
}
