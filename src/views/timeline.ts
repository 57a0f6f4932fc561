/**
 * What Timeline shows: the filter form's choices, the legend, the data the chart is drawn
 * from (packed for src/client/timeline.client.ts) and the list it enhances, in the same order.
 */
import type { EventNode, Graph } from '../graph/types.ts';
import { endKey, startKey } from '../lib/dates.ts';
import { EVENT_TYPES, type EventType } from '../model/event.ts';
import { eventTypeName } from '../i18n/wording.ts';
import { timelineText, type TimelineText } from '../i18n/areas.ts';
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from '../model/locales.ts';
import { paths } from '../model/urls.ts';
import { listOrder } from '../timeline/group-by-month.ts';
import { MAX_CHOSEN_LANES } from '../timeline/lanes.ts';
import { packTimeline, type PackedTimeline } from '../timeline/timeline-data.ts';
import { packEventText } from '../timeline/event-text.ts';
import { formatDateIn } from '../i18n/wording.ts';
import { formatDigits, formatNumber } from '../i18n/format.ts';
import { groupByMonth } from '../timeline/group-by-month.ts';
import type { PageLinks } from './entry-links.ts';
import { timelineList, yearAnchor, type EventNotes, type TimelineListView } from './event-list.ts';

export interface TimelineOptions {
	/** Events to show (time order); all events when left out. */
	ids?: readonly string[] | undefined;
	/** A small timeline on an actor or place page: no filter form, no URL state. */
	compact?: boolean;
	headingLevel?: 2 | 3;
	note?: EventNotes | undefined;
	/** What the chart shows, for its accessible name. */
	label?: string;
	/** The page's language: the chart's words and the embedded text are in it. */
	locale?: Locale;
	/** At most this many events in the list under the chart (the latest), with links to the list of every event by year; all when left out. */
	listLimit?: number | undefined;
}

/** Where the list under the chart is not every event: how many it shows, and the full list's years. */
export interface ListPart {
	shown: number;
	total: number;
	years: { label: string; count: string; href: string }[];
}

/**
 * How many of the latest events the timeline page lists under its chart. The page's list
 * was its weight (about 420 bytes an event, 4.2 MB at 10,000 events), taken in before the
 * chart could start; every event stays a link away, on the list of events by year.
 */
export const TIMELINE_PAGE_LIST = 100;

interface Option { id: string; name: string }

export interface TimelineView {
	compact: boolean;
	locale: Locale;
	/** The timeline's interface text in the page's language; `textId` is where the page embeds it for the client. */
	text: TimelineText;
	textId: string;
	count: number;
	label: string;
	dataId: string;
	helpId: string;
	/** The packed data as JSON, safe inside a script element. */
	json: string;
	/** The events' titles, dates and links (timeline/event-text.ts) as JSON, embedded after the list. */
	textJson: string;
	textDataId: string;
	script: string;
	actorOptions: Option[];
	placeOptions: Option[];
	/** The first and last days any event may mean (YYYY-MM-DD), bounds of the date filters. */
	first: string | undefined;
	last: string | undefined;
	legend: { type: string; name: string; count: number }[];
	list: TimelineListView;
	/** The data's index of the list's first event (the list holds the last events of the data). */
	listFrom: number;
	listPart: ListPart | undefined;
	/** How many actors a reader may give lanes. */
	maxLanes: number;
}

type Named = { name: string; nameArabic?: string | undefined; aliases: string[] } | undefined;
/** An actor's or place's name on a page in `locale`: its Arabic name on Arabic pages, where the content has one. */
const nameIn = (d: Named, id: string, locale: Locale) => (d ? (locale === 'ar' && d.nameArabic) || d.name : id);
/** The spellings besides the name shown, which the timeline's text filter matches as search does. */
const spellings = (d: Named, locale: Locale) => {
	if (!d) return [];
	const other = locale === 'ar' && d.nameArabic ? d.name : d.nameArabic;
	return [...(other ? [other] : []), ...d.aliases];
};

/** The embedded data of these events, shared with the map (src/map/map-view.ts). */
export const pack = (graph: Graph, events: readonly EventNode[], types: [string, string][], locale: Locale = DEFAULT_LOCALE): PackedTimeline =>
	packTimeline(
		events.map((e) => ({
			date: e.date,
			type: e.data.type,
			actors: e.data.actors.map((a) => a.actor),
			places: e.data.places,
			claims: e.claims,
			attributions: e.data.actors.flatMap((a) => (a.claimedBy ? [{ actor: a.actor, role: a.role, claimedBy: a.claimedBy }] : [])),
		})),
		{
			types,
			actorName: (id) => nameIn(graph.actors.get(id)?.data, id, locale),
			placeName: (id) => nameIn(graph.places.get(id)?.data, id, locale),
			placeParent: (id) => graph.places.get(id)?.data.in,
			actorSpellings: (id) => spellings(graph.actors.get(id)?.data, locale),
			placeSpellings: (id) => spellings(graph.places.get(id)?.data, locale),
			isPerson: (id) => graph.actors.get(id)?.data.kind === 'person',
		},
	);

/** `<` escaped so no title can close the script element. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The full list's years, each a link to its heading on the list of events. */
const listYears = (to: PageLinks, events: readonly EventNode[]): ListPart['years'] =>
	groupByMonth(events).map(({ year, months }) => ({
		label: formatDigits(to.locale, year),
		count: formatNumber(to.locale, months.reduce((n, m) => n + m.events.length, 0)),
		href: `${to.url(paths.index('event'))}#${yearAnchor(year)}`,
	}));

const options = (ids: string[], names: string[], locale: Locale) =>
	ids.map((id, i) => ({ id, name: names[i]! })).sort((a: Option, b: Option) => a.name.localeCompare(b.name, LOCALE_INFO[locale].intl));

export function timelineView(graph: Graph, to: PageLinks, { ids, compact = false, headingLevel = 2, note, label, locale = DEFAULT_LOCALE, listLimit }: TimelineOptions = {}): TimelineView {
	const text = timelineText(locale);
	const events: EventNode[] = ids ? ids.map((id) => graph.events.get(id)!) : graph.chronology;
	const ordered = listOrder(events);
	const types = (Object.keys(EVENT_TYPES) as EventType[]).map((t): [string, string] => [t, eventTypeName(locale, t)]);
	const packed = pack(graph, ordered, types, locale);
	const listFrom = listLimit !== undefined && ordered.length > listLimit ? ordered.length - listLimit : 0;
	const typeCounts = new Map<string, number>();
	for (const e of events) typeCounts.set(e.data.type, (typeCounts.get(e.data.type) ?? 0) + 1);
	return {
		compact,
		locale,
		text,
		textId: compact ? 'tl-text-compact' : 'tl-text',
		count: events.length,
		label: label ?? text.chartLabelDefault,
		dataId: compact ? 'tl-data-compact' : 'tl-data',
		helpId: compact ? 'tl-help-compact' : 'tl-help',
		json: scriptJson(packed),
		textJson: scriptJson(packEventText(ordered.map((e) => ({ id: e.id, title: to('event', e.id).label, date: formatDateIn(locale, e.date) })), (id) => to('event', id, '').href)),
		textDataId: compact ? 'tl-words-compact' : 'tl-words',
		script: to.url(paths.asset('timeline.js')),
		actorOptions: compact ? [] : options(packed.ai, packed.an, locale),
		placeOptions: compact ? [] : options(packed.pi, packed.pn, locale),
		first: events.length ? events.map((e) => startKey(e.date)).sort()[0] : undefined,
		last: events.length ? events.map((e) => endKey(e.date)).sort().at(-1) : undefined,
		legend: types.filter(([t]) => typeCounts.has(t)).map(([type, name]) => ({ type, name, count: typeCounts.get(type)! })),
		list: timelineList(to, listFrom ? ordered.slice(listFrom) : ordered, { headingLevel, note }),
		listFrom,
		listPart: listFrom ? { shown: ordered.length - listFrom, total: ordered.length, years: listYears(to, ordered) } : undefined,
		maxLanes: MAX_CHOSEN_LANES,
	};
}
