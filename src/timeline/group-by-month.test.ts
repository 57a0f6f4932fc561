import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../lib/dates.ts';
import { groupByMonth, listOrder } from './group-by-month.ts';

const ev = (id: string, edtf: string) => {
	const r = parseFuzzyDate(edtf);
	if (!r.ok) throw new Error(r.reason);
	return { id, date: r.date };
};

describe('grouping the list by year and month', () => {
	const events = [ev('a', '2024-12-08'), ev('y', '2025'), ev('b', '2025-01-05'), ev('c', '2025-01-20'), ev('y2', '2025?'), ev('d', '2025-03')];
	it('makes year and month groups with a group for dates known only to the year', () => {
		expect(groupByMonth(events).map((y) => [y.year, y.months.map((m) => [m.label, m.events.map((e) => e.id)])])).toEqual([
			[2024, [['December', ['a']]]],
			[2025, [['Date within the year unknown', ['y', 'y2']], ['January', ['b', 'c']], ['March', ['d']]]],
		]);
	});
	it('gives the order the list shows, which the timeline data follows', () => {
		expect(listOrder(events).map((e) => e.id)).toEqual(['a', 'y', 'y2', 'b', 'c', 'd']);
	});
});
