import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import { buildDay, citeView, cslItem } from './cite.ts';
import { paths } from '../model/urls.ts';

const entry = { kind: 'event' as const, id: 'fall-of-assad', title: 'Fall of Assad: rebels take Damascus & "the palace"', path: paths.entry('event', 'fall-of-assad'), changed: '2025-01-04' };
const ctx = { site: new URL('https://example.org/archive/'), accessed: '2026-12-02' };

describe('citeView', () => {
	const view = citeView(entry, ctx);

	it('gives the permanent address and the access date in the formatted reference', () => {
		expect(view.url).toBe('https://example.org/archive/events/fall-of-assad.html');
		expect(view.referenceHtml).toContain('Syria Transition Archive contributors (2025)');
		expect(view.referenceHtml).toContain('https://example.org/archive/events/fall-of-assad.html');
		expect(view.referenceHtml).toContain('Accessed: December 2, 2026');
		expect(view.referenceHtml).toContain('&#38;');
	});

	it('writes BibTeX that parses back to the same title, address and key', () => {
		const [item] = new Cite(view.bibtex).data;
		expect(item).toMatchObject({ 'citation-key': 'syria_archive_event_fall_of_assad', title: entry.title, URL: view.url });
		expect(view.bibtex).toContain('\\&');
	});

	it('writes CSL-JSON that citation-js reads back, with both dates', () => {
		const [item] = new Cite(JSON.parse(view.csl)).data;
		expect(item).toMatchObject({ type: 'webpage', title: entry.title, URL: view.url, issued: { 'date-parts': [[2025, 1, 4]] }, accessed: { 'date-parts': [[2026, 12, 2]] } });
	});

	it('writes RIS that parses back', () => {
		const [item] = new Cite(view.ris).data;
		expect(item).toMatchObject({ title: entry.title, URL: view.url });
	});

	it('leaves the address and the date out, not invented, when they are unknown', () => {
		const bare = citeView({ ...entry, changed: undefined }, { site: undefined, accessed: '2026-12-02' });
		expect(bare.url).toBeUndefined();
		expect(bare.referenceHtml).toContain('(no date)');
		expect(bare.bibtex).not.toContain('url');
	});
});

describe('the reference of one entry', () => {
	const titles = [
		entry.title,
		"It's <i>over</i>? A <b>bold</b> <sup>2</sup>nd <span class=\"nocase\">iPhone</span>",
		'Ends with a full stop.',
		'Ends with a question?',
		'Ahmad al-Sharaa: “We will not go back”',
		"al-Sharaa's 'speech' -- in \"Idlib\"",
		'سقوط الأسد: «الثوار» يدخلون دمشق',
		'  spaces   inside  ',
		'Speaker: “He said ‘no’ and left.”',
		'See https://example.org/x?a=1&b=2 (mirror) [sic] 50% — “done”;',
	];
	it('is what citation-js formats with its stock Harvard style, for every kind of title, with and without a date and an address', () => {
		for (const title of titles) for (const changed of ['2025-01-04', undefined]) for (const site of [ctx.site, undefined]) for (const accessed of [ctx.accessed, '2027-01-01']) {
			const e = { ...entry, title, changed };
			const stock = new Cite(cslItem(e, { site, accessed })).format('bibliography', { format: 'html', template: 'harvard1', lang: 'en-US' }).trim();
			expect(citeView(e, { site, accessed }).referenceHtml).toBe(stock);
		}
	});
});

describe('buildDay', () => {
	it('is the UTC day, or the pinned one of a reproducible build', () => {
		expect(buildDay({}, new Date('2026-12-02T23:30:00-05:00'))).toBe('2026-12-03');
		expect(buildDay({ SOURCE_DATE_EPOCH: '1733616000' })).toBe('2024-12-08');
	});
});
