import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../lib/dates.ts';
import { dayOf, drawnExtent, isoOfDay } from './days.ts';

const extent = (edtf: string) => {
	const r = parseFuzzyDate(edtf);
	if (!r.ok) throw new Error(r.reason);
	const e = drawnExtent(r.date);
	return { ...e, start: isoOfDay(e.start), end: isoOfDay(e.end) };
};

describe('day numbers', () => {
	it('round-trips ISO days, across leap days', () => {
		expect(dayOf('1970-01-01')).toBe(0);
		for (const iso of ['2024-02-29', '2024-12-08', '2025-03-06', '2025-12-31']) expect(isoOfDay(dayOf(iso))).toBe(iso);
		expect(dayOf('2024-03-01') - dayOf('2024-02-28')).toBe(2);
	});
});

describe('date precision → drawn extent', () => {
	it('draws a day as a one-day point', () => {
		expect(extent('2025-03-07')).toMatchObject({ start: '2025-03-07', end: '2025-03-08', shape: 'day', precision: 'day' });
	});
	it('draws a range of days as a bar that includes its last day', () => {
		expect(extent('2025-03-06/2025-03-08')).toMatchObject({ start: '2025-03-06', end: '2025-03-09', shape: 'range' });
	});
	it('draws a month or a year as a span over every day it could mean', () => {
		expect(extent('2025-02')).toMatchObject({ start: '2025-02-01', end: '2025-03-01', shape: 'span', precision: 'month' });
		expect(extent('2025-12')).toMatchObject({ start: '2025-12-01', end: '2026-01-01', shape: 'span' });
		expect(extent('2025')).toMatchObject({ start: '2025-01-01', end: '2026-01-01', shape: 'span', precision: 'year' });
	});
	it('keeps the coarser precision of a mixed range', () => {
		expect(extent('2025-03-06/2025-04')).toMatchObject({ start: '2025-03-06', end: '2025-05-01', shape: 'span', precision: 'month' });
	});
	it('carries approximate and uncertain marks from either end', () => {
		expect(extent('2025-03-06~')).toMatchObject({ shape: 'day', approximate: true, uncertain: false });
		expect(extent('2025-03-06/2025-03-09?')).toMatchObject({ shape: 'range', approximate: false, uncertain: true });
	});
});
