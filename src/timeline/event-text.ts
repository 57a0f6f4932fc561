/**
 * The words of a timeline's events (title, date as the page words it, link), embedded
 * beside the packed numbers of timeline-data.ts but after the list, so that taking them in
 * does not hold up the first frame. The main timeline's list shows only the latest events,
 * so the chart cannot read these from the list.
 *
 * Ids are written relative to the slug of their title where they contain it (`npm run new`
 * makes an id from the first words of a title): "2025-03-06-*45" is "2025-03-06-" followed
 * by the first 45 characters of slugify(title). Other ids are written as they are.
 */
import { slugify } from '../lib/slugify.ts';

export interface EventTextInput {
	id: string;
	title: string;
	date: string;
}

/** What the page embeds (JSON). */
export interface PackedEventText {
	v: 1;
	/** Titles, in the data's order. */
	n: string[];
	/** Ids, coded (see the header). */
	i: string[];
	/** Dates as the page words them; "" repeats the previous one. */
	d: string[];
	/** An event's address: prefix + id + suffix, relative to the page. */
	u: [string, string];
}

export interface EventText {
	size: number;
	title(i: number): string;
	date(i: number): string;
	id(i: number): string;
	/** The event's page, absolute. */
	href(i: number): string;
}

/** The shortest slug prefix worth a reference; shorter matches are written out. */
const MIN_SHARED = 8;

/** `id` relative to the slug of its title when it contains a long enough start of it. */
export function encodeId(id: string, title: string): string {
	const slug = slugify(title);
	for (let k = Math.min(slug.length, id.length); k >= MIN_SHARED; k--) {
		const at = id.indexOf(slug.slice(0, k));
		if (at >= 0) return `${id.slice(0, at)}*${k}*${id.slice(at + k)}`;
	}
	return id;
}

export function decodeId(code: string, title: string): string {
	const m = /^([^*]*)\*(\d+)\*(.*)$/.exec(code);
	return m ? `${m[1]}${slugify(title).slice(0, Number(m[2]))}${m[3]}` : code;
}

export function packEventText(events: readonly EventTextInput[], url: (id: string) => string): PackedEventText {
	// The address pattern from one call, so every URL is still made by the site's one URL function.
	const marker = 'x0x';
	const [prefix = '', suffix = ''] = url(marker).split(marker);
	let previous = '';
	return {
		v: 1,
		n: events.map((e) => e.title),
		i: events.map((e) => encodeId(e.id, e.title)),
		d: events.map((e) => (e.date === previous ? '' : (previous = e.date))),
		u: [prefix, suffix],
	};
}

/** Unpacks the embedded words, with addresses resolved against `base` (the page's); throws a readable error if they are not what this client expects. */
export function unpackEventText(raw: unknown, base: string): EventText {
	const p = raw as PackedEventText;
	if (!p || p.v !== 1 || !Array.isArray(p.n) || !Array.isArray(p.i) || !Array.isArray(p.d)) {
		throw new Error("the timeline's event titles in this page are missing or from another version of the site; rebuild the site");
	}
	const size = p.n.length;
	if (p.i.length !== size || p.d.length !== size) throw new Error(`the timeline's event titles are inconsistent (${size} titles, ${p.i.length} ids, ${p.d.length} dates); rebuild the site`);
	const dates: string[] = [];
	let previous = '';
	for (const d of p.d) dates.push((previous = d || previous));
	const ids: string[] = [];
	const id = (i: number) => (ids[i] ??= decodeId(p.i[i]!, p.n[i]!));
	return {
		size,
		title: (i) => p.n[i] ?? '',
		date: (i) => dates[i] ?? '',
		id,
		href: (i) => new URL(`${p.u[0]}${id(i)}${p.u[1]}`, base).href,
	};
}
