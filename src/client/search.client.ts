/**
 * The search page's mount: reads the state from the URL, asks the engines
 * (search-engines.ts), draws grouped results (search-render.ts) and wires the facets
 * (search-facets.ts). The index answers at once; the full-text pass's matches follow,
 * ordered the same way served and from disk.
 */
import { hasCriteria, parseSearchState, searchStateToQuery, FILTER_KEYS, type FilterKey, type SearchState } from '../search/query-state.ts';
import { aboutOf, facetEntity, filterAndOrder, search, typeAt, type SearchHit, type SearchIndex } from '../search/rank.ts';
import { hasMark, highlight, snippetText, type Segment, type SnippetNames } from '../search/prose.ts';
import { markTest, namesStartingWith, readQuery, type Marker } from '../search/names.ts';
import { groupResults } from '../search/group.ts';
import { facetCounts } from '../search/facets.ts';
import { filterLabels, statusLine } from '../search/status.ts';
import { shownEntityName } from '../search/shown-name.ts';
import type { SearchText } from '../i18n/areas.ts';
import { fill, formatNumber } from '../i18n/format.ts';
import { pageWording } from './page-wording.ts';
import { capitalise } from '../lib/wording.ts';
import { isEntityKind } from '../model/kinds.ts';
import type { EventType } from '../model/event.ts';
import { searchEngines, type FullTextFound } from './search-engines.ts';
import { emptyState, renderGroup, type Result } from './search-render.ts';
import { mountFacets } from './search-facets.ts';

const PAGE = 20;

const say = pageWording<SearchText>('search-text');
const { m } = say;
// The page's own title ("Search · …", in its language): a query is put in front of it.
const pageTitle = document.title;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#q')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const help = document.querySelector<HTMLElement>('#search-help')!;
const filterBox = document.querySelector<HTMLDetailsElement>('#search-filter-box');
const fromDisk = location.protocol === 'file:';
if (fromDisk) document.querySelector<HTMLElement>('#search-mode')!.hidden = false;
// Open on wide screens; on a phone the box stays a line until asked for, so results come first.
if (filterBox && matchMedia('(min-width: 48rem)').matches) filterBox.open = true;

interface SearchTimingRecord {
	q: string;
	ms: number;
	completeMs: number;
	engines: string;
	results: number;
}

declare global {
	interface Window {
		/**
		 * For benchmarks, one per finished search: ms from the search's start until the
		 * index's results are painted (what the reader waits for), completeMs until the
		 * full-text pass's are merged in and painted too, and how many results were shown.
		 */
		__searchTimings?: SearchTimingRecord[];
	}
}

const engines = searchEngines(form, fromDisk);
if (parseSearchState(location.search).q) engines.warm();
const facets = mountFacets(say, form, document.querySelector<HTMLElement>('#search-chips')!, engines.index, () => form.requestSubmit());

function fillForm(state: SearchState) {
	input.value = state.q;
	for (const key of FILTER_KEYS) {
		const field = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
		if (field) field.value = state.filters[key] ?? '';
	}
	(form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
}

const readForm = (): SearchState => parseSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

let namesFor: SnippetNames | undefined;
/** An event's composed line names its type and places in the page's language. */
const snippetNames = (index: SearchIndex): SnippetNames =>
	(namesFor ??= {
		type: (t) => m.types[index.data.types[t]!.id as EventType] ?? index.data.types[t]!.label,
		place: (p) => shownEntityName(index.names.entities[index.data.actors.length + p]!.names, say.locale),
		placeLine: (kind, within) => {
			const shown = capitalise(m.placeKinds[kind as keyof typeof m.placeKinds] ?? kind);
			return within ? fill(m.placeIn, { kind: shown, place: within }) : shown;
		},
	});

/** A result's line: its own prose when a matched word is in it, else the line of its body the full text found, else its own prose. */
function result(index: SearchIndex, at: number, mark: Marker, found?: FullTextFound): Result {
	const record = index.data.records[at]!;
	let segments: Segment[] | undefined;
	return {
		record,
		at,
		snippet: () => {
			if (segments) return segments;
			const own = highlight(snippetText(record, index.data, snippetNames(index)), mark);
			const body = hasMark(own) ? undefined : found?.excerpt(at);
			return (segments = body && hasMark(body) ? body : own);
		},
	};
}

/** The index's hits, then what only the full text found (in date order, as the reader asked, or newest first). */
function merge(index: SearchIndex, state: SearchState, hits: SearchHit[], found: FullTextFound | undefined): number[] {
	const own = hits.map((h) => h.at);
	if (!found) return own;
	if (state.sort === 'newest' || state.sort === 'oldest') return filterAndOrder(index, state, new Set([...own, ...found.positions])).map((h) => h.at);
	const seen = new Set(own);
	return own.concat(filterAndOrder(index, state, found.positions.filter((p) => !seen.has(p))).map((h) => h.at));
}

/** A filter's value as the reader reads it: a kind's plural, an actor's or place's own name. */
function shownValue(index: SearchIndex, key: FilterKey, value: string): string {
	if (key === 'kind') return isEntityKind(value) ? m.kinds[value].inLine : value;
	if (key === 'type') {
		const t = typeAt(index, value);
		return t < 0 ? fill(m.noSuch, { value, filter: m.filterWords.type }) : m.types[index.data.types[t]!.id as EventType];
	}
	if (key !== 'actor' && key !== 'place') return value;
	const e = facetEntity(index, key, value);
	return e < 0 ? fill(m.noSuch, { value, filter: m.filterWords[key] }) : shownEntityName(index.names.entities[key === 'actor' ? e : index.data.actors.length + e]!.names, say.locale);
}

/** Names like an actor or place facet's that names nothing: "Tartou" suggests Tartus. */
function facetSuggestions(index: SearchIndex, state: SearchState) {
	return (['actor', 'place'] as const).flatMap((key) => {
		const value = state.filters[key];
		if (!value || facetEntity(index, key, value) >= 0) return [];
		const actors = index.data.actors.length;
		const values = namesStartingWith(index.names, value.slice(0, 3), 40)
			.filter((s) => (key === 'actor' ? s.entity < actors : s.entity >= actors))
			.slice(0, 3)
			.map((s) => index.names.entities[s.entity]!.names[0]!);
		return values.length ? [{ key, values }] : [];
	});
}

let shown: Result[] = [];
let drawnGroups = 0;
let generation = 0;

function draw(count: number) {
	const groups = groupResults(shown, (r) => r.record.group);
	list.replaceChildren(...groups.slice(0, count).map((g) => renderGroup(say, g)));
	drawnGroups = Math.min(count, groups.length);
	more.hidden = drawnGroups >= groups.length;
}
more.addEventListener('click', () => draw(drawnGroups + PAGE));

/** Draws the results, keeping as many on screen as before; `pending` while the full text may still add some. */
function render(index: SearchIndex, state: SearchState, positions: number[], found: FullTextFound | undefined, pending: boolean) {
	const mark = markTest(index.names, state.q);
	shown = positions.map((at) => result(index, at, mark, found));
	const read = state.q ? readQuery(index.names, state.q) : undefined;
	const filters = filterLabels(say, state, (k, v) => shownValue(index, k, v));
	status.textContent = statusLine(say, state, {
		count: shown.length,
		pending,
		filters: filters.map(([, l]) => l),
		readAs: read?.fuzzy ? read.names.map((e) => shownEntityName(index.names.entities[e]!.names, say.locale)) : [],
	});
	facets.chips(filters);
	const summary = filterBox?.querySelector('summary');
	if (summary) summary.textContent = filters.length ? fill(m.filtersOn, { n: formatNumber(say.locale, filters.length) }) : m.filters;
	const perEntity = new Map<number, number>();
	for (const r of shown) for (const e of aboutOf(index, r.at)) perEntity.set(e, (perEntity.get(e) ?? 0) + 1);
	facets.update(facetCounts(index.data, shown.map((r) => r.record)), perEntity);
	help.hidden = shown.length > 0;
	draw(Math.max(PAGE, drawnGroups));
	if (shown.length === 0 && !pending) {
		list.append(emptyState(say, state, facetSuggestions(index, state)));
		help.hidden = false;
	}
}

/**
 * When what was just drawn is on screen: a task queued from an animation frame runs once
 * that frame is painted. (It never comes while the page is hidden; only the timings wait for it.)
 */
const nextPaint = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));

async function run(state: SearchState) {
	const started = performance.now();
	const mine = ++generation;
	const current = () => mine === generation;
	list.dataset.state = 'searching';
	fillForm(state);
	document.title = state.q ? `${state.q} · ${pageTitle}` : pageTitle;
	drawnGroups = 0;
	if (!hasCriteria(state)) {
		list.replaceChildren();
		status.textContent = '';
		facets.chips([]);
		help.hidden = false;
		more.hidden = true;
		list.dataset.state = 'done';
		list.dataset.for = searchStateToQuery(state);
		return;
	}
	status.textContent = m.searching;
	let index: SearchIndex;
	try {
		index = await engines.index;
	} catch (e) {
		if (!current()) return;
		status.textContent = fill(m.unavailable, { reason: (e as Error).message });
		list.dataset.state = 'error';
		return;
	}
	if (!current()) return;
	const hits = search(index, state);
	render(index, state, hits.map((h) => h.at), undefined, !!state.q);
	const firstPaint = nextPaint();
	void firstPaint.then(() => performance.getEntriesByName('search:results').length || performance.mark('search:results'));
	let engine = 'index';
	if (state.q) {
		engines.warm();
		// The index's results go on screen first; from disk the text pass would otherwise run before that paint.
		await firstPaint;
		if (!current()) return;
		const found = await engines.fullText(state);
		if (!current()) return;
		render(index, state, merge(index, state, hits, found), found, false);
		if (found) engine = `index+${found.engine}`;
	}
	const completePaint = engine === 'index' && !state.q ? firstPaint : nextPaint();
	const results = shown.length;
	void Promise.all([firstPaint, completePaint]).then(([first, complete]) => (window.__searchTimings ??= []).push({ q: state.q, ms: first - started, completeMs: complete - started, engines: engine, results }));
	list.dataset.state = 'done';
	list.dataset.for = searchStateToQuery(state);
}

form.addEventListener('submit', (event) => {
	event.preventDefault();
	const state = readForm();
	const query = searchStateToQuery(state);
	if (query !== location.search) {
		try {
			history.pushState(null, '', query || location.pathname);
		} catch {
			// Some browsers refuse history entries for file:// pages; a plain navigation keeps the URL right.
			location.search = query;
			return;
		}
	}
	void run(state);
});
for (const select of form.querySelectorAll('select')) select.addEventListener('change', () => form.requestSubmit());
addEventListener('popstate', () => void run(parseSearchState(location.search)));

void run(parseSearchState(location.search));
