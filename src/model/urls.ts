/**
 * Every URL the site emits is made here.
 *
 * Pages are files (`actors/ahmad-al-sharaa.html`, never `actors/ahmad-al-sharaa/`) and
 * every internal link is relative to the page it is on. So one build works at a domain
 * root, under any sub-path and from `file://`, where a link to a directory would open a
 * directory listing and a root-absolute `/x` would point at the disk's root.
 */
import { collectionOf, type EntityKind } from './kinds.ts';
import { LOCALE_INFO, LOCALES, DEFAULT_LOCALE, type Locale } from './locales.ts';

/** A page or asset path inside the built site, without a leading slash: `actors/x.html`. */
export type SitePath = string & { readonly __sitePath?: never };

export const paths = {
	home: 'index.html' as SitePath,
	timeline: 'timeline.html' as SitePath,
	map: 'map.html' as SitePath,
	search: 'search.html' as SitePath,
	about: 'about.html' as SitePath,
	notFound: '404.html' as SitePath,
	/** The index page of one kind, e.g. `actors.html`. */
	index: (kind: EntityKind) => `${collectionOf(kind)}.html` as SitePath,
	/** The page of one entry, e.g. `actors/ahmad-al-sharaa.html`. */
	entry: (kind: EntityKind, id: string) => `${collectionOf(kind)}/${id}.html` as SitePath,
	/** A file the build writes under `assets/`. */
	asset: (name: string) => `assets/${name}` as SitePath,
	/** Data exports, e.g. `data/events.json`. */
	data: (name: string) => `data/${name}` as SitePath,
};

/**
 * The same page in another edition: `events/x.html` in Arabic is `ar/events/x.html`.
 * `path` may already be in an edition; only its locale-free part is kept.
 */
export function inLocale(locale: Locale, path: SitePath): SitePath {
	const folder = LOCALE_INFO[locale].folder;
	const bare = withoutLocale(path);
	return (folder ? `${folder}/${bare}` : bare) as SitePath;
}

/** The edition a site path belongs to. */
export function localeOf(path: SitePath): Locale {
	const first = path.split('/')[0];
	return LOCALES.find((l) => l !== DEFAULT_LOCALE && LOCALE_INFO[l].folder === first) ?? DEFAULT_LOCALE;
}

/** A site path without its edition's folder: `ar/events/x.html` → `events/x.html`. */
export function withoutLocale(path: SitePath): SitePath {
	const locale = localeOf(path);
	return (locale === DEFAULT_LOCALE ? path : path.slice(LOCALE_INFO[locale].folder.length + 1)) as SitePath;
}

/** The relative URL that leads from the page at `from` to `to` (both site paths). */
export const relativeUrl = (from: SitePath, to: SitePath): string => relativeFrom(from.split('/').slice(0, -1), to);

function relativeFrom(fromDirs: readonly string[], to: SitePath): string {
	const toParts = to.split('#')[0]!.split('/');
	const hash = to.includes('#') ? to.slice(to.indexOf('#')) : '';
	let common = 0;
	while (common < fromDirs.length && common < toParts.length - 1 && fromDirs[common] === toParts[common]) common++;
	const up = fromDirs.length - common;
	const rest = toParts.slice(common).join('/');
	return ('../'.repeat(up) + rest || paths.home) + hash;
}

/**
 * A function that turns site paths into URLs relative to one page. A page links to the
 * same entries many times (an actor's page names its places once per event): each
 * target is worked out once per page.
 */
export function linkerFor(from: SitePath): (to: SitePath) => string {
	const fromDirs = from.split('/').slice(0, -1);
	const made = new Map<string, string>();
	return (to) => {
		let url = made.get(to);
		if (url === undefined) made.set(to, (url = relativeFrom(fromDirs, to)));
		return url;
	};
}

/** True for a page (`x.html`), which each edition has; assets, data exports and the 404 page are one for all. */
const isEditionPage = (to: SitePath) => /\.html(?:#|$)/.test(to) && to !== paths.notFound;

/**
 * `linkerFor` for a page of one edition: a link to a page leads to the same edition's
 * page (from `ar/actors/x.html`, `timeline.html` is `../timeline.html` → `ar/timeline.html`);
 * assets and data exports, single for both editions, are linked as they are.
 */
export function editionLinkerFor(from: SitePath): (to: SitePath) => string {
	const link = linkerFor(from);
	const locale = localeOf(from);
	return (to) => link(isEditionPage(to) ? inLocale(locale, to) : to);
}

/** The absolute URL of a page, for canonical links, feeds and the sitemap; needs a configured site URL. */
export function absoluteUrl(site: URL | string, to: SitePath): string {
	const base = new URL(String(site));
	if (!base.pathname.endsWith('/')) base.pathname += '/';
	return new URL(to === paths.home ? '' : to, base).href;
}
