/**
 * What the map page shows: the base map, a marker for every place with coordinates
 * (sized by its events, on the frame's edge when the place lies beyond it), governorate
 * names at their coordinates, the list of places that is the map's text equivalent, and
 * the data src/client/map.client.ts filters with the timeline's own modules.
 */
import type { MapText } from '../i18n/areas.ts';
import { messages } from '../i18n/index.ts';
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../model/locales.ts';
import type { EventNode, Graph, PlaceNode } from '../graph/types.ts';
import { formatDate } from '../lib/dates.ts';
import { EVENT_TYPES, type EventType } from '../model/event.ts';
import { eventTypeName } from '../i18n/wording.ts';
import { paths } from '../model/urls.ts';
import type { PackedTimeline } from '../timeline/timeline-data.ts';
import type { PageLinks } from '../views/entry-links.ts';
import { pack } from '../views/timeline.ts';
import { regionMap, type Label, type Shape } from './base-map.ts';
import { placeLabels } from './labels.ts';
import { dodge, markerName, markerRadius, onEdge } from './markers.ts';

export interface MapMarker {
	id: string;
	name: string;
	count: number;
	x: number;
	y: number;
	r: number;
	beyond: boolean;
	href: string;
	label: string;
}

export interface MapListItem {
	id: string;
	name: string;
	href: string;
	count: number;
	/** The governorate or country it lies in, for telling namesakes apart. */
	within: string | undefined;
	beyond: boolean;
}

/** What the page embeds for the client (JSON). */
export interface MapData {
	v: 1;
	/** The events with a place on the map, packed as for the timeline. */
	tl: PackedTimeline;
	/** Their titles, ids and dates as words, in the same order. */
	ti: string[];
	ei: string[];
	dt: string[];
	/** Per marker (document order), its place's index in tl.pi; -1 when no event is there. */
	mk: number[];
	/** The site path of an event page, with `{id}` for the id. */
	eu: string;
	/** The site paths of the timeline and of a place page (`{id}`). */
	tu: string;
	pu: string;
}

export interface MapView {
	width: number;
	height: number;
	shapes: Shape[];
	countryLabels: Label[];
	governorateLabels: Label[];
	/** Busiest first: smaller markers are drawn over larger ones. */
	markers: MapMarker[];
	/** Busiest first, then by name. */
	list: MapListItem[];
	/** Places without coordinates (not on the map). */
	unlocated: MapListItem[];
	eventCount: number;
	mappedEventCount: number;
	types: { id: string; name: string }[];
	actors: { id: string; name: string }[];
	first: string | undefined;
	last: string | undefined;
	locale: Locale;
	/** The map's interface text in the page's language, embedded for the client as well. */
	text: MapText;
	dataId: string;
	json: string;
	script: string;
}

const EDGE_INSET = 14;
const LABEL_DROP = 24;
/** The governorate names' size in map units (map.css: .map-label--governorate). */
const LABEL_SIZE = 17;
/** A place's name in the page's language: its Arabic name on Arabic pages, where the content has one. */
const nameIn = (p: PlaceNode, locale: Locale) => (locale === 'ar' && p.data.nameArabic) || p.data.name;
const shortName = (p: PlaceNode, locale: Locale) => nameIn(p, locale).replace(/ Governorate$/, '').replace(/^محافظة /, '');

export function mapView(graph: Graph, to: PageLinks, locale: Locale = DEFAULT_LOCALE): MapView {
	const text = messages(locale).map;
	const w = { locale, m: text };
	const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, LOCALE_INFO[locale].intl);
	const base = regionMap();
	const located = [...graph.places.values()].filter((p) => p.data.coordinates);
	const max = Math.max(0, ...located.map((p) => p.events.length));
	const within = (p: PlaceNode) => {
		const parent = p.ancestors[0] ? graph.places.get(p.ancestors[0]) : undefined;
		return parent ? nameIn(parent, locale) : undefined;
	};
	const placedMarkers: MapMarker[] = located.map((p) => {
		const [lat, lon] = p.data.coordinates!;
		const at = onEdge(base.project(lat, lon), base.width, base.height, EDGE_INSET);
		const count = p.events.length;
		const name = nameIn(p, locale);
		return { id: p.id, name, count, x: at.x, y: at.y, r: markerRadius(count, max), beyond: at.beyond, href: to('place', p.id).href, label: markerName(w, name, count, at.beyond) };
	});
	placedMarkers.sort((a, b) => b.count - a.count || byName(a, b));
	const markers = dodge(placedMarkers);
	const item = (p: PlaceNode, beyond: boolean): MapListItem => ({ id: p.id, name: nameIn(p, locale), href: to('place', p.id).href, count: p.events.length, within: within(p), beyond });
	const beyondIds = new Set(markers.filter((m) => m.beyond).map((m) => m.id));
	const list = markers.map((m) => item(graph.places.get(m.id)!, beyondIds.has(m.id)));
	const unlocated = [...graph.places.values()].filter((p) => !p.data.coordinates).map((p) => item(p, false)).sort(byName);
	const governorates = located
		.filter((p) => p.data.kind === 'governorate' && base.contains(...p.data.coordinates!))
		.map((p) => {
			const [x, y] = base.project(...p.data.coordinates!);
			return { text: shortName(p, locale), x, y };
		});
	// Off the point: a governorate's coordinates are usually its capital's marker.
	const governorateLabels = placeLabels(governorates, LABEL_SIZE, LABEL_DROP);
	const mapped = new Set(markers.map((m) => m.id));
	const events = graph.chronology.filter((e) => e.data.places.some((p) => mapped.has(p)));
	const data = mapData(graph, events, markers, to, locale);
	return {
		width: base.width,
		height: base.height,
		shapes: base.shapes,
		countryLabels: base.labels.map((l) => ({ ...l, text: text.countries[l.text as keyof typeof text.countries] ?? l.text })),
		locale,
		text,
		governorateLabels,
		markers,
		list,
		unlocated,
		eventCount: graph.events.size,
		mappedEventCount: events.length,
		types: data.tl.t.map(([id, name]) => ({ id, name })),
		actors: data.tl.ai.map((id, i) => ({ id, name: data.tl.an[i]! })).sort(byName),
		first: events.length ? events.map((e) => e.start).sort()[0] : undefined,
		last: events.length ? events.map((e) => e.end).sort().at(-1) : undefined,
		dataId: 'map-data',
		// `<` escaped so no title can close the script element.
		json: JSON.stringify(data).replace(/</g, '\\u003c'),
		script: to.url(paths.asset('map.js')),
	};
}

function mapData(graph: Graph, events: EventNode[], markers: MapMarker[], to: PageLinks, locale: Locale): MapData {
	const types = (Object.keys(EVENT_TYPES) as EventType[]).map((t): [string, string] => [t, eventTypeName(locale, t)]);
	const tl = pack(graph, events, types, locale);
	const placeIndex = new Map(tl.pi.map((id, i) => [id, i]));
	return {
		v: 1,
		tl,
		ti: events.map((e) => e.data.title),
		ei: events.map((e) => e.id),
		dt: events.map((e) => formatDate(e.date)),
		mk: markers.map((m) => placeIndex.get(m.id) ?? -1),
		eu: to.url(paths.entry('event', '{id}')),
		tu: to.url(paths.timeline),
		pu: to.url(paths.entry('place', '{id}')),
	};
}
