/**
 * Marker geometry: a marker's area grows with its number of events (radius by square
 * root, so a place with four times the events looks four times as big, not sixteen), and
 * a place beyond the map's frame sits on its edge, in its direction from the centre.
 */

import type { MapText } from '../i18n/areas.ts';
import { fill, plural, type Wording } from '../i18n/format.ts';

export const MIN_RADIUS = 3;
export const MAX_RADIUS = 22;

/** The radius of a marker for `count` events when the busiest place has `max`. */
export function markerRadius(count: number, max: number): number {
	if (count <= 0 || max <= 0) return MIN_RADIUS;
	return Math.round((MIN_RADIUS + (MAX_RADIUS - MIN_RADIUS) * Math.sqrt(Math.min(count, max) / max)) * 10) / 10;
}

/**
 * Where a point outside a `width` × `height` frame is marked: where the line from the
 * frame's centre to it crosses the frame, `inset` units inside. Points inside stay put.
 */
export function onEdge([x, y]: [number, number], width: number, height: number, inset: number): { x: number; y: number; beyond: boolean } {
	if (x >= 0 && x <= width && y >= 0 && y <= height) return { x, y, beyond: false };
	const cx = width / 2;
	const cy = height / 2;
	const dx = x - cx;
	const dy = y - cy;
	const t = Math.min(dx ? (cx - inset) / Math.abs(dx) : Infinity, dy ? (cy - inset) / Math.abs(dy) : Infinity);
	return { x: Math.round((cx + dx * t) * 10) / 10, y: Math.round((cy + dy * t) * 10) / 10, beyond: true };
}

export type MapWording = Wording<MapText>;

/** "12 events", "1 event", "no events"; "١٢ حدثًا", "حدث واحد", "لا أحداث". */
export const eventCount = (w: MapWording, n: number) => plural(w.locale, w.m.events, n);

/** A marker's accessible name: place, number of events, and where it is when it is off the map. */
export const markerName = (w: MapWording, name: string, count: number, beyond: boolean) => fill(beyond ? w.m.markerBeyond : w.m.markerName, { name, events: eventCount(w, count) });

/**
 * Moves markers that sit on the same point as a larger one (a governorate filed at its
 * capital's coordinates) to the larger one's rim, each at its own angle, so each can be
 * pointed at. Markers come busiest first; the moved ones keep their size.
 */
export function dodge<M extends { x: number; y: number; r: number }>(markers: M[]): M[] {
	const placed: { x: number; y: number; r: number; n: number }[] = [];
	return markers.map((m) => {
		const under = placed.find((p) => Math.hypot(p.x - m.x, p.y - m.y) < 1);
		if (!under) {
			placed.push({ x: m.x, y: m.y, r: m.r, n: 0 });
			return m;
		}
		const angle = Math.PI / 4 + under.n++ * (Math.PI / 3);
		const d = under.r + m.r * 0.6;
		return { ...m, x: Math.round((m.x + d * Math.cos(angle)) * 10) / 10, y: Math.round((m.y + d * Math.sin(angle)) * 10) / 10 };
	});
}
