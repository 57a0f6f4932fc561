/**
 * The search page's engines. The fallback index (a classic script, so it loads from
 * file:// too) answers first; the full-text pass follows: Pagefind when served, asked
 * for every spelling of each name in the query (names.ts searchTerms), and from disk the
 * bodies' text (assets/search-text.js, loaded on the first search). Both passes return
 * index positions, which the page orders the same way, so both give the same list. A
 * query too broad for Pagefind's pages to be checked one by one is answered by the
 * bodies' text served too (and, once it is loaded, so is every later one), so that it
 * gives the same list as well.
 */
import { decodeIndex, INDEX_GLOBAL, type EncodedIndex } from '../search/index-format.ts';
import { FULL_TEXT_GLOBAL, type FullText } from '../search/full-text.ts';
import { prepareTextPass, type TextPass } from '../search/text-pass.ts';
import { aboutOf, facetEntity, prepareIndex, typeAt, type SearchIndex } from '../search/rank.ts';
import { markTest, plainWords, searchTerms, wordsFilter } from '../search/names.ts';
import { highlight, type Segment } from '../search/prose.ts';
import { SHARDS_FILE } from '../search/pagefind-shards.ts';
import { paths } from '../model/urls.ts';
import type { SearchState } from '../search/query-state.ts';

interface PagefindFragment {
	url: string;
	excerpt: string;
	/** The document's whole text. */
	content: string;
}
interface Pagefind {
	options(o: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	mergeIndex(url: string, o: Record<string, unknown>): Promise<void>;
	search(q: string | null, o: Record<string, unknown>): Promise<{ results: { id: string; data(): Promise<PagefindFragment> }[] }>;
}

declare global {
	interface Window {
		[INDEX_GLOBAL]?: EncodedIndex;
		[FULL_TEXT_GLOBAL]?: FullText;
		/** Set by tests to reach PAGEFIND_MAX with a small archive. */
		__searchPagefindMax?: number;
	}
}

/** What the full-text pass found: index positions, a line of each one's body around its match, and which engine found them. */
export interface FullTextFound {
	positions: number[];
	excerpt(at: number): Segment[] | undefined;
	engine: 'pagefind' | 'text';
}

/**
 * The most pages Pagefind may propose for one search, over all the spellings asked for:
 * each is a fragment file to fetch before names.ts can say whether it matches. A broader
 * query (at 10,000 events a common surname or word proposes thousands) is answered by the
 * bodies' text instead, as from disk; reading only the first pages would drop matches.
 */
const PAGEFIND_MAX = 300;

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

/** Pagefind's excerpt is escaped text with <mark> around its own matches: read as text, marked again by names.ts, as from disk. */
function excerptText(excerpt: string): string {
	return new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html').body.textContent ?? '';
}

/** Pagefind reports site-absolute URLs ("/events/x.html"); the search page sits at the site's top, so the path is the link. */
const sitePath = (url: string) => url.replace(/^\/+/, '').split('#')[0]!;

export function searchEngines(form: HTMLFormElement, fromDisk: boolean) {
	const index = loadScript(form.dataset.index!, () => window[INDEX_GLOBAL], 'search index').then((data) => prepareIndex(decodeIndex(data)));
	let textPass: Promise<TextPass> | undefined;
	let textLoaded = false;
	const loadTextPass = () =>
		(textPass ??= Promise.all([loadScript(form.dataset.text!, () => window[FULL_TEXT_GLOBAL], 'search text'), index]).then(([data, i]) => {
			textLoaded = true;
			return prepareTextPass(data, i.names, (at) => aboutOf(i, at));
		}));
	let pagefindReady: Promise<Pagefind | undefined> | undefined;
	const pagefind = () => (pagefindReady ??= loadPagefind(form, fromDisk));

	/** Served: every spelling asked of Pagefind, with the facets as the entities' own names and event types' ids (Pagefind files entries under those); undefined when it proposes more than PAGEFIND_MAX pages. */
	async function byPagefind(pf: Pagefind, i: SearchIndex, state: SearchState): Promise<FullTextFound | undefined> {
		const filters: Record<string, string> = {};
		for (const [key, value] of Object.entries(state.filters)) {
			if (!value) continue;
			if (key === 'actor' || key === 'place') {
				const e = facetEntity(i, key, value);
				filters[key] = e < 0 ? value : (key === 'actor' ? i.data.actors[e]! : i.data.places[e]!).name;
			} else if (key === 'type') {
				// Pagefind files events under the type's id; a link from before ids names its English label.
				const t = typeAt(i, value);
				filters[key] = t < 0 ? value : i.data.types[t]!.id;
			} else filters[key] = value;
		}
		const found = await Promise.all(searchTerms(i.names, state.q).map((term) => pf.search(term, { filters })));
		// Each page once, however many spellings proposed it.
		const pages = new Map<string, () => Promise<PagefindFragment>>();
		for (const f of found) for (const r of f.results) if (!pages.has(r.id)) pages.set(r.id, () => r.data());
		if (pages.size > (window.__searchPagefindMax ?? PAGEFIND_MAX)) return undefined;
		const fragments = await Promise.all([...pages.values()].map((data) => data()));
		const at = pathIndex(i);
		const excerpts = new Map<number, string>();
		// Pagefind finds candidates (it stems, and drops words it does not know); names.ts decides, as it does from disk.
		const test = wordsFilter(i.names, state.q);
		for (const d of fragments) {
			const position = at.get(sitePath(d.url));
			if (position !== undefined && !excerpts.has(position) && test(plainWords(d.content), aboutOf(i, position))) excerpts.set(position, d.excerpt);
		}
		const mark = markTest(i.names, state.q);
		// Pagefind's text opens with the document's title, which the result shows above its line already.
		const withoutTitle = (p: number, text: string) => {
			const title = i.data.records[p]!.title;
			return text.startsWith(title) ? text.slice(title.length).replace(/^[\s.:]+/, '') : text;
		};
		return { positions: [...excerpts.keys()], excerpt: (p) => (excerpts.has(p) ? highlight(withoutTitle(p, excerptText(excerpts.get(p)!)), mark) : undefined), engine: 'pagefind' };
	}

	/** The bodies' text: from disk, and served for a query too broad for Pagefind's pages to be checked. */
	async function byText(state: SearchState): Promise<FullTextFound | undefined> {
		let text: TextPass;
		try {
			text = await loadTextPass();
		} catch (e) {
			console.warn('The search text could not be loaded; showing the index results only.', e);
			return undefined;
		}
		return { positions: text.find(state.q), excerpt: (p) => text.excerpt(p, state.q), engine: 'text' };
	}

	return {
		index,
		/** Starts loading what the full-text pass needs, before the first search with words. */
		warm: () => void (fromDisk ? loadTextPass().catch(() => undefined) : pagefind()),
		/** The full-text pass for a query with words; undefined when no engine could answer (the index results stand alone). */
		async fullText(state: SearchState): Promise<FullTextFound | undefined> {
			const i = await index;
			// Once a broad query has loaded the bodies' text, it answers every query: the same list, without Pagefind's fetches.
			if (fromDisk || textLoaded) return byText(state);
			const pf = await pagefind();
			if (!pf) return undefined;
			try {
				return (await byPagefind(pf, i, state)) ?? (await byText(state));
			} catch (e) {
				console.warn('Pagefind search failed; showing the index results only.', e);
				return undefined;
			}
		},
	};
}

export type SearchEngines = ReturnType<typeof searchEngines>;

let paths_: Map<string, number> | undefined;
/** Index positions by page path, made once. */
const pathIndex = (i: SearchIndex) => (paths_ ??= new Map(i.data.records.map((r, at) => [paths.entry(r.kind, r.id) as string, at])));

/** Pagefind needs fetch and WebAssembly, which file:// blocks; there the text pass answers. */
async function loadPagefind(form: HTMLFormElement, fromDisk: boolean): Promise<Pagefind | undefined> {
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
