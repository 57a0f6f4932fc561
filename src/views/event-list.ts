/** The rows of a list of events (EventList) and the list grouped by year and month (TimelineList). */
import type { EventNode, Graph } from '../graph/types.ts';
import type { FuzzyDate } from '../lib/dates.ts';
import type { EventType } from '../model/event.ts';
import type { Locale } from '../model/locales.ts';
import { eventTypeName } from '../i18n/wording.ts';
import { dateWording } from '../i18n/dates.ts';
import { fill, messages } from '../i18n/index.ts';
import { formatDigits } from '../i18n/format.ts';
import { groupByMonth, UNKNOWN_MONTH } from '../timeline/group-by-month.ts';
import type { EntryLinkView, PageLinks } from './entry-links.ts';

/** Words shown after an event in a list, by event id: "3 events within it", a role. */
export type EventNotes = Record<string, string>;

export interface EventRow {
	/** The language the row is worded in. */
	locale: Locale;
	date: FuzzyDate;
	title: EntryLinkView;
	type: EventType;
	typeLabel: string;
	places: EntryLinkView[];
	note: string | undefined;
}

export interface TimelineListView {
	headingLevel: 2 | 3;
	/** `label`: the year in the page's digits (٢٠٢٥ on Arabic pages). */
	years: { id: string; year: number; label: string; months: { heading: string; rows: EventRow[] }[] }[];
}

const eventRow = (to: PageLinks, e: EventNode, note: EventNotes): EventRow => ({
	locale: to.locale,
	date: e.date,
	title: to('event', e.id),
	type: e.data.type,
	typeLabel: eventTypeName(to.locale, e.data.type),
	places: e.data.places.map((p) => to('place', p)),
	note: note[e.id],
});

/** Events in the order given: date, title, type and places. */
export const eventList = (graph: Graph, to: PageLinks, ids: readonly string[], note: EventNotes = {}): EventRow[] =>
	ids.map((id) => eventRow(to, graph.events.get(id)!, note));

/** "March 2025", "آذار ٢٠٢٥"; "2025, month not known". */
function monthHeading(locale: Locale, year: number, month: number | undefined): string {
	const w = dateWording(locale, messages(locale).dates);
	return month === undefined ? fill(messages(locale).dates.unknownMonth, { year: w.number(year) }) : `${w.month(month)} ${w.number(year)}`;
}

/** The id of a year's heading in a list: `y2025` in a page's main list, `ty2025` in a compact timeline's. */
export const yearAnchor = (year: number, headingLevel: 2 | 3 = 2) => `${headingLevel === 2 ? 'y' : 'ty'}${year}`;

/** Events (in time order) by year, then month. */
export function timelineList(to: PageLinks, events: readonly EventNode[], { headingLevel = 2, note = {} }: { headingLevel?: 2 | 3; note?: EventNotes | undefined } = {}): TimelineListView {
	return {
		headingLevel,
		years: groupByMonth(events).map(({ year, months }) => ({
			id: yearAnchor(year, headingLevel),
			year,
			label: formatDigits(to.locale, year),
			months: months.map(({ label, events: list }) => ({
				heading: monthHeading(to.locale, year, label === UNKNOWN_MONTH ? undefined : list[0]!.date.start.month),
				rows: list.map((e) => eventRow(to, e, note)),
			})),
		})),
	};
}
