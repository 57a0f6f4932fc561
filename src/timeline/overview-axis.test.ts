import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { BREAK_GAP, overviewAxis } from './overview-axis.ts';
import { fullWindow } from './time-scale.ts';

const range = [100, 1000] as const;

describe('the overview axis', () => {
	const full = fullWindow(dayOf('2012-01-01'), dayOf('2026-03-01'));
	const split = dayOf('2024-11-30');
	const axis = overviewAxis(full, range, split);

	it('keeps most of the width for the transition when a 2012 event stretches the period', () => {
		expect(axis.stub).toBeDefined();
		const transition = axis.x(full[1]) - axis.x(split);
		expect(transition / (range[1] - range[0])).toBeGreaterThan(0.9);
		// On a linear axis the transition would have a tenth of it.
		expect((full[1] - split) / (full[1] - full[0])).toBeLessThan(0.12);
	});

	it('draws the years before it in a stub at the left edge, after a break', () => {
		const stub = axis.stub!;
		expect(axis.x(full[0])).toBe(range[0]);
		expect(axis.x(dayOf('2012-06-01'))).toBeLessThan(stub.x1);
		expect(axis.focus.x0).toBe(stub.x1 + BREAK_GAP);
		expect(axis.x(split)).toBe(axis.focus.x0);
		expect(axis.x(full[1])).toBeCloseTo(range[1]);
	});

	it('maps pixels back to days on both sides of the break, so the brush picks a window in the transition', () => {
		for (const day of [dayOf('2012-03-01'), dayOf('2025-03-06'), dayOf('2026-01-01')]) expect(axis.day(axis.x(day))).toBeCloseTo(day);
		expect(axis.day(axis.stub!.x1 + BREAK_GAP / 2)).toBe(split);
		// A tenth of the width inside the transition is some two months, not years.
		const w = [axis.day(500), axis.day(590)];
		expect(w[1]! - w[0]!).toBeLessThan(70);
		expect(w[0]).toBeGreaterThan(split);
	});

	it('is one linear axis when there is no early context to compress', () => {
		const near = fullWindow(dayOf('2024-11-20'), dayOf('2026-03-01'));
		const plain = overviewAxis(near, range, dayOf('2024-12-01'));
		expect(plain.stub).toBeUndefined();
		expect(plain.x(near[0])).toBe(range[0]);
		expect(plain.x((near[0] + near[1]) / 2)).toBeCloseTo(550);
		expect(overviewAxis(near, range).stub).toBeUndefined();
	});
});
