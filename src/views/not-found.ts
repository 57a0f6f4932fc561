/**
 * The 404 page is served for a missing address at any depth (`events/renamed.html`,
 * `archive/events/old/x.html`), where its own relative links would lead to itself. Without
 * a site URL the build cannot know where the site starts, so the page works it out from
 * the requested address.
 */
import { COLLECTIONS } from '../model/kinds.ts';
import { createHash } from 'node:crypto';
import { LOCALE_INFO, LOCALES } from '../model/locales.ts';

/** The editions' folders (`ar`): a missing page in one is still at the site's top level plus its folder. */
export const EDITION_FOLDERS: readonly string[] = LOCALES.map((l) => LOCALE_INFO[l].folder).filter(Boolean);

/** The site's own top-level folders. */
export const SITE_SECTIONS: readonly string[] = [...COLLECTIONS, 'statements', 'data', 'assets', 'pagefind'];

/**
 * Where the site's top level may be for a requested path, most likely first: just above
 * the last folder named like one of the site's sections (`/archive/events/x.html` →
 * `/archive/`), or, under folders the site does not have, each folder from the deepest up.
 */
export function siteRootsOf(pathname: string, sections: readonly string[], editions: readonly string[] = []): string[] {
	const dirs = pathname.split('/').slice(0, -1);
	for (let i = dirs.length - 1; i > 0; i--) {
		if (!sections.includes(decodeURIComponent(dirs[i]!))) continue;
		const here = `${dirs.slice(0, i).join('/')}/`;
		// An edition's section (`ar/events/`): the top level is above the edition's folder, unless the site is hosted under a folder of that name.
		return i > 1 && editions.includes(decodeURIComponent(dirs[i - 1]!)) ? [`${dirs.slice(0, i - 1).join('/')}/`, here] : [here];
	}
	return dirs.map((_, i) => `${dirs.slice(0, dirs.length - i).join('/')}/`);
}

/**
 * The page's one inline script: points every `[data-to]` link (and the search form) at the
 * site's top level. Inline because no relative script address works at every depth; the
 * page's CSP allows it by its hash. `siteRootsOf` is the tested function above, as written.
 * When done it notes the root on <html data-site-root> (a probe may take a moment).
 */
export function notFoundScript(sections: readonly string[], editions: readonly string[] = EDITION_FOLDERS): { code: string; hash: string } {
	const code = `(async () => { const siteRootsOf = ${siteRootsOf.toString()};
// From disk the page is only ever opened as itself: its folder is the top level.
const roots = location.protocol === 'file:' ? [location.pathname.replace(/[^/]*$/, '')] : siteRootsOf(location.pathname, ${JSON.stringify(sections)}, ${JSON.stringify(editions)});
let root = roots[0];
// Several candidates: the first that holds the site's stylesheet is the site.
if (roots.length > 1) for (const r of roots) if ((await fetch(r + 'assets/site.css', { method: 'HEAD' }).catch(() => undefined))?.ok) { root = r; break; }
for (const a of document.querySelectorAll('[data-to]')) a.setAttribute(a.tagName === 'FORM' ? 'action' : 'href', root + a.getAttribute('data-to'));
document.documentElement.dataset.siteRoot = root;
})();`;
	return { code, hash: `'sha256-${createHash('sha256').update(code).digest('base64')}'` };
}
