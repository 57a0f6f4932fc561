/** The catalogue areas the browser mounts receive, by name: each page embeds only its own. */
import type { Locale } from '../model/locales.ts';
import { messages, type Messages } from './index.ts';

/** The timeline's own messages, and the claims area for its cards' casualty figures. */
export type TimelineText = Messages['timeline'] & { claims: Messages['claims'] };
export type MapText = Messages['map'];
/** The search page's messages, with what a result line names: kinds, event types and the words around dates. */
export type SearchText = Messages['search'] & {
	kinds: Record<keyof Messages['kinds'], { one: string; inLine: string }>;
	types: Record<keyof Messages['types'], string>;
	dates: Messages['dates'];
	placeKinds: Messages['entries']['placeKinds'];
};
export type ClientArea = 'timeline' | 'map' | 'search';

export function timelineText(locale: Locale): TimelineText {
	const m = messages(locale);
	return { ...m.timeline, claims: m.claims };
}

export function searchText(locale: Locale): SearchText {
	const m = messages(locale);
	const pick = <K extends string, V, W>(table: Record<K, V>, f: (v: V) => W) => Object.fromEntries(Object.entries(table).map(([k, v]) => [k, f(v as V)])) as Record<K, W>;
	return { ...m.search, placeKinds: m.entries.placeKinds, kinds: pick(m.kinds, (k) => ({ one: k.one, inLine: k.inLine })), types: pick(m.types, (t) => t.label), dates: m.dates };
}

/** What a page embeds for its browser mount in one area. */
export const clientText = (locale: Locale, area: ClientArea): TimelineText | MapText | SearchText =>
	area === 'timeline' ? timelineText(locale) : area === 'search' ? searchText(locale) : messages(locale).map;
