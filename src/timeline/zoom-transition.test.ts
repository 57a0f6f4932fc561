import { describe, expect, it } from 'vitest';
import { ZOOM_MS, zoomStep } from './zoom-transition.ts';

const from = [0, 100] as const;
const to = [40, 60] as const;

describe('zoom transition', () => {
	it('starts at the window shown and ends, done, at the target', () => {
		expect(zoomStep(from, to, 0)).toEqual({ window: [0, 100], done: false });
		expect(zoomStep(from, to, ZOOM_MS)).toEqual({ window: [40, 60], done: true });
		expect(zoomStep(from, to, ZOOM_MS * 3)).toEqual({ window: [40, 60], done: true });
	});

	it('is not done before its duration', () => expect(zoomStep(from, to, ZOOM_MS - 1).done).toBe(false));

	it('moves fast at first, then settles, never past either end', () => {
		const lefts = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 1].map((t) => zoomStep(from, to, t * ZOOM_MS).window[0]);
		expect(lefts.every((x, k) => k === 0 || x > lefts[k - 1]!)).toBe(true);
		// Half-way in time, more than half-way there (1 − 0.5³ = 87.5 %).
		expect(zoomStep(from, to, ZOOM_MS / 2).window[0]).toBeCloseTo(35);
		expect(zoomStep(from, to, -20).window).toEqual([0, 100]);
	});

	it('takes a given duration', () => expect(zoomStep(from, to, 100, 100).done).toBe(true));
});
