/**
 * Full text for search from disk. Pagefind does the full-text part of search when the
 * site is served, but it cannot run from file://; there, the search page loads this
 * instead, a second classic script (`assets/search-text.js`) with the plain prose of
 * every entry's Markdown body, only when a reader searches. text-pass.ts searches it.
 *
 * Records point at the fallback index's records by position (both follow
 * searchEntries' order), so the text file repeats no titles, dates or filters.
 */
export const FULL_TEXT_GLOBAL = '__archiveSearchText';
export const FULL_TEXT_VERSION = 1;

export interface FullText {
	v: number;
	/** [position of the record in the fallback index, the body's plain text]. */
	r: [number, string][];
}
