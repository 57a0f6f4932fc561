/**
 * Crawls a built site in Chromium the way a reader would meet it: from the home page,
 * following every internal link, at a server root, under a sub-path or from `file://`.
 *
 * On each page it checks every `<a href>`, `<link href>`, `<script src>`, `<img src>`,
 * `<source src>`, `<iframe src>` and `<form action>`: the target must exist inside the
 * site's folder (under `file://` a folder is not a page: Chromium would show a directory
 * listing), and a `#fragment` must name an element on the target page. Console errors,
 * failed requests and requests to other hosts are collected from every page. The result
 * is a list of readable problems, one line each, and the pages reached.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { watchedPage, type Watched } from '../../support/browser.ts';
import { htmlFiles } from './site.ts';

export interface CrawlOptions {
	context: BrowserContext;
	/** The built folder on disk. */
	dir: string;
	/** URL of the site's root, ending in "/": `http://127.0.0.1:1234/archive/` or `file:///…/dist/`. */
	root: string;
	/** Pages open at once; each has its own tab, reused from page to page. */
	concurrency?: number;
}

export interface CrawlReport {
	/** Site paths of the pages opened, sorted. */
	reached: string[];
	/** Everything wrong, one readable line each; empty when the site is sound. */
	problems: string[];
}

interface Ref {
	kind: string;
	/** The attribute as written. */
	raw: string;
	/** The attribute resolved against the page. */
	url: string;
	/** For <link>: whether the browser fetches it (a stylesheet, an icon) or only names it (canonical, alternate). */
	fetched: boolean;
}

/** The page's references and ids; runs in the browser. */
function collect(): { refs: Ref[]; ids: string[] } {
	const refs: Ref[] = [];
	const add = (kind: string, el: Element, attr: string, fetched: boolean) => {
		const raw = el.getAttribute(attr);
		if (raw === null) return;
		refs.push({ kind, raw, url: new URL(raw, document.baseURI).href, fetched });
	};
	const loadedRels = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/i;
	for (const el of document.querySelectorAll('a[href], area[href]')) add('a', el, 'href', false);
	for (const el of document.querySelectorAll('link[href]')) add(`link rel=${el.getAttribute('rel')}`, el, 'href', loadedRels.test(el.getAttribute('rel') ?? ''));
	for (const el of document.querySelectorAll('script[src]')) add('script', el, 'src', true);
	for (const el of document.querySelectorAll('img[src], source[src], iframe[src], video[src], audio[src]')) add(el.localName, el, 'src', true);
	for (const el of document.querySelectorAll('form[action]')) add('form', el, 'action', false);
	const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
	for (const el of document.querySelectorAll('a[name]')) ids.push(el.getAttribute('name')!);
	return { refs, ids };
}

export async function crawl({ context, dir, root, concurrency = 3 }: CrawlOptions): Promise<CrawlReport> {
	if (!root.endsWith('/')) throw new Error(`The crawl root must end in "/": ${root}`);
	const fromDisk = root.startsWith('file:');
	const rootUrl = new URL(root);
	const problems = new Set<string>();
	const ids = new Map<string, Set<string>>();
	const anchors: { from: string; raw: string; target: string; id: string }[] = [];
	const checked = new Map<string, Promise<string | undefined>>();
	const queued = new Set<string>(['index.html']);
	let level = ['index.html'];

	/** The site path of an internal URL (`actors/x.html`, '' for the root), or undefined outside the site. */
	const sitePath = (url: URL) => {
		if (fromDisk ? url.protocol !== 'file:' : url.origin !== rootUrl.origin) return undefined;
		if (!url.pathname.startsWith(rootUrl.pathname)) return undefined;
		return decodeURIComponent(url.pathname.slice(rootUrl.pathname.length));
	};

	/** Why a site path cannot be opened, or undefined when it can. */
	const whyBroken = (rel: string) => {
		let check = checked.get(rel);
		if (!check) {
			check = fromDisk ? onDisk(dir, rel) : overHttp(new URL(rel, root).href);
			checked.set(rel, check);
		}
		return check;
	};

	const visit = async (w: Watched, rel: string) => {
		try {
			await w.page.goto(new URL(rel, root).href, { waitUntil: 'load' });
		} catch (error) {
			problems.add(`${rel}: could not be opened (${(error as Error).message.split('\n')[0]})`);
			return [];
		}
		const found = await w.page.evaluate(collect);
		ids.set(rel, new Set(found.ids));
		const next: string[] = [];
		for (const ref of found.refs) {
			const where = `${rel} → ${ref.raw} (${ref.kind})`;
			const url = new URL(ref.url);
			if (url.protocol === 'mailto:' || url.protocol === 'tel:' || url.protocol === 'data:') continue;
			if (url.protocol === 'javascript:') {
				problems.add(`${where}: a javascript: URL`);
				continue;
			}
			const target = sitePath(url);
			if (target === undefined) {
				const offSite = fromDisk ? url.protocol !== 'file:' : url.origin !== rootUrl.origin;
				// Links out (to a source, say) are the reader's to follow; anything the page loads from elsewhere is not.
				if (!offSite) problems.add(`${where}: points outside the site's folder (${url.href}); links must be relative`);
				else if (ref.fetched) problems.add(`${where}: loads from another host`);
				continue;
			}
			const why = await whyBroken(target);
			if (why) {
				problems.add(`${where}: ${why}`);
				continue;
			}
			const isPage = target.endsWith('.html');
			if (isPage && url.hash.length > 1 && !url.hash.startsWith('#:~:')) anchors.push({ from: rel, raw: ref.raw, target, id: decodeURIComponent(url.hash.slice(1)) });
			if (isPage && !queued.has(target)) {
				queued.add(target);
				next.push(target);
			}
		}
		return next;
	};

	const tabs = await Promise.all(Array.from({ length: concurrency }, () => watchedPage(context, fromDisk ? 'file' : rootUrl.origin)));
	try {
		while (level.length > 0) {
			const pending = [...level];
			const found: string[] = [];
			await Promise.all(
				tabs.map(async (w) => {
					for (let rel = pending.shift(); rel !== undefined; rel = pending.shift()) found.push(...(await visit(w, rel)));
				}),
			);
			level = found;
		}
	} finally {
		await Promise.all(tabs.map((w) => w.page.close()));
	}

	for (const a of anchors) {
		const targetIds = ids.get(a.target);
		if (targetIds && !targetIds.has(a.id)) problems.add(`${a.from} → ${a.raw}: ${a.target} has no element with id "${a.id}"`);
	}
	for (const w of tabs) {
		for (const e of w.errors) problems.add(`console error: ${e}`);
		// Moving a tab to the next page cancels what the last one still had in flight (ERR_ABORTED):
		// that is the crawl's doing, not the site's.
		for (const f of w.failed) if (!f.includes('net::ERR_ABORTED')) problems.add(`failed request: ${f}`);
		for (const x of w.external) problems.add(`request to another host: ${x}`);
	}
	const reached = [...ids.keys()].sort();
	for (const page of await htmlFiles(dir)) {
		if (page !== '404.html' && !ids.has(page)) problems.add(`${page}: not reached by any link from the home page`);
	}
	return { reached, problems: [...problems].sort() };
}

async function onDisk(dir: string, rel: string): Promise<string | undefined> {
	if (rel === '' || rel.endsWith('/')) return 'links to a folder, which opens a directory listing from disk; link to the .html file';
	try {
		const s = await stat(path.join(dir, ...rel.split('/')));
		return s.isFile() ? undefined : 'links to a folder, which opens a directory listing from disk; link to the .html file';
	} catch {
		return `no such file: ${rel}`;
	}
}

async function overHttp(url: string): Promise<string | undefined> {
	const res = await fetch(url);
	await res.arrayBuffer();
	return res.ok ? undefined : `HTTP ${res.status} for ${url}`;
}
