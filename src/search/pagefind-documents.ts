/**
 * What Pagefind indexes: one small HTML document per searchable entry, built from the
 * content graph rather than read back from the built pages. The build can then index
 * while Astro is still rendering (src/integrations/pagefind.ts), and an entry is found
 * by its own words only: an actor's page lists hundreds of article titles, which
 * belong to those articles' entries.
 *
 * Each document carries the entry's title, its own prose (a description, a quote's words)
 * and its Markdown body as prose, nothing else: Pagefind's excerpts are then prose, never
 * a list of spellings. Names are not indexed in their other spellings: the search page
 * asks Pagefind for each spelling (names.ts searchTerms), as the text pass from disk
 * matches each. Meta, filters and sort are the same values the fallback index uses, so
 * both engines filter alike.
 */
import { bodyOf, type Graph } from '../graph/types.ts';
import type { Labels } from '../views/kinds.ts';
import { paths } from '../model/urls.ts';
import type { SearchEntry } from '../views/kinds.ts';
import { bodyProse } from './prose.ts';
import { entryProps, searchEntries } from './search-entries.ts';

export interface PagefindDocument {
	/** Site-absolute, as Pagefind reports it: `/actors/x.html`. */
	url: string;
	html: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const paragraphs = (texts: (string | undefined)[]) =>
	texts
		.flatMap((t) => (t ? t.split('\n') : []))
		.filter((t) => t.trim() !== '')
		.map((t) => `<p>${escapeHtml(t)}</p>`)
		.join('');

/** One document for one entry: Pagefind reads meta, filters and sort from the hidden spans. */
function documentFor(g: Graph, e: SearchEntry): PagefindDocument {
	const { kind, id, title } = e;
	const props = entryProps(g, e);
	const spans = [
		...Object.entries(props.searchMeta).map(([k, v]) => `<span data-pagefind-meta="${escapeHtml(k)}">${escapeHtml(v)}</span>`),
		...Object.entries(props.searchFilters).flatMap(([k, vs]) => vs.map((v) => `<span data-pagefind-filter="${escapeHtml(k)}">${escapeHtml(v)}</span>`)),
		...Object.entries(props.searchSort).map(([k, v]) => `<span data-pagefind-sort="${escapeHtml(k)}">${escapeHtml(v)}</span>`),
	].join('');
	const html =
		`<!DOCTYPE html><html lang="en"><head><title>${escapeHtml(title)}</title></head><body><main data-pagefind-body>` +
		`<div hidden data-pagefind-ignore>${spans}</div><h1>${escapeHtml(title)}</h1>${paragraphs([e.prose, bodyProse(bodyOf(g, kind, id))])}` +
		`</main></body></html>`;
	return { url: `/${paths.entry(kind, id)}`, html };
}

/** Every searchable entry's document, in the fallback index's order. */
export function pagefindDocuments(g: Graph, labels: Labels): PagefindDocument[] {
	return searchEntries(g, labels).map((e) => documentFor(g, e));
}
