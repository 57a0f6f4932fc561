/**
 * The list's grouping: by year, then by month ("Date within the year unknown" for
 * dates known only to the year). Shared by the list and the timeline's data, because
 * the list under the chart holds the last events of the data, in the data's order.
 */
import { monthName, type FuzzyDate } from '../lib/dates.ts';

export interface MonthGroup<E> {
	label: string;
	events: E[];
}
export interface YearGroup<E> {
	year: number;
	months: MonthGroup<E>[];
}

export const UNKNOWN_MONTH = 'Date within the year unknown';

/** Events (already in time order) grouped by year and month, groups in order of first appearance. */
export function groupByMonth<E extends { date: FuzzyDate }>(events: readonly E[]): YearGroup<E>[] {
	const years = new Map<number, Map<string, E[]>>();
	for (const e of events) {
		const y = e.date.start.year;
		const month = e.date.start.month !== undefined ? monthName(e.date.start.month) : UNKNOWN_MONTH;
		let months = years.get(y);
		if (!months) years.set(y, (months = new Map()));
		let list = months.get(month);
		if (!list) months.set(month, (list = []));
		list.push(e);
	}
	return [...years].map(([year, months]) => ({ year, months: [...months].map(([label, list]) => ({ label, events: list })) }));
}

/** The events in the order the list shows them. */
export const listOrder = <E extends { date: FuzzyDate }>(events: readonly E[]): E[] =>
	groupByMonth(events).flatMap((y) => y.months.flatMap((m) => m.events));
