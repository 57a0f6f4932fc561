/**
 * The search page. The fallback index (a classic script, so it loads from file:// too)
 * ranks names, aliases, titles and quotes the same way everywhere; full-text matches
 * follow those: Pagefind's when the site is served, the bodies' plain text
 * (assets/search-text.js, loaded on the first search) from file://. The URL holds the state.
 */
import { decodeIndex, displayDate, INDEX_GLOBAL, type EncodedIndex, type IndexRecord } from '../search/index-format.ts';
import { hasCriteria, parseSearchState, searchStateToQuery, FILTER_KEYS, type SearchState } from '../search/query-state.ts';
import { filterAndOrder, prepareIndex, search, type SearchIndex } from '../search/rank.ts';
import { FULL_TEXT_GLOBAL, prepareFullText, type FullText, type FullTextSearch } from '../search/full-text.ts';
import { highlight, snippetText, type Segment } from '../search/snippet.ts';
import { keepExactMatches, SHARDS_FILE } from '../search/pagefind-shards.ts';
import { parseFuzzyDate } from '../lib/dates.ts';
import { paths } from '../model/urls.ts';
import { isEntityKind, KINDS } from '../model/kinds.ts';
import { capitalise } from '../lib/wording.ts';

interface PagefindFragment {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
	content: string;
	locations: number[];
}
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(url: string, o: Record<string, unknown>): Promise<void>;
	search(q: string | null, o: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindFragment> }[] }>;
}

/**
 * One result. Its date and snippet are worked out when it is drawn, once: a broad word
 * matches thousands of entries and a page draws 20, and highlighting every snippet was
 * most of the wait for the first results.
 */
interface Result {
	kind: string;
	title: string;
	href: string;
	date: () => string;
	snippet: () => Segment[];
	/** The record's position in the fallback index, for results of the index. */
	at?: number;
}

/** f, run on the first call only. */
function once<T>(f: () => T): () => T {
	let value: { v: T } | undefined;
	return () => (value ??= { v: f() }).v;
}

const PAGE = 20;
/** Pagefind results fetched per search (each is a small fragment file). */
const PAGEFIND_MAX = 40;

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#q')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const help = document.querySelector<HTMLElement>('#search-help')!;
const fromDisk = location.protocol === 'file:';
if (fromDisk) document.querySelector<HTMLElement>('#search-mode')!.hidden = false;

interface SearchTimingRecord {
	q: string;
	ms: number;
	completeMs: number;
	engines: string;
	results: number;
}

declare global {
	interface Window {
		[INDEX_GLOBAL]?: EncodedIndex;
		[FULL_TEXT_GLOBAL]?: FullText;
		/**
		 * For benchmarks, one per finished search: ms from the search's start until the
		 * fallback index's results are painted (what the reader waits for), completeMs until
		 * Pagefind's are merged in and painted too (equal to ms when the index answers alone),
		 * and how many results were shown in the end.
		 */
		__searchTimings?: SearchTimingRecord[];
	}
}

/** Loads a classic script (the one way to load data from file://) and reads the global it sets. */
function loadScript<T>(src: string, global: () => T | undefined, what: string): Promise<T> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => {
			const data = global();
			if (data === undefined) reject(new Error(`the ${what} did not load`));
			else resolve(data);
		};
		script.onerror = () => reject(new Error(`the ${what} (${src}) could not be loaded`));
		document.head.append(script);
	});
}

let fullText: Promise<FullTextSearch> | undefined;
/** The bodies' text, loaded the first time a search from disk needs it. */
const loadFullText = () => (fullText ??= loadScript(form.dataset.text!, () => window[FULL_TEXT_GLOBAL], 'search text').then(prepareFullText));

const loadIndex = () => loadScript(form.dataset.index!, () => window[INDEX_GLOBAL], 'search index').then((data) => prepareIndex(decodeIndex(data)));

/** Pagefind needs fetch and WebAssembly, which file:// blocks; there the fallback answers alone. */
async function loadPagefind(): Promise<Pagefind | undefined> {
	if (fromDisk) return undefined;
	try {
		const bundle = new URL(form.dataset.pagefind!, location.href);
		const pf = (await import(bundle.href)) as Pagefind;
		// baseUrl '/' keeps result URLs as site paths, whatever sub-path the site is served under.
		await pf.options({ excerptLength: 24, baseUrl: '/' });
		// A large archive's index comes in shards (src/search/pagefind-shards.ts), merged into one search here.
		const shards = (await fetch(new URL(SHARDS_FILE, bundle)).then((r) => r.json())) as string[];
		await Promise.all(shards.map((folder) => pf.mergeIndex(new URL(`${folder}/`, bundle).href, { baseUrl: '/' })));
		await pf.init();
		return pf;
	} catch (e) {
		console.warn('Full-text search (Pagefind) is unavailable; searching names, titles and quotes only.', e);
		return undefined;
	}
}

const indexReady = loadIndex();
// Pagefind (its WebAssembly and index) loads on the first search with words, not for browsing by filters.
let pagefindReady: Promise<Pagefind | undefined> | undefined;
const pagefind = () => (pagefindReady ??= loadPagefind());
if (parseSearchState(location.search).q) void pagefind();

function fillForm(state: SearchState) {
	input.value = state.q;
	for (const key of FILTER_KEYS) {
		const field = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
		if (field) field.value = state.filters[key] ?? '';
	}
	(form.elements.namedItem('sort') as HTMLSelectElement).value = state.sort;
}

const readForm = (): SearchState => parseSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

/** As the entry pages' search meta shows it (search-entries.ts displayDate): undated words show "reported …". */
const recordDate = (record: IndexRecord) => {
	const parsed = record.date ? parseFuzzyDate(record.date) : undefined;
	return parsed?.ok ? displayDate(parsed.date, record.reported) : '';
};

function fromRecord(record: IndexRecord, index: SearchIndex, q: string, at?: number): Result {
	return {
		...(at === undefined ? {} : { at }),
		kind: record.kind,
		title: record.title,
		href: paths.entry(record.kind, record.id),
		date: once(() => recordDate(record)),
		snippet: once(() => highlight(snippetText(record, index.data), q)),
	};
}

/** Pagefind's excerpt is escaped text with <mark> around matches; read it as such, never as markup. */
function excerptSegments(excerpt: string): Segment[] {
	const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
	return [...doc.body.firstChild!.childNodes].map((n) => ({ text: n.textContent ?? '', mark: n.nodeName === 'MARK' }));
}

/** Pagefind reports site-absolute URLs ("/events/x.html"); the search page sits at the site's top, so the path is the link. */
const sitePath = (url: string) => url.replace(/^\/+/, '').split('#')[0]!;

async function pagefindResults(pf: Pagefind, state: SearchState): Promise<(PagefindFragment & { path: string })[]> {
	const filters: Record<string, string> = {};
	for (const key of FILTER_KEYS) if (state.filters[key]) filters[key] = state.filters[key]!;
	const sort = state.sort === 'newest' ? { date: 'desc' } : state.sort === 'oldest' ? { date: 'asc' } : undefined;
	const found = await pf.search(state.q, { filters, ...(sort ? { sort } : {}) });
	const data = await Promise.all(found.results.slice(0, PAGEFIND_MAX).map((r) => r.data()));
	return keepExactMatches(data, state.q).map((d) => ({ ...d, path: sitePath(d.url) }));
}

/** The fallback index's results: the same, and in the same order, served and from disk. */
async function indexResults(state: SearchState): Promise<Result[]> {
	const index = await indexReady;
	return search(index, state).map((h) => fromRecord(h.record, index, state.q, h.at));
}

/** The index's results with Pagefind's excerpts, followed by what only Pagefind's full text finds. */
async function withPagefind(pf: Pagefind, own: Result[], state: SearchState): Promise<Result[]> {
	let extra: Awaited<ReturnType<typeof pagefindResults>> = [];
	try {
		extra = await pagefindResults(pf, state);
	} catch (e) {
		console.warn('Pagefind search failed; showing the index results only.', e);
	}
	const byPath = new Map(extra.map((d) => [d.path, d]));
	const merged = own.map((r) => {
		const d = byPath.get(r.href);
		byPath.delete(r.href);
		return d?.excerpt.includes('<mark>') ? { ...r, snippet: once(() => excerptSegments(d.excerpt)) } : r;
	});
	const added = [...byPath.values()].map((d) => ({
		kind: d.meta.kind ?? '',
		title: d.meta.title ?? d.path,
		href: d.path,
		date: () => d.meta.date ?? '',
		snippet: once(() => excerptSegments(d.excerpt)),
	}));
	return merged.concat(added);
}

/** From disk: the index's results, followed by entries whose body holds every query word. */
async function withFullText(own: Result[], state: SearchState, current: () => boolean): Promise<Result[]> {
	let text: FullTextSearch;
	try {
		text = await loadFullText();
	} catch (e) {
		console.warn('The search text could not be loaded; showing the index results only.', e);
		return own;
	}
	// A newer search has started: preparing the text (the first time) is for that one.
	if (!current()) return own;
	const index = await indexReady;
	const found = text.find(state.q);
	const fromText = (at: number) => ({ ...fromRecord(index.data.records[at]!, index, state.q, at), snippet: once(() => text.excerpt(at, state.q)) });
	if (state.sort === 'newest' || state.sort === 'oldest') {
		// One date order for both, as the reader asked.
		const byAt = new Map(own.map((r) => [r.at, r]));
		return filterAndOrder(index, state, new Set([...own.flatMap((r) => (r.at === undefined ? [] : [r.at])), ...found])).map((h) => byAt.get(h.at) ?? fromText(h.at));
	}
	const seen = new Set(own.map((r) => r.at));
	return own.concat(filterAndOrder(index, state, found).filter((h) => !seen.has(h.at)).map((h) => fromText(h.at)));
}

function renderResult(r: Result): HTMLLIElement {
	const li = document.createElement('li');
	li.className = `search-result search-result--${r.kind}`;
	const meta = document.createElement('p');
	meta.className = 'search-result__meta';
	const kind = document.createElement('span');
	kind.className = 'search-result__kind';
	kind.textContent = isEntityKind(r.kind) ? capitalise(KINDS[r.kind].noun) : r.kind;
	meta.append(kind);
	const date = r.date();
	if (date) {
		const time = document.createElement('span');
		time.className = 'search-result__date';
		time.textContent = date;
		meta.append(' · ', time);
	}
	const title = document.createElement('h2');
	title.className = 'search-result__title';
	const a = document.createElement('a');
	a.href = r.href;
	a.textContent = r.title;
	a.dir = 'auto';
	title.append(a);
	const snippet = document.createElement('p');
	snippet.className = 'search-result__snippet';
	snippet.dir = 'auto';
	for (const s of r.snippet()) {
		if (s.mark) {
			const m = document.createElement('mark');
			m.textContent = s.text;
			snippet.append(m);
		} else snippet.append(s.text);
	}
	li.append(meta, title, snippet);
	return li;
}

function emptyState(state: SearchState) {
	const li = document.createElement('li');
	li.className = 'search-empty';
	const lead = document.createElement('p');
	lead.textContent = state.q ? `Nothing in the archive matches “${state.q}”${Object.values(state.filters).some(Boolean) ? ' with these filters' : ''}.` : 'Nothing in the archive matches these filters.';
	const tips = document.createElement('ul');
	const tip = (text: string, href?: string) => {
		const item = document.createElement('li');
		if (href) {
			const a = document.createElement('a');
			a.href = href;
			a.textContent = text;
			item.append(a);
		} else item.textContent = text;
		tips.append(item);
	};
	if (Object.values(state.filters).some(Boolean)) tip('Search again without filters', searchStateToQuery({ q: state.q, filters: {}, sort: state.sort }) || '?');
	if (state.q.includes(' ')) tip('Use fewer words: every word must match.');
	tip('Try another spelling or the Arabic name: names are matched with and without diacritics, hamza and article (al-, el-).');
	li.append(lead, tips);
	list.append(li);
	help.hidden = false;
}

let shown: Result[] = [];
let generation = 0;

function showMore() {
	const start = list.querySelectorAll('.search-result').length;
	for (const r of shown.slice(start, start + PAGE)) list.append(renderResult(r));
	more.hidden = list.querySelectorAll('.search-result').length >= shown.length;
}
more.addEventListener('click', showMore);

async function run(state: SearchState) {
	const started = performance.now();
	const mine = ++generation;
	const key = searchStateToQuery(state);
	list.dataset.state = 'searching';
	fillForm(state);
	document.title = state.q ? `${state.q} · Search · Syria Transition Archive` : 'Search · Syria Transition Archive';
	if (!hasCriteria(state)) {
		list.replaceChildren();
		status.textContent = '';
		help.hidden = false;
		more.hidden = true;
		list.dataset.state = 'done';
		list.dataset.for = key;
		return;
	}
	status.textContent = 'Searching…';
	const fail = (e: unknown) => {
		if (mine !== generation) return;
		status.textContent = `Search is unavailable: ${(e as Error).message}. Reload the page; if it persists, rebuild the site (npm run build).`;
		list.dataset.state = 'error';
	};
	let own: Result[];
	try {
		own = await indexResults(state);
	} catch (e) {
		return fail(e);
	}
	if (mine !== generation) return;
	// The index answers at once; full-text results (Pagefind's served, the bodies' text from disk) are appended as they come.
	render(own, state, fromDisk && !!state.q && own.length === 0);
	const firstPaint = nextPaint();
	void firstPaint.then(() => performance.getEntriesByName('search:results').length || performance.mark('search:results'));
	const pf = state.q ? await pagefind() : undefined;
	let engines = 'index';
	if (pf && mine === generation) {
		const merged = await withPagefind(pf, own, state);
		if (mine !== generation) return;
		render(merged, state);
		engines = 'index+pagefind';
	} else if (fromDisk && state.q && mine === generation) {
		const merged = await withFullText(own, state, () => mine === generation);
		if (mine !== generation) return;
		// Also when nothing was found: "Searching the full text…" gives way to the empty state.
		if (own.length === 0 || merged.length !== own.length || merged.some((r, i) => r !== own[i])) render(merged, state);
		engines = 'index+text';
	}
	if (mine !== generation) return;
	const completePaint = engines === 'index' ? firstPaint : nextPaint();
	const results = shown.length;
	void Promise.all([firstPaint, completePaint]).then(([first, complete]) =>
		(window.__searchTimings ??= []).push({ q: state.q, ms: first - started, completeMs: complete - started, engines, results }),
	);
	list.dataset.state = 'done';
	list.dataset.for = key;
}

/**
 * When what was just drawn is on screen: a task queued from an animation frame runs once
 * that frame is painted. (It never comes while the page is hidden; only the timings wait for it.)
 */
function nextPaint(): Promise<number> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));
}

/** Draws the results, keeping as many on screen as were shown before; `pending` when more may still come (nothing yet is not "no results"). */
function render(results: Result[], state: SearchState, pending = false) {
	const before = list.querySelectorAll('.search-result').length;
	shown = results;
	list.replaceChildren();
	help.hidden = shown.length > 0;
	const n = shown.length;
	status.textContent = n === 0 ? (pending ? 'Searching the full text…' : 'No results.') : `${n} result${n === 1 ? '' : 's'}${state.q ? ` for “${state.q}”` : ''}.`;
	if (n === 0 && !pending) emptyState(state);
	for (const r of shown.slice(0, Math.max(PAGE, before))) list.append(renderResult(r));
	more.hidden = list.querySelectorAll('.search-result').length >= shown.length;
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
