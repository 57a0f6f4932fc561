/**
 * How many of the events that pass the filters happened at each marker's place, and which
 * were the latest: what the markers' sizes, names and cards say once the reader filters.
 * Pure: the client hands it the timeline's data and the mask the timeline's filters made.
 */
import type { TimelineData } from '../timeline/timeline-data.ts';

export interface MarkerCounts {
	/** Per marker, the passing events at its place. */
	counts: number[];
	/** Per marker, up to `keep` passing events at its place, latest first (event indices). */
	latest: number[][];
	/** Passing events with at least one marker. */
	total: number;
}

/**
 * `markerPlace[m]` is marker m's place index in the data (-1: none of these events is
 * there); `window` is [first day, exclusive end day] or null for all time.
 */
export function markerCounts(data: TimelineData, pass: Uint8Array, markerPlace: readonly number[], window: readonly [number, number] | null = null, keep = 5): MarkerCounts {
	const markerOf = new Map<number, number>();
	markerPlace.forEach((p, m) => p >= 0 && markerOf.set(p, m));
	const counts = new Array<number>(markerPlace.length).fill(0);
	const latest: number[][] = markerPlace.map(() => []);
	let total = 0;
	// Latest first: walk the time order backwards, by the day an event ends.
	const order = [...data.order].sort((a, b) => data.end[b]! - data.end[a]! || data.start[b]! - data.start[a]!);
	for (const i of order) {
		if (!pass[i]) continue;
		if (window && (data.end[i]! <= window[0] || data.start[i]! >= window[1])) continue;
		let counted = false;
		for (let k = data.placeAt[i]!; k < data.placeAt[i + 1]!; k++) {
			const m = markerOf.get(data.placeList[k]!);
			if (m === undefined) continue;
			counts[m]!++;
			if (latest[m]!.length < keep) latest[m]!.push(i);
			counted = true;
		}
		if (counted) total++;
	}
	return { counts, latest, total };
}
