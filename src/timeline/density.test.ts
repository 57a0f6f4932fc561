import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { density } from './density.ts';
import { sampleData } from './test-support.ts';

describe('overview density', () => {
	const data = sampleData([
		['2025-03-01', 'battle'],
		['2025-03-02', 'protest'],
		['2025-03-02', 'battle'],
		['2025-03', 'diplomatic'],
		['2025-05-01', 'battle'],
	]);
	const window = [dayOf('2025-03-01'), dayOf('2025-03-31')] as const;

	it('counts events per bin, by type, spreading a month-precision date over its month', () => {
		const d = density(data, new Uint8Array(5).fill(1), window, 30);
		const at = (bin: number, type: number) => d.counts[bin * d.types + type]!;
		expect(at(0, 0)).toBe(1);
		expect(at(1, 0)).toBe(1);
		expect(at(1, 1)).toBe(1);
		expect(at(0, 2)).toBeCloseTo(1 / 31);
		expect(d.max).toBeCloseTo(2 + 1 / 31);
		// May lies outside the window and is not counted.
		expect(d.counts.reduce((s, n) => s + n, 0)).toBeCloseTo(3 + 30 / 31);
	});

	it('leaves out filtered events', () => {
		const d = density(data, new Uint8Array([0, 1, 0, 0, 0]), window, 10);
		expect(d.counts.reduce((s, n) => s + n, 0)).toBe(1);
	});
});
