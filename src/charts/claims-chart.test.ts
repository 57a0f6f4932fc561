import { describe, expect, it } from 'vitest';
import { parseFuzzyDate, type FuzzyDate } from '../lib/dates.ts';
import { claimsChart } from './claims-chart.ts';

const d = (s: string): FuzzyDate => {
	const r = parseFuzzyDate(s);
	if (!r.ok) throw new Error(r.reason);
	return r.date;
};
const count = (svg: string, tag: string) => svg.split(`<${tag} `).length - 1;

describe('claimsChart', () => {
	it('draws each claim as its own mark and joins one claimant\'s figures over time', () => {
		const chart = claimsChart(
			[
				{ claimant: 'SOHR', asOf: d('2025-07-14'), low: 89, high: 89 },
				{ claimant: 'SOHR', asOf: d('2025-07-17'), low: 516, high: 516 },
				{ claimant: 'SNHR', asOf: d('2025-07-16'), low: 169, high: 321 },
			],
			'People killed',
		)!;
		expect(count(chart.svg, 'circle')).toBe(3);
		expect(count(chart.svg, 'polyline')).toBe(1);
		// A range is a bar from its low to its high figure, never a point between them.
		expect(count(chart.svg, 'line class="cc-range')).toBe(1);
		expect(chart.series).toEqual([{ claimant: 'SOHR', index: 0 }, { claimant: 'SNHR', index: 1 }]);
		expect(chart.svg).toContain('aria-label="People killed"');
		expect(chart.svg).toContain('<title>SNHR: 169–321</title>');
	});

	it('does not join two counts one claimant gave on the same day', () => {
		const chart = claimsChart(
			[
				{ claimant: 'SOHR', asOf: d('2025-07-20'), low: 1000, high: 1000 },
				{ claimant: 'SOHR', asOf: d('2025-07-20'), low: 12, high: 12 },
			],
			'People killed',
		)!;
		expect(count(chart.svg, 'polyline')).toBe(0);
		expect(count(chart.svg, 'circle')).toBe(2);
	});

	it('needs two figures to chart, and escapes names', () => {
		expect(claimsChart([{ claimant: 'SOHR', asOf: d('2025-07-20'), low: 1, high: 1 }], 't')).toBeUndefined();
		const chart = claimsChart([{ claimant: '<b>x</b>', asOf: d('2025-07-20'), low: 1, high: 1 }, { claimant: 'y', asOf: d('2025-07-21'), low: 2, high: 2 }], 'a "t"')!;
		expect(chart.svg).not.toContain('<b>');
		expect(chart.svg).toContain('aria-label="a &quot;t&quot;"');
	});

	it('writes its axes and figures in the locale\'s digits and month names, as the rest of the page does', () => {
		const claims = [
			{ claimant: 'SOHR', asOf: d('2025-07-14'), low: 89, high: 1200 },
			{ claimant: 'SNHR', asOf: d('2025-07-17'), low: 516, high: 516 },
		];
		const ticks = (svg: string) => [...svg.matchAll(/<text class="cc-tick"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
		const english = claimsChart(claims, 'People killed')!;
		expect(ticks(english.svg)).toContain('15 Jul');
		expect(english.svg).toContain('<title>SOHR: 89–1,200</title>');
		const arabic = claimsChart(claims, 'القتلى', 'ar')!;
		expect(ticks(arabic.svg)).toContain('١٥ تموز');
		expect(arabic.svg).toContain('<title>SOHR: ٨٩–١٬٢٠٠</title>');
		expect(ticks(arabic.svg).join(' ')).not.toMatch(/[0-9A-Za-z]/);
		// The axes are drawn left to right on a right-to-left page too, so end-anchored ticks stay left of the axis.
		expect(arabic.svg).toMatch(/^<svg [^>]*direction="ltr"/);
	});
});
