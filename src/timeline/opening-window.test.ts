import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { openingWindow, periodWindow, subjectFrom } from './opening-window.ts';
import { sampleData, type Row } from './test-support.ts';
import { fullWindow } from './time-scale.ts';
import type { DayWindow } from './view-window.ts';

const subject = dayOf('2024-12-08');
const days = (from: string, n: number, step = 1): Row[] => Array.from({ length: n }, (_, k) => [isoPlus(from, k * step), 'battle']);
const isoPlus = (iso: string, n: number) => new Date(Date.parse(iso) + n * 86_400_000).toISOString().slice(0, 10);
/** Every event drawn while a window holds at most `n`, none beyond (a stand-in for the chart's packing). */
const atMost = (rows: Row[], n: number) => {
	const data = sampleData(rows);
	return (w: DayWindow) => {
		let k = 0;
		for (let i = 0; i < data.size; i++) if (data.end[i]! > w[0] && data.start[i]! < w[1]) k++;
		return k <= n ? 1 : 0;
	};
};
const open = (rows: Row[], drawn: (w: DayWindow) => number = () => 1) => openingWindow({ data: sampleData(rows), drawn, subjectStart: subject });
const holds = (w: DayWindow, iso: string) => dayOf(iso) >= w[0] && dayOf(iso) < w[1];

describe('the first window a reader sees', () => {
	it('is the whole transition when it reads, without a context event years back', () => {
		const rows: Row[] = [['2012', 'battle'], ...days('2024-12-08', 40, 10)];
		const w = open(rows);
		expect(w).toEqual(fullWindow(dayOf('2024-12-08'), dayOf(isoPlus('2024-12-08', 390)) + 1));
		expect(holds(w, '2012-06-01')).toBe(false);
	});

	it('leaves out a lone early event when the rest bunch later (15 of 16 in January 2026)', () => {
		const rows: Row[] = [['2024-12-10', 'battle'], ...days('2026-01-05', 15, 2)];
		const w = open(rows);
		expect(holds(w, '2024-12-10')).toBe(false);
		expect(holds(w, '2026-01-05') && holds(w, '2026-02-02')).toBe(true);
		// The bunch fills the window rather than 5% of it.
		expect(w[1] - w[0]).toBeLessThan(40);
	});

	it('keeps events that spread out, even with a quiet stretch between them', () => {
		const rows: Row[] = [...days('2024-12-08', 10, 3), ...days('2025-09-01', 10, 3)];
		const w = open(rows);
		expect(holds(w, '2024-12-08') && holds(w, '2025-09-28')).toBe(true);
	});

	it('shows the most recent stretch that reads when the whole transition is too dense', () => {
		const rows = days('2024-12-08', 300);
		const w = open(rows, atMost(rows, 40));
		const last = dayOf(isoPlus('2024-12-08', 299));
		expect(w[1]).toBeGreaterThan(last);
		expect(atMost(rows, 40)(w)).toBe(1);
		// As much as reads: a few more days would not.
		expect(atMost(rows, 40)([w[0] - 3, w[1]])).toBe(0);
	});

	it('does not stretch to December for a date known only to the year', () => {
		const rows: Row[] = [['2025', 'diplomatic'], ...days('2025-01-10', 20, 5)];
		expect(open(rows)[1]).toBeLessThan(dayOf('2025-05-01'));
	});

	it('is the whole period when every event is before the start', () => {
		const rows: Row[] = [['2011-01-01', 'battle'], ['2012-12-31', 'battle']];
		expect(open(rows)).toEqual(fullWindow(dayOf('2011-01-01'), dayOf('2012-12-31') + 1));
	});

	it('is a few days round a single event', () => {
		const w = open([['2025-03-06', 'battle']]);
		expect(holds(w, '2025-03-06')).toBe(true);
		expect(w[1] - w[0]).toBeLessThan(10);
	});

	it('knows where the transition starts, for the overview, leaving out early context', () => {
		const data = sampleData([['2012', 'battle'], ...days('2024-12-08', 10, 10)]);
		expect(subjectFrom(data, subject)).toBe(fullWindow(dayOf('2024-12-08'), dayOf('2025-03-18') + 1)[0]);
		expect(subjectFrom(sampleData([['2011-05-01', 'battle']]), subject)).toBe(fullWindow(dayOf('2011-05-01'), dayOf('2011-05-02'))[0]);
	});

	it('gives the whole period the transition\'s air at the end, not three months for a 2012 event', () => {
		const data = sampleData([['2012-03-01', 'battle'], ...days('2024-12-08', 10, 40)]);
		const [from, to] = periodWindow(data, subject);
		expect(from).toBeLessThan(dayOf('2012-03-01'));
		expect(to - data.last).toBeLessThan(15);
		expect(to).toBeGreaterThan(data.last);
	});

	it('shows a date known only to the month whole', () => {
		const w = open([['2024-12', 'diplomatic']]);
		expect(holds(w, '2024-12-01') && holds(w, '2024-12-31')).toBe(true);
	});
});
