import { describe, expect, it } from 'vitest';
import { calendarOf } from './chart-text.ts';
import { dayOf } from './days.ts';
import { EN } from './test-support.ts';
import { clampWindow, contextLabel, dayOfX, fullWindow, linearOf, ticks, timeScale, windowOf, xOfDay } from './time-scale.ts';

const scaleFor = (from: string, to: string, width = 1000) => timeScale([dayOf(from), dayOf(to)], [0, width]);

const CAL = calendarOf(EN);

describe('time scale', () => {
	it('maps a window of days onto pixels and back', () => {
		const s = scaleFor('2025-03-01', '2025-03-11');
		expect(s(new Date(Date.UTC(2025, 2, 6)))).toBeCloseTo(500);
		expect(windowOf(s)).toEqual([dayOf('2025-03-01'), dayOf('2025-03-11')]);
	});

	it('labels years when zoomed out, months in between and days when zoomed in', () => {
		const years = ticks(scaleFor('2022-06-01', '2026-06-01', 340), CAL);
		expect(years.map((t) => t.label)).toEqual(['2023', '2024', '2025', '2026']);
		expect(years.every((t) => t.level === 'year')).toBe(true);

		const months = ticks(scaleFor('2024-11-15', '2025-05-15', 800), CAL);
		expect(months.map((t) => t.label)).toContain('2025');
		expect(months.map((t) => t.label)).toContain('Mar');

		const days = ticks(scaleFor('2025-03-01', '2025-03-15', 1200), CAL);
		expect(days[0]!.label).toBe('1 Mar');
		expect(days.map((t) => t.label)).toContain('7 Mar');
		expect(days.every((t, i) => i === 0 || t.x > days[i - 1]!.x)).toBe(true);
	});

	it('never ticks between days, even in a narrow window on a wide screen', () => {
		const t = ticks(scaleFor('2025-03-06', '2025-03-09', 1400), CAL);
		expect(t.map((x) => x.label)).toEqual(['6 Mar', '7 Mar', '8 Mar', '9 Mar']);
	});

	it('names the period at the left edge once zoomed in', () => {
		expect(contextLabel(scaleFor('2025-03-03', '2025-03-20'), CAL)).toBe('March 2025');
		expect(contextLabel(scaleFor('2025-02-01', '2025-06-20'), CAL)).toBe('2025');
		expect(contextLabel(scaleFor('2023-01-01', '2026-01-01'), CAL)).toBe('');
	});

	it('keeps a window inside the period and at least three days wide', () => {
		const full = fullWindow(dayOf('2025-01-01'), dayOf('2025-12-31'));
		expect(full[0]).toBeLessThan(dayOf('2025-01-01'));
		expect(clampWindow([dayOf('2025-03-05'), dayOf('2025-03-05')], full)).toEqual([dayOf('2025-03-05'), dayOf('2025-03-08')]);
		expect(clampWindow([full[0] - 100, full[0] - 50], full)).toEqual([full[0], full[0] + 50]);
		expect(clampWindow([full[0] - 1000, full[1] + 1000], full)).toEqual(full);
	});

	it('has a linear form, x = a · day + b, that agrees with the scale', () => {
		const w = [dayOf('2025-03-01'), dayOf('2025-03-11')] as const;
		const s = timeScale(w, [170, 1170]);
		const lin = linearOf(w, [170, 1170]);
		expect(xOfDay(lin, w[0])).toBe(170);
		expect(xOfDay(lin, w[1])).toBe(1170);
		expect(xOfDay(lin, dayOf('2025-03-07') + 0.5)).toBeCloseTo(s(new Date(Date.UTC(2025, 2, 7, 12))));
		expect(dayOfX(lin, 720)).toBeCloseTo(dayOf('2025-03-06') + 0.5);
	});
});
