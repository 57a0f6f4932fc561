/**
 * Opens pages of a built site in Chromium the way a reader meets them, at a server root,
 * under a sub-path or from `file://`, for what only a browser shows: console errors and
 * uncaught exceptions, failed requests (a stylesheet's font, a script's data file), requests
 * to another host, and the links and elements that scripts add at run time, which are
 * judged by the same rules as the static check (link-check.ts) once the page has loaded.
 *
 * Every link of every page is checked statically; the browser opens a sample that holds
 * every template of both editions (see `samplePages`), because the pages of one template
 * run the same scripts and load the same assets.
 */
import type { BrowserContext } from 'playwright-core';
import { withoutLocale, type SitePath } from '../../../src/model/urls.ts';
import { watchedPage, type Watched } from '../../support/browser.ts';
import { hosting, LOADED_RELS, missingIdLine, problemLine, resolved, type ParsedSite, type Ref } from './link-check.ts';

export interface CrawlOptions {
	context: BrowserContext;
	/** The built site, parsed once (link-check.ts's `readSite`). */
	site: ParsedSite;
	/** URL of the site's root, ending in "/": `http://127.0.0.1:1234/archive/` or `file:///…/dist/`. */
	root: string;
	/** Site paths of the pages to open. */
	pages: string[];
	/** Pages open at once; each has its own tab, reused from page to page. */
	concurrency?: number;
}

/** The page's references (resolved by the browser) and ids after load; runs in the browser. */
function collect(loadedRels: string): { refs: (Ref & { url: string })[]; ids: string[] } {
	const loaded = new RegExp(loadedRels, 'i');
	const refs: (Ref & { url: string })[] = [];
	const add = (kind: string, el: Element, attr: string, fetched: boolean) => {
		const raw = el.getAttribute(attr);
		if (raw === null) return;
		refs.push({ kind, raw, url: URL.parse(raw, document.baseURI)?.href ?? raw, fetched });
	};
	for (const el of document.querySelectorAll('a[href], area[href]')) add('a', el, 'href', false);
	for (const el of document.querySelectorAll('link[href]')) add(`link rel=${el.getAttribute('rel')}`, el, 'href', loaded.test(el.getAttribute('rel') ?? ''));
	for (const el of document.querySelectorAll('script[src]')) add('script', el, 'src', true);
	for (const el of document.querySelectorAll('img[src], source[src], iframe[src], video[src], audio[src]')) add(el.localName, el, 'src', true);
	for (const el of document.querySelectorAll('form[action]')) add('form', el, 'action', false);
	const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
	for (const el of document.querySelectorAll('a[name]')) ids.push(el.getAttribute('name')!);
	return { refs, ids };
}

/** Opens each page and returns everything wrong, one readable line each, sorted; empty when all is sound. */
export async function crawl({ context, site, root, pages, concurrency = 3 }: CrawlOptions): Promise<string[]> {
	const host = hosting(site, root);
	const problems = new Set<string>();
	/** Ids after load, for the pages opened: a script may add the element a link names. */
	const liveIds = new Map<string, Set<string>>();
	const anchors: { from: string; ref: Ref; page: string; id: string }[] = [];

	const visit = async (w: Watched, rel: string) => {
		try {
			await w.page.goto(host.pageUrl(rel).href, { waitUntil: 'load' });
		} catch (error) {
			problems.add(`${rel}: could not be opened (${(error as Error).message.split('\n')[0]})`);
			return;
		}
		const found = await w.page.evaluate(collect, LOADED_RELS.source);
		liveIds.set(rel, new Set(found.ids));
		for (const ref of found.refs) {
			const v = resolved(ref.url, host.pageUrl(rel), (url) => host.judge(ref, url));
			if (v.problem) problems.add(problemLine(rel, ref, v.problem));
			if (v.page && v.id !== undefined) anchors.push({ from: rel, ref, page: v.page, id: v.id });
		}
	};

	const queue = [...pages];
	const tabs = await Promise.all(Array.from({ length: Math.min(concurrency, pages.length) }, () => watchedPage(context, host.origin)));
	try {
		await Promise.all(tabs.map(async (w) => {
			for (let rel = queue.shift(); rel !== undefined; rel = queue.shift()) await visit(w, rel);
		}));
	} finally {
		await Promise.all(tabs.map((w) => w.page.close()));
	}

	for (const a of anchors) {
		if (!liveIds.get(a.page)?.has(a.id) && !site.pages.get(a.page)?.ids.has(a.id)) problems.add(missingIdLine(a.from, a.ref, a));
	}
	for (const w of tabs) {
		for (const e of w.errors) problems.add(`console error: ${e}`);
		for (const f of w.failed) problems.add(`failed request: ${f}`);
		for (const x of w.external) problems.add(`request to another host: ${x}`);
	}
	return [...problems].sort();
}

/**
 * The pages the browser opens, chosen from the build so the sample follows the site:
 * every page at the top of each edition (home, the index pages, timeline, map, search,
 * about…), and in each folder of each edition (one folder per kind of entry) its first
 * page and its richest, the one with the most references.
 */
export function samplePages(site: ParsedSite): string[] {
	const chosen = new Set<string>();
	const richest = new Map<string, string>();
	const refs = (p: string) => site.pages.get(p)!.refs.length;
	for (const page of site.pages.keys()) {
		if (page === '404.html') continue;
		if (!withoutLocale(page as SitePath).includes('/')) {
			chosen.add(page);
			continue;
		}
		const folder = page.slice(0, page.lastIndexOf('/'));
		const best = richest.get(folder);
		if (best === undefined) chosen.add(page);
		if (best === undefined || refs(page) > refs(best)) richest.set(folder, page);
	}
	for (const page of richest.values()) chosen.add(page);
	return [...chosen].sort();
}
