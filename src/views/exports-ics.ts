/**
 * `data/events.ics`: every event as an all-day iCalendar event (RFC 5545), written by
 * ical-generator (it escapes text, folds lines at 75 octets and ends them with CRLF).
 * A day is one day; several days, a month or a year span from their first day to the
 * day after their last (DTEND is exclusive), so a calendar shows how little is known.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import type { Graph } from '../graph/types.ts';
import { formatDate } from '../lib/dates.ts';
import { markdownToText } from '../lib/markdown-text.ts';
import { absoluteUrl, paths } from '../model/urls.ts';
import { ARCHIVE_NAME } from './cite.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const nextDay = (iso: string) => new Date(day(iso).getTime() + 86_400_000);

/** UIDs stay the same from build to build and host to host: the event's id under the archive's domain-free name. */
export const eventUid = (id: string) => `${id}@syria-transition-archive`;

export function eventsIcs(g: Graph, site: URL | undefined, stamp: string): string {
	const cal = ical({
		name: `${ARCHIVE_NAME}: events`,
		prodId: { company: ARCHIVE_NAME, product: 'events', language: 'EN' },
		method: ICalCalendarMethod.PUBLISH,
	});
	for (const e of g.chronology) {
		const sources = e.data.sources.map((s) => g.articles.get(s)?.data.url).filter(Boolean);
		cal.createEvent({
			id: eventUid(e.id),
			allDay: true,
			start: day(e.start),
			end: nextDay(e.end),
			stamp: day(stamp),
			summary: e.data.title,
			// The date in words says what the span means: "March 2025", "c. 6 March 2025".
			description: [formatDate(e.date), markdownToText(e.body).trim(), sources.length ? `Sources: ${sources.join(' ')}` : ''].filter(Boolean).join('\n\n'),
			...(site ? { url: absoluteUrl(site, paths.entry('event', e.id)) } : {}),
			categories: [{ name: e.data.type }],
		});
	}
	return cal.toString();
}
