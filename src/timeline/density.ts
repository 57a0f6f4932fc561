/**
 * The overview's density: events per bin over the whole period, stacked by type. A date
 * known only to the month or year is spread over the bins it could fall in, so it adds
 * the same weight as a dated event without pretending to a day.
 */
import type { TimelineData } from './timeline-data.ts';

export interface Density {
	bins: number;
	types: number;
	/** counts[bin * types + type] */
	counts: Float32Array;
	/** The tallest bin (all types together). */
	max: number;
	/** Day at the left edge of bin 0 and days per bin. */
	start: number;
	step: number;
}

export function density(data: TimelineData, pass: Uint8Array, window: readonly [number, number], bins: number): Density {
	const types = data.types.length;
	const counts = new Float32Array(bins * types);
	const step = (window[1] - window[0]) / bins;
	for (let i = 0; i < data.size; i++) {
		if (!pass[i]) continue;
		const t = data.type[i]!;
		const a = (data.start[i]! - window[0]) / step;
		const b = (data.end[i]! - window[0]) / step;
		const first = Math.max(0, Math.floor(a));
		const last = Math.min(bins - 1, Math.ceil(b) - 1);
		if (last < first) continue;
		if (first === last) {
			counts[first * types + t]! += 1;
			continue;
		}
		// Weight by how much of the event's extent falls in each bin.
		const len = b - a;
		for (let k = first; k <= last; k++) counts[k * types + t]! += (Math.min(b, k + 1) - Math.max(a, k)) / len;
	}
	let max = 0;
	for (let k = 0; k < bins; k++) {
		let sum = 0;
		for (let t = 0; t < types; t++) sum += counts[k * types + t]!;
		max = Math.max(max, sum);
	}
	return { bins, types, counts, max, start: window[0], step };
}
