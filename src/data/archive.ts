/**
 * The one module pages ask for the archive: the graph of the one read of the content
 * (src/integrations/content-read.ts), its labels, and entry bodies rendered on demand by
 * the one Markdown pipeline, each at most once per read.
 */
import type { Graph } from '../graph/types.ts';
import { readContentOnce, readGeneration } from '../integrations/content-read.ts';
import { renderMarkdown } from '../markdown/pipeline.ts';
import { collectionOf, type EntityKind } from '../model/kinds.ts';
import { contentDir } from '../content-io/content-dir.ts';
import { bodyOf } from '../graph/types.ts';
import { createLabels, type Labels } from '../views/kinds.ts';
import { contentDigest, pageKey, recordReads, trackedGraph, type Reads } from '../integrations/page-cache.ts';
import { inLocale, paths, type SitePath } from '../model/urls.ts';
import { entryLinks, type PageLinks } from '../views/entry-links.ts';
import { messages, type Messages } from '../i18n/index.ts';
import { editionsFrom, LOCALE_INFO, type Locale } from '../model/locales.ts';
import { readHistory, type FileHistory } from '../integrations/git-history.ts';
import { thisBuildDay } from '../views/cite.ts';
import { markQuotes, type MarkedText } from '../views/quote-context.ts';

export interface Archive {
	graph: Graph;
	labels: Labels;
	/** The Markdown body of an entry as HTML ('' for none). */
	renderBody: (kind: EntityKind, id: string) => Promise<string>;
	/**
	 * An article's archived text as HTML with its verified quotes marked, made once per read:
	 * the article's page shows it, each quote's page links to its mark when it has one.
	 */
	markedText: (articleId: string) => Promise<MarkedText>;
	/**
	 * The static paths of one kind's entry pages, each with its `cacheKey` (Astro's
	 * incremental build reuses a page from the last build when its key and code are
	 * unchanged): a digest of the entries the page read when it was last rendered.
	 * `hasPage` leaves out the entries shown on another page (only they get a key, so the
	 * build's count of rendered and reused pages is a count of pages). Each entry has a
	 * page in every edition, each with its own key.
	 */
	entryPaths: (kind: EntityKind, hasPage?: (id: string) => boolean) => { params: { lang: string | undefined; id: string }; props: EditionProps; cacheKey: string }[];
	/** When an entry's file last changed and where its history is (from git); undefined outside a git checkout. */
	history: (kind: EntityKind, id: string) => FileHistory | undefined;
	/** The day this build ran (`YYYY-MM-DD`): the access date of citations. */
	accessed: string;
	/** The archive as one entry page (in one edition) sees it: what it reads is noted for its next cacheKey. */
	forPage: (kind: EntityKind, id: string, locale: Locale) => Archive;
	/** The archive as the page at `page` (a site path in its edition) sees it, its reads noted likewise. */
	forSitePage: (page: SitePath) => Archive;
	/** The cacheKey of the page at `page`: a digest of what it read when it was last rendered. */
	keyOf: (page: SitePath) => string;
}

/** What every page of an edition is given by its static path. */
export interface EditionProps {
	locale: Locale;
}

/**
 * The `[...lang]` parameter of a page in one edition: none for English at the root, the
 * edition's folder for the others. (Astro writes an edition's home, `/ar`, as `ar.html`;
 * the integration moves it to `ar/index.html`, where it was rendered to be: see
 * integrations/edition-homes.ts.)
 */
const langParam = (locale: Locale): string | undefined => LOCALE_INFO[locale].folder || undefined;

/** The editions this build writes (all but when measuring: model/locales.ts; the integration has checked the variable). */
const EDITIONS = editionsFrom(process.env.ARCHIVE_EDITIONS);

/** The static paths of a page that is not an entry's (at `path` in English): one per edition, each with its cacheKey. */
export async function editionPaths(path: SitePath) {
	const archive = await getArchive();
	return EDITIONS.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } satisfies EditionProps, cacheKey: archive.keyOf(inLocale(locale, path)) }));
}

/**
 * The static paths of a route that writes files rather than pages (the exports, the search
 * scripts, the locator maps): `param` names each file, `pathOf` gives its site path, and
 * each has its cacheKey. The route's GET takes its archive from `forFile`, so its reads are noted.
 */
export async function filePaths<K extends string>(param: K, names: readonly string[], pathOf: (name: string) => SitePath) {
	const archive = await getArchive();
	return names.map((name) => ({ params: { [param]: name } as Record<K, string>, cacheKey: archive.keyOf(pathOf(name)) }));
}

/** The archive as the file at `path` sees it: what it reads is noted for its next cacheKey. */
export const forFile = async (path: SitePath): Promise<Archive> => (await getArchive()).forSitePage(path);

/** What a page of one edition starts from: the archive, its own path in the edition, its links and the catalogue. */
export interface EditionPage {
	archive: Archive;
	graph: Graph;
	locale: Locale;
	/** The page's site path in its edition (`ar/actors.html`): Base's `path`. */
	path: SitePath;
	/** Entry links and any site path, relative to the page and kept in its edition. */
	to: PageLinks;
	/** The interface text in the page's language. */
	m: Messages;
}

/** A page that is not an entry's (an index, the timeline, the map, about), at `path` in `locale`'s edition. */
export async function editionPage(locale: Locale, path: SitePath): Promise<EditionPage> {
	const own = inLocale(locale, path);
	const archive = (await getArchive()).forSitePage(own);
	return { archive, graph: archive.graph, locale, path: own, to: entryLinks(archive, own), m: messages(locale) };
}

let archive: Promise<Archive> | undefined;
let builtFrom = -1;

/**
 * The archive of the latest read of the content. The graph is the one the pre-flight
 * check built, not a second one; in dev a change to content/ starts a new read, and the
 * next page asks for the new archive.
 */
export const getArchive = () => {
	if (!archive || builtFrom !== readGeneration()) {
		builtFrom = readGeneration();
		archive = load();
	}
	return archive;
};

async function load(): Promise<Archive> {
	const [{ graph, entries }, files] = await Promise.all([readContentOnce(contentDir()), readHistory(contentDir())]);
	const all = contentDigest(entries);
	const rendered = new Map<string, Promise<string>>();
	const renderBody = (kind: EntityKind, id: string) => {
		const key = `${collectionOf(kind)}/${id}`;
		let html = rendered.get(key);
		if (!html) rendered.set(key, (html = renderMarkdown(bodyOf(graph, kind, id)).catch((error: unknown) => renderFailed(key, error))));
		return html;
	};
	const marked = new Map<string, Promise<MarkedText>>();
	const quotesOf = (articleId: string) => graph.articles.get(articleId)?.quotes ?? [];
	const markedText = (articleId: string) => {
		let text = marked.get(articleId);
		if (!text) {
			const verified = quotesOf(articleId).map((q) => graph.quotes.get(q)!).filter((q) => q.verification === 'verified');
			marked.set(articleId, (text = renderBody('article', articleId).then((html) => markQuotes(html, verified.map((q) => ({ id: q.id, text: q.data.text }))))));
		}
		return text;
	};
	const archive: Archive = {
		graph,
		labels: createLabels(graph),
		renderBody,
		markedText,
		entryPaths: (kind, hasPage = () => true) =>
			[...(graph[collectionOf(kind)] as Map<string, unknown>).keys()].filter(hasPage).flatMap((id) =>
				EDITIONS.map((locale) => ({ params: { lang: langParam(locale), id }, props: { locale }, cacheKey: archive.keyOf(inLocale(locale, paths.entry(kind, id))) })),
			),
		history: (kind, id) => {
			const node = (graph[collectionOf(kind)] as Map<string, { file?: string }> | undefined)?.get(id);
			return node?.file === undefined ? undefined : files.get(node.file);
		},
		accessed: thisBuildDay(),
		keyOf: (page) => pageKey(graph, page, all),
		forPage: (kind, id, locale) => tracked(inLocale(locale, paths.entry(kind, id)), [`${collectionOf(kind)}/${id}`]),
		forSitePage: (page) => tracked(page, []),
	};
	/** The archive for one page, noting every entry it reads and collection it walks (integrations/page-cache.ts). */
	function tracked(page: SitePath, first: string[]): Archive {
		const reads: Reads = { entries: new Set(first), walked: new Set() };
		const seen = trackedGraph(graph, reads);
		recordReads(page, reads);
		return {
			...archive,
			graph: seen,
			labels: createLabels(seen),
			renderBody: (k, i) => {
				reads.entries.add(`${collectionOf(k)}/${i}`);
				return renderBody(k, i);
			},
			markedText: (articleId) => {
				// Which quotes are marked depends on the article's text and every one of its quotes.
				reads.entries.add(`${collectionOf('article')}/${articleId}`);
				for (const q of quotesOf(articleId)) reads.entries.add(`${collectionOf('quote')}/${q}`);
				return markedText(articleId);
			},
		};
	}
	return archive;
}

/**
 * The validator refuses what the renderer is known to fail on (src/validate/body-limits.ts);
 * if a body still fails, the build stops with the file named, and the last good site stays.
 */
function renderFailed(entry: string, error: unknown): never {
	const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
	throw new Error(`The text of content/${entry}.md could not be rendered: ${why}. Look for unclosed HTML, very long lines or deep nesting in it, simplify it, and build again; if it still fails, report it with the file attached.`);
}
