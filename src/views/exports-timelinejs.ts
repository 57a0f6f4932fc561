/**
 * `data/timelinejs.json`: the events in TimelineJS3's JSON format
 * (https://timeline.knightlab.com/docs/json-format.html). A date gives only the parts it
 * knows (a month-precise date has no day), an approximate or uncertain one its words as
 * display_date; text fields are HTML, so titles are escaped.
 */
import type { Graph } from '../graph/types.ts';
import { formatDate, type DatePoint } from '../lib/dates.ts';
import { markdownToText } from '../lib/markdown-text.ts';
import { absoluteUrl, paths } from '../model/urls.ts';
import { eventTypeLabel } from '../model/event.ts';
import { ARCHIVE_NAME } from './cite.ts';

export interface TimelineJsDate {
	year: number;
	month?: number;
	day?: number;
}

export interface TimelineJsEvent {
	unique_id: string;
	start_date: TimelineJsDate;
	end_date?: TimelineJsDate;
	display_date?: string;
	text: { headline: string; text: string };
	group: string;
}

export interface TimelineJsFile {
	title: { text: { headline: string; text: string } };
	events: TimelineJsEvent[];
}

const html = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const timelineJsDate = (p: DatePoint): TimelineJsDate => ({
	year: p.year,
	...(p.precision !== 'year' ? { month: p.month! } : {}),
	...(p.precision === 'day' ? { day: p.day! } : {}),
});

export function timelineJs(g: Graph, site: URL | undefined): TimelineJsFile {
	return {
		title: { text: { headline: html(ARCHIVE_NAME), text: html("Events of Syria's transition since 8 December 2024, each with its sources.") } },
		events: g.chronology.map((e) => {
			const { start, end } = e.date;
			const vague = start.approximate || start.uncertain || end?.approximate || end?.uncertain;
			const page = site ? absoluteUrl(site, paths.entry('event', e.id)) : undefined;
			const body = markdownToText(e.body).trim();
			return {
				unique_id: e.id,
				start_date: timelineJsDate(start),
				...(end ? { end_date: timelineJsDate(end) } : {}),
				...(vague ? { display_date: formatDate(e.date) } : {}),
				text: { headline: html(e.data.title), text: [body && `<p>${html(body)}</p>`, page && `<p><a href="${html(page)}">${html(ARCHIVE_NAME)}</a></p>`].filter(Boolean).join('') },
				group: eventTypeLabel(e.data.type),
			};
		}),
	};
}
