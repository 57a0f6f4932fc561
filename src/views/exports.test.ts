import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/build-graph.ts';
import ICAL from 'ical.js';
import { CSV_TABLES, eventsAtom, tableCsv } from './exports.ts';
import { eventsIcs } from './exports-ics.ts';
import { timelineJs } from './exports-timelinejs.ts';

const graph = buildGraph([
	{ collection: 'events', id: 'jableh-attack', file: 'e.md', body: 'An attack in [Jableh](place:jableh).', data: { title: 'Attack in Jableh', date: '2025-03-06', type: 'battle', actors: [], places: [], sources: [], casualties: [], otherDates: [] } },
]);

describe('eventsAtom', () => {
	it('has an author and absolute, permanent ids without a site URL, and links that work from the folder', () => {
		const feed = eventsAtom(graph, undefined);
		expect(feed).toContain('<author><name>Syria Transition Archive contributors</name></author>');
		expect(feed).toContain('<id>tag:syria-transition-archive,2024-12-08:data/events.atom</id>');
		expect(feed).toContain('<id>tag:syria-transition-archive,2024-12-08:events/jableh-attack.html</id>');
		expect(feed).toContain('<link href="../events/jableh-attack.html"/>');
	});

	it('uses the pages\' addresses as ids with a site URL', () => {
		const feed = eventsAtom(graph, new URL('https://example.org/archive/'));
		expect(feed).toContain('<id>https://example.org/archive/events/jableh-attack.html</id>');
		expect(feed).toContain('<link href="https://example.org/archive/events/jableh-attack.html"/>');
	});
});

const sample = buildGraph([
	{ collection: 'actors', id: 'sohr', file: 'a.md', body: '', data: { name: 'SOHR', kind: 'ngo', aliases: ['=cmd|x'], roles: [], memberOf: [] } },
	{ collection: 'places', id: 'jableh', file: 'p.md', body: '', data: { name: 'Jableh', nameArabic: 'جبلة', kind: 'city', aliases: [], coordinates: [35.36, 35.92] } },
	{ collection: 'articles', id: 'report', file: 'r.md', body: 'It said "we will win, today".', data: { title: 'A report, "quoted"', publisher: 'sohr', via: [], authors: [], url: 'https://example.org/r', published: '2025-03-07', language: 'en', accessed: '2025-03-08', topics: [] } },
	{ collection: 'quotes', id: 'win', file: 'q.md', body: '', data: { text: 'we will win, today', speaker: { description: 'a commander' }, source: 'report', language: 'en' } },
	{ collection: 'events', id: 'day', file: 'e1.md', body: 'On one day, in [Jableh](place:jableh).', data: { title: 'A day & a <night>', date: '2025-03-06', type: 'battle', actors: [], places: ['jableh'], sources: ['report'], casualties: [], otherDates: [] } },
	{ collection: 'events', id: 'span', file: 'e2.md', body: '', data: { title: 'Three days', date: '2025-03-06/2025-03-08', type: 'battle', actors: [], places: [], sources: ['report'], casualties: [], otherDates: [] } },
	{ collection: 'events', id: 'month', file: 'e3.md', body: '', data: { title: 'Some time in December, a title long enough that its line in the calendar file must be folded', date: '2025-12~', type: 'protest', actors: [], places: [], sources: [], casualties: [], otherDates: [] } },
	{ collection: 'events', id: 'year', file: 'e4.md', body: '', data: { title: 'A year', date: '2026', type: 'justice', actors: [], places: [], sources: [], casualties: [], otherDates: [] } },
] as Parameters<typeof buildGraph>[0]);

describe('events.ics', () => {
	const text = eventsIcs(sample, new URL('https://example.org/archive/'), '2026-12-02');
	const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
	const byUid = new Map(events.map((e) => [e.uid, e]));

	it('parses with ical.js, one all-day event per event, with stable UIDs', () => {
		expect(events.map((e) => e.uid)).toEqual(['day', 'span', 'month', 'year'].map((id) => `${id}@syria-transition-archive`));
		expect(events.every((e) => e.startDate.isDate && e.endDate.isDate)).toBe(true);
	});

	it('spans what the date means: a day, several days, a whole month, a whole year (DTEND exclusive)', () => {
		const span = (uid: string) => [byUid.get(uid)!.startDate.toString(), byUid.get(uid)!.endDate.toString()];
		expect(span('day@syria-transition-archive')).toEqual(['2025-03-06', '2025-03-07']);
		expect(span('span@syria-transition-archive')).toEqual(['2025-03-06', '2025-03-09']);
		expect(span('month@syria-transition-archive')).toEqual(['2025-12-01', '2026-01-01']);
		expect(span('year@syria-transition-archive')).toEqual(['2026-01-01', '2027-01-01']);
		expect(byUid.get('month@syria-transition-archive')!.description).toMatch(/^c\. December 2025/);
	});

	it('keeps text whole through escaping, ends lines with CRLF and folds them at 75 octets', () => {
		expect(byUid.get('day@syria-transition-archive')!.summary).toBe('A day & a <night>');
		expect(byUid.get('day@syria-transition-archive')!.component.getFirstPropertyValue('url')).toBe('https://example.org/archive/events/day.html');
		expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
		expect(text).not.toMatch(/[^\r]\n/);
		expect(text).toMatch(/\r\n [^\r\n]/);
	});
});

describe('timelinejs.json', () => {
	const file = timelineJs(sample, undefined);

	it('has TimelineJS3\'s shape: a title and events with start dates as precise as they are known', () => {
		expect(file.title.text.headline).toBe('Syria Transition Archive');
		expect(file.events.map((e) => [e.unique_id, e.start_date, e.end_date, e.display_date])).toEqual([
			['day', { year: 2025, month: 3, day: 6 }, undefined, undefined],
			['span', { year: 2025, month: 3, day: 6 }, { year: 2025, month: 3, day: 8 }, undefined],
			['month', { year: 2025, month: 12 }, undefined, 'c. December 2025'],
			['year', { year: 2026 }, undefined, undefined],
		]);
	});

	it('escapes titles and text, which TimelineJS shows as HTML', () => {
		expect(file.events[0]!.text).toEqual({ headline: 'A day &amp; a &lt;night&gt;', text: '<p>On one day, in Jableh.</p>' });
		expect(file.events[0]!.group).toBe('Battle');
	});
});

describe('CSV exports', () => {
	const parse = (text: string) => {
		// A small RFC 4180 reader: quoted cells may hold commas, quotes and line breaks.
		const rows: string[][] = [[]];
		let cell = '';
		let quoted = false;
		for (let i = 0; i < text.length; i++) {
			const c = text[i]!;
			if (quoted) {
				if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
				else if (c === '"') quoted = false;
				else cell += c;
			} else if (c === '"') quoted = true;
			else if (c === ',') rows.at(-1)!.push(cell), (cell = '');
			else if (c === '\r' && text[i + 1] === '\n') rows.at(-1)!.push(cell), (cell = ''), rows.push([]), i++;
			else cell += c;
		}
		return rows.slice(0, -1);
	};
	const table = (file: string) => parse(tableCsv(CSV_TABLES.find((t) => t.file === file)!, sample));

	it('writes one file for every collection and for the claims', () => {
		expect(CSV_TABLES.map((t) => t.file)).toEqual(['events.csv', 'claims.csv', 'actors.csv', 'places.csv', 'articles.csv', 'quotes.csv']);
	});

	it('quotes cells with commas and quotation marks, and defuses spreadsheet formulas', () => {
		expect(table('articles.csv')[1]!.slice(0, 3)).toEqual(['report', 'A report, "quoted"', 'sohr']);
		expect(table('actors.csv')[1]![4]).toBe("'=cmd|x");
		expect(table('places.csv')[1]).toEqual(['jableh', 'Jableh', 'جبلة', 'city', '', '35.36', '35.92', '', '']);
		expect(table('quotes.csv')[1]!.slice(0, 5)).toEqual(['win', 'we will win, today', 'a commander', '', 'report']);
		expect(table('quotes.csv')[1]!.at(-1)).toBe('verified');
	});

	it('every row has as many cells as the header', () => {
		for (const t of CSV_TABLES) {
			const rows = table(t.file);
			expect(rows.every((r) => r.length === t.header.length), t.file).toBe(true);
		}
	});
});
