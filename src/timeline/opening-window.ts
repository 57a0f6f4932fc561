/**
 * The window a reader first sees. The archive is about the transition that began on
 * 8 December 2024; context events years earlier (a 2012 suspension, say) would squeeze
 * the whole transition into a sliver at the right edge. So the first view starts a little
 * before the subject's start, and "All" shows everything.
 */
import { dayOf } from './days.ts';
import { fullWindow } from './time-scale.ts';

/** The first day of the archive's subject: the fall of Bashar al-Assad. */
export const SUBJECT_START = '2024-12-08';

/** Context that reaches back less than this before the subject's start stays in the first view. */
const CONTEXT_SLACK_DAYS = 60;
const LEAD_IN_DAYS = 14;

/** @param first @param last the first and last event days, as for `fullWindow` */
export function openingWindow(first: number, last: number, subjectStart = dayOf(SUBJECT_START)): [number, number] {
	const from = subjectStart - LEAD_IN_DAYS;
	if (first >= subjectStart - CONTEXT_SLACK_DAYS || from >= last) return fullWindow(first, last);
	return fullWindow(from, last);
}
