/**
 * Drawing results: one list item per group (group.ts), its snippet cut into runs of one
 * direction (prose.ts directionRuns) so Arabic words read right to left inside an
 * English line, and the empty state's advice. DOM nodes only, never HTML strings.
 */
import { displayDate, type IndexRecord } from '../search/index-format.ts';
import { directionRuns, type Segment } from '../search/prose.ts';
import type { Grouped } from '../search/group.ts';
import { searchStateToQuery, type SearchState } from '../search/query-state.ts';
import { parseFuzzyDate } from '../lib/dates.ts';
import { paths } from '../model/urls.ts';
import { KINDS } from '../model/kinds.ts';
import { capitalise } from '../lib/wording.ts';

/** One result: a record of the index, and its snippet, worked out when drawn (a page draws 20 of thousands). */
export interface Result {
	record: IndexRecord;
	at: number;
	snippet: () => Segment[];
}

/** As the entry pages' search meta shows it: undated words show "reported …". */
const recordDate = (record: IndexRecord) => {
	const parsed = record.date ? parseFuzzyDate(record.date) : undefined;
	return parsed?.ok ? displayDate(parsed.date, record.reported) : '';
};

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) => {
	const e = document.createElement(tag);
	if (className) e.className = className;
	if (text !== undefined) e.textContent = text;
	return e;
};

function link(record: IndexRecord): HTMLAnchorElement {
	const a = el('a', undefined, record.title);
	a.href = paths.entry(record.kind, record.id);
	a.dir = 'auto';
	return a;
}

function meta(record: IndexRecord): HTMLElement {
	const p = el('p', 'search-result__meta');
	p.append(el('span', 'search-result__kind', capitalise(KINDS[record.kind].noun)));
	const date = recordDate(record);
	if (date) p.append(' · ', el('span', 'search-result__date', date));
	return p;
}

/** The snippet in runs of one direction, the matched words marked. */
function snippet(segments: Segment[]): HTMLElement {
	const p = el('p', 'search-result__snippet');
	p.dir = 'ltr';
	for (const run of directionRuns(segments)) {
		const into = run.dir === 'rtl' ? el('span') : p;
		if (run.dir === 'rtl') {
			into.dir = 'rtl';
			into.lang = 'ar';
			p.append(into);
		}
		for (const s of run.segments) into.append(s.mark ? el('mark', undefined, s.text) : s.text);
	}
	return p;
}

/** A group's other results, under its head: the rest of one speech or statement. */
function members(group: Grouped<Result>): HTMLElement {
	const wrap = el('div', 'search-result__group');
	const key = group.head.record.group;
	wrap.append(el('p', 'search-result__group-label', key.startsWith('event:') ? 'From the same occasion:' : 'The same statement:'));
	const ul = el('ul');
	for (const m of group.members) {
		const li = el('li');
		li.append(el('span', 'search-result__member-kind', `${capitalise(KINDS[m.record.kind].noun)} `), link(m.record));
		ul.append(li);
	}
	wrap.append(ul);
	return wrap;
}

export function renderGroup(group: Grouped<Result>): HTMLLIElement {
	const r = group.head;
	const li = el('li', `search-result search-result--${r.record.kind}`);
	const title = el('h2', 'search-result__title');
	title.append(link(r.record));
	li.append(meta(r.record), title, snippet(r.snippet()));
	if (group.members.length) li.append(members(group));
	return li;
}

/** Advice when nothing matched: without filters, fewer words, another spelling; and names close to a facet's that matched nothing. */
export function emptyState(state: SearchState, suggestions: { key: string; values: string[] }[]): HTMLLIElement {
	const li = el('li', 'search-empty');
	const hasFilters = Object.values(state.filters).some(Boolean);
	li.append(el('p', undefined, state.q ? `Nothing in the archive matches “${state.q}”${hasFilters ? ' with these filters' : ''}.` : 'Nothing in the archive matches these filters.'));
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
	for (const s of suggestions) for (const v of s.values) tip(`Filter by ${s.key} “${v}” instead`, searchStateToQuery({ ...state, filters: { ...state.filters, [s.key]: v } }));
	if (hasFilters) tip('Search again without filters', searchStateToQuery({ q: state.q, filters: {}, sort: state.sort }) || '?');
	if (state.q.includes(' ')) tip('Use fewer words: every word must match.');
	tip('Try another spelling or the Arabic name: names are matched with and without diacritics, hamza and article (al-, el-).');
	li.append(tips);
	return li;
}
