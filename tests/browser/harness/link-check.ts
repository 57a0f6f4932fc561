/**
 * Every link of a built site, checked without a browser. Each HTML file is parsed once
 * (parse5, the HTML standard's parsing algorithm, so the tree is the one Chromium builds),
 * and its references are then resolved with `new URL(raw, page)`, exactly as the browser
 * resolves them, against each way the site is hosted: at a server root, under a sub-path,
 * or from `file://`. Parsing costs seconds for the whole site; each hosting mode then
 * costs a fraction of a second, so every page is checked in every mode.
 *
 * What it checks, one readable line per problem (`page → link (kind): why`):
 * every `<a href>`, `<area href>`, `<link href>`, `<script src>`, `<img src>`, `<source src>`,
 * `<iframe src>`, `<video src>`, `<audio src>` and `<form action>` must lead to a file inside
 * the site's folder (from `file://` a folder is not a page: Chromium would show a
 * directory listing); a path that leaves the folder must be written relative; nothing may
 * be loaded from another host (links out, to a source, are the reader's to follow); no
 * `javascript:` URL; a `#fragment` must name an element on its page; and every page must
 * be reached by links from index.html. What only a browser shows (scripts' errors, failed
 * requests, links that scripts add) is crawler.ts's part, on a sample of pages.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { servedCandidates } from '../../support/static-server.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** One reference as written in a page. */
export interface Ref {
	/** `a`, `link rel=stylesheet`, `script`, `img`, `form`… */
	kind: string;
	/** The attribute as written. */
	raw: string;
	/** For <link>: whether the browser fetches it (a stylesheet, an icon) or only names it (canonical, alternate). */
	fetched: boolean;
}

export interface ParsedPage {
	refs: Ref[];
	/** Every `id`, and every `<a name>`: what a `#fragment` can name. */
	ids: Set<string>;
	/** The `<base href>`, when the page has one. */
	base?: string;
}

export interface ParsedSite {
	/** HTML pages by site path (`actors/x.html`, `ar/index.html`). */
	pages: Map<string, ParsedPage>;
	/** Every file of the build, as site paths. */
	files: Set<string>;
}

export interface LinkReport {
	/** Site paths of the pages reached from index.html, sorted. */
	reached: string[];
	/** Everything wrong, one readable line each; empty when the site is sound. */
	problems: string[];
}

/** The `rel` values whose targets the browser loads; shared with the crawler's in-page collector. */
export const LOADED_RELS = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/i;
const MEDIA = new Set(['img', 'source', 'iframe', 'video', 'audio']);
const FOLDER_LISTING = 'links to a folder, which opens a directory listing from disk; link to the .html file';

/** The references and ids of one page, as the crawler's `collect()` finds them in the DOM. */
export function parsePage(html: string): ParsedPage {
	const page: ParsedPage = { refs: [], ids: new Set() };
	const stack: Node[] = [parse(html)];
	for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
		if (!('childNodes' in node)) continue;
		if ('tagName' in node) readElement(node, page);
		// In document order. A <template>'s content is not among its childNodes, and not in the DOM either.
		for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
	}
	return page;
}

function readElement(el: Element, page: ParsedPage): void {
	const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
	const add = (kind: string, name: string, fetched: boolean) => {
		const raw = attr(name);
		if (raw !== undefined) page.refs.push({ kind, raw, fetched });
	};
	const id = attr('id');
	if (id !== undefined) page.ids.add(id);
	const tag = el.tagName;
	if (tag === 'a' || tag === 'area') {
		add('a', 'href', false);
		const name = attr('name');
		if (tag === 'a' && name !== undefined) page.ids.add(name);
	} else if (tag === 'link') {
		const rel = attr('rel');
		add(`link rel=${rel ?? null}`, 'href', LOADED_RELS.test(rel ?? ''));
	} else if (tag === 'script') add('script', 'src', true);
	else if (MEDIA.has(tag)) add(tag, 'src', true);
	else if (tag === 'form') add('form', 'action', false);
	else if (tag === 'base' && page.base === undefined) {
		// The first <base> with an href sets the document's base URL.
		const href = attr('href');
		if (href !== undefined) page.base = href;
	}
}

/** Reads and parses every page of a built folder, once. */
export async function readSite(dir: string): Promise<ParsedSite> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const files = entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
	const pages = new Map<string, ParsedPage>();
	const html = files.filter((f) => f.endsWith('.html')).sort();
	const texts = await Promise.all(html.map((f) => readFile(path.join(dir, f), 'utf8')));
	html.forEach((f, i) => pages.set(f, parsePage(texts[i]!)));
	return { pages, files: new Set(files) };
}

/** What one resolved reference leads to. */
export interface Verdict {
	/** Why it is wrong, when it is. */
	problem?: string;
	/** The HTML file it opens, when it opens one of the site's pages. */
	page?: string;
	/** The element it names on that page (`#…`), to look for once every page is known. */
	id?: string;
}

/**
 * How the site is hosted: `http://host/`, `http://host/archive/` or `file:///…/dist/`.
 * `judge` says what a reference resolved in that mode leads to.
 */
export function hosting(site: ParsedSite, root: string) {
	if (!root.endsWith('/')) throw new Error(`The site's root must end in "/": ${root}`);
	const rootUrl = new URL(root);
	const fromDisk = rootUrl.protocol === 'file:';
	const sameHost = (url: URL) => (fromDisk ? url.protocol === 'file:' : url.origin === rootUrl.origin);
	const folders = new Set([...site.files].flatMap((f) => f.split('/').slice(0, -1).map((_, i, dirs) => dirs.slice(0, i + 1).join('/'))));

	/** The file a site path opens, or why it opens none. */
	const open = (rel: string): { file?: string; problem?: string } => {
		if (fromDisk) {
			if (site.files.has(rel)) return { file: rel };
			const folder = rel === '' || rel.endsWith('/') || folders.has(rel);
			return { problem: folder ? FOLDER_LISTING : `no such file: ${rel}` };
		}
		const file = servedCandidates(rel).find((f) => site.files.has(f));
		return file ? { file } : { problem: `no such file: ${rel} (the server answers HTTP 404)` };
	};

	const judge = (ref: Ref, url: URL): Verdict => {
		if (url.protocol === 'mailto:' || url.protocol === 'tel:' || url.protocol === 'data:') return {};
		if (url.protocol === 'javascript:') return { problem: 'a javascript: URL' };
		if (!sameHost(url)) return ref.fetched ? { problem: 'loads from another host' } : {};
		if (!url.pathname.startsWith(rootUrl.pathname)) return { problem: `points outside the site's folder (${url.href}); links must be relative` };
		const rel = decoded(url.pathname.slice(rootUrl.pathname.length));
		if (rel === undefined) return { problem: `a malformed %-escape in ${url.pathname}` };
		const { file, problem } = open(rel);
		if (problem) return { problem };
		if (!file?.endsWith('.html')) return {};
		if (url.hash.length <= 1 || url.hash.startsWith('#:~:')) return { page: file };
		const id = decoded(url.hash.slice(1));
		return id === undefined ? { page: file, problem: `a malformed %-escape in ${url.hash}` } : { page: file, id };
	};

	/** The URL a page is opened at. */
	const pageUrl = (rel: string) => new URL(rel, root);
	return { root, fromDisk, origin: fromDisk ? ('file' as const) : rootUrl.origin, judge, pageUrl };
}

export type Hosting = ReturnType<typeof hosting>;

const decoded = (s: string) => {
	try {
		return decodeURIComponent(s);
	} catch {
		return undefined;
	}
};

/** `judge(new URL(raw, base))`, or a problem when the browser could not resolve `raw` either. */
export function resolved(raw: string, base: URL | string, judge: (url: URL) => Verdict): Verdict {
	const url = URL.parse(raw, base);
	return url ? judge(url) : { problem: 'not a URL the browser can resolve' };
}

/** The problem line for a reference, in the crawler's words. */
export const problemLine = (from: string, ref: Ref, why: string) => `${from} → ${ref.raw} (${ref.kind}): ${why}`;
export const missingIdLine = (from: string, ref: Ref, v: Required<Pick<Verdict, 'page' | 'id'>>) => `${from} → ${ref.raw}: ${v.page} has no element with id "${v.id}"`;

/** Follows the links from index.html through every page, in one hosting mode, and reports what is broken. */
export function checkLinks(site: ParsedSite, root: string): LinkReport {
	const host = hosting(site, root);
	const problems = new Set<string>();
	const reached = new Set<string>(['index.html']);
	const queue = ['index.html'];
	for (let rel = queue.shift(); rel !== undefined; rel = queue.shift()) {
		const page = site.pages.get(rel);
		if (!page) {
			problems.add(`${rel}: no such page`);
			continue;
		}
		const base = page.base === undefined ? host.pageUrl(rel) : new URL(page.base, host.pageUrl(rel));
		for (const ref of page.refs) {
			const v = resolved(ref.raw, base, (url) => host.judge(ref, url));
			if (v.problem) problems.add(problemLine(rel, ref, v.problem));
			if (!v.page) continue;
			if (v.id !== undefined && !site.pages.get(v.page)?.ids.has(v.id)) problems.add(missingIdLine(rel, ref, { page: v.page, id: v.id }));
			if (!reached.has(v.page)) {
				reached.add(v.page);
				queue.push(v.page);
			}
		}
	}
	for (const page of site.pages.keys()) {
		if (page !== '404.html' && !reached.has(page)) problems.add(`${page}: not reached by any link from the home page`);
	}
	return { reached: [...reached].filter((p) => site.pages.has(p)).sort(), problems: [...problems].sort() };
}
