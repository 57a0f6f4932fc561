/**
 * "Cite this entry": one CSL-JSON item per entry page, and the formats made from it by
 * citation-js (a formatted reference through citeproc, BibTeX, RIS). Nothing is written by
 * string concatenation: escaping BibTeX and RIS is the library's job. Computed at build time.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { collectionOf, type EntityKind } from '../model/kinds.ts';
import { absoluteUrl, type SitePath } from '../model/urls.ts';
import { formatDate, parseFuzzyDate } from '../lib/dates.ts';

export const ARCHIVE_NAME = 'Syria Transition Archive';
export const ARCHIVE_AUTHOR = 'Syria Transition Archive contributors';

export interface CiteEntry {
	kind: EntityKind;
	id: string;
	/** How the entry is named: an event's title, an actor's name, a quote's words with its speaker. */
	title: string;
	path: SitePath;
	/** When the entry's file last changed (`YYYY-MM-DD`, from git), if known. */
	changed?: string | undefined;
}

export interface CiteContext {
	/** The site's address (SITE_URL); without it a citation has no permanent address. */
	site: URL | undefined;
	/** The day the page was built, `YYYY-MM-DD`: the access date a printed or saved copy carries. */
	accessed: string;
}

export interface CiteView {
	/** The permanent address, when the site's address is configured. */
	url: string | undefined;
	accessed: string;
	/** The access date in words ("2 December 2026"). */
	accessedText: string;
	/** The formatted reference (Harvard style) as HTML, made by citeproc. */
	referenceHtml: string;
	bibtex: string;
	csl: string;
	ris: string;
}

/**
 * Harvard (Cite Them Right, citation-js's `harvard1`) cut down to what a bibliography of one
 * of this archive's entries uses: an author, a year, a title, a container title, an address
 * and an access date (cslItem writes nothing else). The stock style also sorts the
 * bibliography, disambiguates citations and tries every other type's fields; with one
 * webpage entry none of that shows, yet citeproc does all of it, about two thirds of a
 * reference's time. The locale, the author's names and the year are the stock style's own
 * macros, and the output is the stock style's (cite.test.ts compares the two).
 */
const STYLE = 'harvard1-archive-entry';
const csl = plugins.config.get('@csl');
csl.styles.add(STYLE, entryStyle(csl.styles.get('harvard1')));

function entryStyle(stock: string): string {
	const head = stock.slice(0, stock.indexOf('<macro '));
	const macro = (name: string) => stock.match(new RegExp(`<macro name="${name}">.*?</macro>`))?.[0];
	const [author, year] = [macro('author'), macro('year-date')];
	if (!head.startsWith('<?xml') || !author || !year) throw new Error('citation-js\'s harvard1 style changed shape: update entryStyle in src/views/cite.ts');
	return [
		head,
		author,
		year,
		'<macro name="access"><choose><if variable="URL"><text term="available at" suffix=": " text-case="capitalize-first"/><text variable="URL"/>',
		'<group prefix=" (" delimiter=": " suffix=")"><text term="accessed" text-case="capitalize-first"/>',
		'<date form="text" variable="accessed"><date-part name="day"/><date-part name="month"/><date-part name="year"/></date></group></if></choose></macro>',
		'<citation><layout><text variable="title"/></layout></citation>',
		'<bibliography and="text" et-al-min="4" et-al-use-first="1"><layout suffix="."><group delimiter=" "><text macro="author"/><text macro="year-date" prefix="(" suffix=")"/>',
		'<group delimiter=", "><text variable="title" font-style="italic"/><text variable="container-title" font-style="italic"/></group></group>',
		'<text macro="access" prefix=". "/></layout></bibliography></style>',
	].join('');
}

/** The CSL-JSON item of an entry page. */
export function cslItem(entry: CiteEntry, ctx: CiteContext): Record<string, unknown> {
	const parts = (d: string) => ({ 'date-parts': [d.split('-').map(Number)] });
	const url = ctx.site ? absoluteUrl(ctx.site, entry.path) : undefined;
	return {
		id: `${collectionOf(entry.kind)}/${entry.id}`,
		// citation-js keeps a BibTeX key only of letters, digits and underscores.
		'citation-key': `syria_archive_${entry.kind}_${entry.id.replace(/\W/g, '_')}`,
		type: 'webpage',
		title: entry.title,
		'container-title': ARCHIVE_NAME,
		author: [{ literal: ARCHIVE_AUTHOR }],
		...(entry.changed ? { issued: parts(entry.changed) } : {}),
		accessed: parts(ctx.accessed),
		...(url ? { URL: url } : {}),
	};
}

export function citeView(entry: CiteEntry, ctx: CiteContext): CiteView {
	const item = cslItem(entry, ctx);
	const cite = new Cite(item);
	return {
		url: item.URL as string | undefined,
		accessed: ctx.accessed,
		accessedText: inWords(ctx.accessed),
		referenceHtml: cite.format('bibliography', { format: 'html', template: STYLE, lang: 'en-US' }).trim(),
		bibtex: cite.format('bibtex', { format: 'text' }).trim(),
		csl: JSON.stringify([item], null, 2),
		ris: cite.format('ris', { format: 'text' }).trim(),
	};
}

/** Today in UTC as `YYYY-MM-DD`, or the date a reproducible build is pinned to (SOURCE_DATE_EPOCH). */
export function buildDay(env: Record<string, string | undefined> = process.env, now = new Date()): string {
	const epoch = Number(env.SOURCE_DATE_EPOCH);
	return (Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : now).toISOString().slice(0, 10);
}

let today: string | undefined;
/** This build's day, worked out once: every page's print footer and every citation carry the same one. */
export const thisBuildDay = () => (today ??= buildDay());

const inWords = (day: string) => {
	const d = parseFuzzyDate(day);
	return d.ok ? formatDate(d.date) : day;
};

export interface EntryHistoryView {
	/** When the entry's file last changed, in words ("4 January 2025"). */
	changed: string;
	/** The `YYYY-MM-DD` day, for `<time datetime>`. */
	changedIso: string;
	/** The file's history on the repository's host, when configured. */
	url: string | undefined;
}

export interface EntryCitation {
	cite: CiteView;
	history: EntryHistoryView | undefined;
}

/** What the "Cite this entry" block of one entry page shows. */
export function entryCitation(entry: Omit<CiteEntry, 'changed'>, history: { changed: string; url: string | undefined } | undefined, ctx: CiteContext): EntryCitation {
	return {
		cite: citeView({ ...entry, changed: history?.changed }, ctx),
		history: history && { changed: inWords(history.changed), changedIso: history.changed, url: history.url },
	};
}
