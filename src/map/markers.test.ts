import { describe, expect, it } from 'vitest';
import { MAX_RADIUS, MIN_RADIUS, markerName, markerRadius, onEdge } from './markers.ts';

describe('markerRadius', () => {
	it('grows with the square root of the count, from the smallest to the largest size', () => {
		expect(markerRadius(0, 40)).toBe(MIN_RADIUS);
		expect(markerRadius(40, 40)).toBe(MAX_RADIUS);
		const quarter = markerRadius(10, 40);
		expect(quarter - MIN_RADIUS).toBeCloseTo((MAX_RADIUS - MIN_RADIUS) / 2, 0);
		expect(markerRadius(1, 40)).toBeGreaterThan(MIN_RADIUS);
	});
	it('never exceeds the largest size', () => {
		expect(markerRadius(500, 40)).toBe(MAX_RADIUS);
	});
});

describe('onEdge', () => {
	it('leaves a point inside the frame where it is', () => {
		expect(onEdge([10, 20], 100, 50, 5)).toEqual({ x: 10, y: 20, beyond: false });
	});
	it('puts a point far to the west on the west edge, in its direction from the centre', () => {
		expect(onEdge([-1000, 25], 100, 50, 5)).toEqual({ x: 5, y: 25, beyond: true });
		const p = onEdge([-1000, -1000], 100, 50, 5);
		expect(p.beyond).toBe(true);
		expect(p.y).toBe(5);
		expect(p.x).toBeGreaterThan(5);
		expect(p.x).toBeLessThan(50);
	});
});

describe('markerName', () => {
	it('says the place and how many events', () => {
		expect(markerName('Aleppo', 12, false)).toBe('Aleppo, 12 events');
		expect(markerName('Jableh', 1, false)).toBe('Jableh, 1 event');
		expect(markerName('Paris', 3, true)).toBe('Paris, 3 events (beyond this map)');
	});
});
