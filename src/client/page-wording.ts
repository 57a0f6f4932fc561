/**
 * The interface text a page embeds for its browser mount: one catalogue area in the
 * page's language, as JSON (components/ClientText.astro), so no bundle carries every
 * language and nothing is fetched (fetch is blocked from file://).
 */
import type { Wording } from '../i18n/format.ts';

export function pageWording<T>(id: string | undefined): Wording<T> {
	const parsed = JSON.parse(document.getElementById(id ?? '')?.textContent ?? 'null') as Wording<T> | null;
	// Said in English: without its text the page cannot speak its own language.
	if (!parsed?.m) throw new Error(`the interface text (#${id ?? '?'}) is missing from this page; rebuild the site`);
	return parsed;
}
