import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { isDot, markExtent, markX } from './mark-geometry.ts';
import { sampleData } from './test-support.ts';

// Ten pixels per day from 1 March 2025.
const scale = { a: 10, b: -10 * dayOf('2025-03-01'), radius: 4 };
const data = sampleData([
	['2025-03-03', 'battle'],
	['2025-03-03/2025-03-06', 'battle'],
	['2025-04', 'battle'],
]);

describe('mark geometry', () => {
	it('draws a day as a dot centred on its day', () => {
		expect(isDot(data, 0)).toBe(true);
		expect(markExtent(data, 0, scale)).toEqual([25 - 4, 25 + 4]);
		expect(markX(data, 0, 21, 29)).toBe(25);
	});

	it('draws a range from its first day to the end of its last', () => {
		expect(isDot(data, 1)).toBe(false);
		expect(markExtent(data, 1, scale)).toEqual([20, 60]);
	});

	it('draws every mark at least a dot wide', () => {
		// One pixel per day: the four-day range would be 4 pixels, April a tenth of that.
		const narrow = (a: number) => ({ a, b: -a * dayOf('2025-03-01'), radius: 4 });
		const width = (i: number, a: number) => markExtent(data, i, narrow(a))[1] - markExtent(data, i, narrow(a))[0];
		expect(width(1, 1)).toBe(8);
		expect(width(2, 0.1)).toBe(8);
		expect(width(2, 1)).toBe(30);
	});

	it("attaches rings and cards at a dot's centre, or where a bar starts but no further left than the plot", () => {
		expect(markX(data, 1, 20, 60)).toBe(20);
		expect(markX(data, 1, -30, 60, 10)).toBe(10);
		expect(markX(data, 0, -30, -22, 10)).toBe(-26);
	});
});
