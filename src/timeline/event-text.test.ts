import { describe, expect, it } from 'vitest';
import { decodeId, encodeId, packEventText, unpackEventText } from './event-text.ts';

const events = [
	{ id: '2024-12-09-clashes-between-liberation-front-and-justice-division-near-be', title: 'Clashes between Liberation Front and Justice Division near Beit al-Sultan', date: 'December 2024' },
	{ id: 'aanes-calls-for-national-dialogue-2025-03', title: '“Kurdish self-administration calls for a national dialogue”', date: 'December 2024' },
	{ id: 'al-sharaa-meets-putin-moscow-2025-10-15', title: 'Al-Sharaa meets Putin at the Kremlin on his first visit to Russia', date: '15 October 2025' },
	{ id: 'jableh', title: 'جبلة', date: '6 March 2025' },
];

describe('event text', () => {
	it('writes an id made from its title as a reference to the slug, and decodes every id back', () => {
		expect(encodeId(events[0]!.id, events[0]!.title)).toBe('2024-12-09-*61*');
		expect(encodeId(events[2]!.id, events[2]!.title)).toBe('*22*moscow-2025-10-15');
		// Nothing long enough in common: the id as it is.
		expect(encodeId('jableh', 'جبلة')).toBe('jableh');
		for (const e of events) expect(decodeId(encodeId(e.id, e.title), e.title)).toBe(e.id);
	});

	it('round-trips titles, dates (a repeated date written once) and addresses made by the URL function', () => {
		const packed = packEventText(events, (id) => `../events/${id}.html`);
		expect(packed.d).toEqual(['December 2024', '', '15 October 2025', '6 March 2025']);
		expect(packed.u).toEqual(['../events/', '.html']);
		const text = unpackEventText(JSON.parse(JSON.stringify(packed)), 'https://example.org/ar/timeline.html');
		expect(text.size).toBe(4);
		expect(events.map((_, i) => text.date(i))).toEqual(events.map((e) => e.date));
		expect(events.map((_, i) => text.title(i))).toEqual(events.map((e) => e.title));
		expect(text.href(2)).toBe('https://example.org/events/al-sharaa-meets-putin-moscow-2025-10-15.html');
	});

	it('says what to do when the embedded text is missing or does not fit', () => {
		expect(() => unpackEventText(null, 'https://example.org/')).toThrow(/missing or from another version of the site; rebuild the site/);
		expect(() => unpackEventText({ v: 1, n: ['a'], i: [], d: ['x'], u: ['', ''] }, 'https://example.org/')).toThrow('1 titles, 0 ids, 1 dates');
	});
});
