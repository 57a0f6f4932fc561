/**
 * Drawing results: one list item per group (group.ts), its snippet cut into runs of one
 * direction (prose.ts directionRuns) so Arabic words read right to left inside an
 * English line, and the empty state's advice. DOM nodes only, never HTML strings.
 */
import type { IndexRecord } from '../search/index-format.ts';
import { directionRuns, type Segment } from '../search/prose.ts';
import type { Grouped } from '../search/group.ts';
import { searchStateToQuery, type SearchState } from '../search/query-state.ts';
import { parseFuzzyDate } from '../lib/dates.ts';
import { paths } from '../model/urls.ts';
import { fill } from '../i18n/format.ts';
import { formatDateWith } from '../i18n/dates.ts';
import { shownTitle } from '../search/shown-name.ts';
import type { SearchWording } from '../search/status.ts';

/** One result: a record of the index, and its snippet, worked out when drawn (a page draws 20 of thousands). */
export interface Result {
	record: IndexRecord;
	at: number;
	snippet: () => Segment[];
}

/** In the page's words: "7 March 2025", "٧ آذار ٢٠٢٥"; undated words show "reported …". */
const recordDate = (say: SearchWording, record: IndexRecord) => {
	const parsed = record.date ? parseFuzzyDate(record.date) : undefined;
	if (!parsed?.ok) return '';
	const date = formatDateWith(say.locale, say.m.dates, parsed.date);
	return record.reported ? fill(say.m.reported, { date }) : date;
};

/** "Actor", "فاعل" (the class sets its case). */
const kindWord = (say: SearchWording, record: IndexRecord) => say.m.kinds[record.kind].one;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
	const e = document.createElement(tag);
	if (className) e.className = className;
	if (text !== undefined) e.textContent = text;
	return e;
};

/** The entry's page: relative to this page, so the Arabic search page (ar/search.html) opens the Arabic page (ar/…). */
/** `isolate`: the link sets its own direction (inline in a line); a title's heading sets it instead. */
function link(say: SearchWording, record: IndexRecord, isolate = true): HTMLAnchorElement {
	const shown = shownTitle(record, say.locale);
	const a = el('a', undefined, shown.text);
	a.href = paths.entry(record.kind, record.id);
	if (isolate) a.dir = 'auto';
	if (shown.lang) a.lang = shown.lang;
	if (shown.original) a.dataset.original = shown.original;
	return a;
}

function meta(say: SearchWording, record: IndexRecord): HTMLElement {
	const p = el('p', 'search-result__meta');
	p.append(el('span', 'search-result__kind', kindWord(say, record)));
	const date = recordDate(say, record);
	if (date) p.append(' · ', el('span', 'search-result__date', date));
	return p;
}

/**
 * The snippet in runs of one direction, the matched words marked. It reads left to right
 * (an entry's English prose), unless on an Arabic page it opens with Arabic (a line
 * composed in the page's language: an event's type and places); runs of the other
 * direction are isolated inside it.
 */
function snippet(say: SearchWording, segments: Segment[]): HTMLElement {
	const p = el('p', 'search-result__snippet');
	const runs = directionRuns(segments);
	const arabicLine = say.locale === 'ar' && runs[0]?.dir === 'rtl';
	p.dir = arabicLine ? 'rtl' : 'ltr';
	if (!arabicLine && say.locale === 'ar') p.lang = 'en';
	for (const run of runs) {
		const into = run.dir === p.dir ? p : el('span');
		if (into !== p) {
			into.dir = run.dir;
			if (run.dir === 'rtl') into.lang = 'ar';
			p.append(into);
		}
		for (const s of run.segments) into.append(s.mark ? el('mark', undefined, s.text) : s.text);
	}
	return p;
}

/** A group's other results, under its head: the rest of one speech or statement. */
function members(say: SearchWording, group: Grouped<Result>): HTMLElement {
	const wrap = el('div', 'search-result__group');
	const key = group.head.record.group;
	wrap.append(el('p', 'search-result__group-label', key.startsWith('event:') ? say.m.sameOccasion : say.m.sameStatement));
	const ul = el('ul');
	for (const m of group.members) {
		const li = el('li');
		li.append(el('span', 'search-result__member-kind', `${kindWord(say, m.record)} `), link(say, m.record));
		ul.append(li);
	}
	wrap.append(ul);
	return wrap;
}

export function renderGroup(say: SearchWording, group: Grouped<Result>): HTMLLIElement {
	const r = group.head;
	const li = el('li', `search-result search-result--${r.record.kind}`);
	const title = el('h2', 'search-result__title');
	// dir auto on the heading (a child with its own dir would be skipped): an English title on an Arabic page reads, and aligns, as English.
	title.dir = 'auto';
	title.append(link(say, r.record, false));
	li.append(meta(say, r.record), title, snippet(say, r.snippet()));
	if (group.members.length) li.append(members(say, group));
	return li;
}

/** Advice when nothing matched: without filters, fewer words, another spelling; and names close to a facet's that matched nothing. */
export function emptyState(say: SearchWording, state: SearchState, suggestions: { key: 'actor' | 'place'; values: string[] }[]): HTMLLIElement {
	const { m } = say;
	const li = el('li', 'search-empty');
	const hasFilters = Object.values(state.filters).some(Boolean);
	li.append(el('p', undefined, state.q ? fill(hasFilters ? m.nothingForFiltered : m.nothingFor, { q: state.q }) : m.nothingFiltered));
	const tips = el('ul');
	const tip = (text: string, href?: string) => {
		const item = el('li');
		if (href) {
			const a = el('a', undefined, text);
			a.href = href;
			item.append(a);
		} else item.textContent = text;
		tips.append(item);
	};
	for (const s of suggestions) for (const v of s.values) tip(fill(m.tipFacet, { filter: m.filterWords[s.key], value: v }), searchStateToQuery({ ...state, filters: { ...state.filters, [s.key]: v } }));
	if (hasFilters) tip(m.tipNoFilters, searchStateToQuery({ q: state.q, filters: {}, sort: state.sort }) || '?');
	if (state.q.includes(' ')) tip(m.tipFewerWords);
	tip(m.tipSpelling);
	li.append(tips);
	return li;
}
