import { describe, expect, it } from 'vitest';
import { messages } from '../i18n/index.ts';
import { dodge, eventCount, MAX_RADIUS, MIN_RADIUS, markerName, markerRadius, onEdge } from './markers.ts';

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

const EN = { locale: 'en' as const, m: messages('en').map };
const AR = { locale: 'ar' as const, m: messages('ar').map };

describe('markerName', () => {
	it('names a marker in Arabic, its count in the Arabic plural form and digits', () => {
		expect(markerName(AR, 'حلب', 12, false)).toBe('حلب، ١٢ حدثًا');
		expect(markerName(AR, 'جبلة', 1, false)).toBe('جبلة، حدث واحد');
		expect(markerName(AR, 'جبلة', 2, false)).toBe('جبلة، حدثان');
		expect(markerName(AR, 'باريس', 3, true)).toBe('باريس، ٣ أحداث (خارج هذه الخريطة)');
		expect(eventCount(AR, 0)).toBe('لا أحداث');
		expect(eventCount(EN, 0)).toBe('no events');
		expect(eventCount(EN, 1200)).toBe('1,200 events');
	});

	it('says the place and how many events', () => {
		expect(markerName(EN, 'Aleppo', 12, false)).toBe('Aleppo, 12 events');
		expect(markerName(EN, 'Jableh', 1, false)).toBe('Jableh, 1 event');
		expect(markerName(EN, 'Paris', 3, true)).toBe('Paris, 3 events (beyond this map)');
	});
});

describe('dodge', () => {
	it('moves a marker off a larger one at the same point, to its rim, and leaves others alone', () => {
		const out = dodge([{ x: 100, y: 100, r: 10 }, { x: 100, y: 100, r: 4 }, { x: 300, y: 100, r: 4 }]);
		expect(out[0]).toEqual({ x: 100, y: 100, r: 10 });
		expect(Math.hypot(out[1]!.x - 100, out[1]!.y - 100)).toBeCloseTo(12.4, 0);
		expect(out[2]).toEqual({ x: 300, y: 100, r: 4 });
	});
	it('gives each marker on the same point its own angle', () => {
		const out = dodge([{ x: 0, y: 0, r: 10 }, { x: 0, y: 0, r: 3 }, { x: 0, y: 0, r: 3 }]);
		expect(out[1]).not.toEqual(out[2]);
	});
});
