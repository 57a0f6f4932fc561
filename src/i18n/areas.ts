/** The catalogue areas the browser mounts receive, by name: each page embeds only its own. */
import type { Locale } from '../model/locales.ts';
import { messages, type Messages } from './index.ts';

/** The timeline's own messages, and the claims area for its cards' casualty figures. */
export type TimelineText = Messages['timeline'] & { claims: Messages['claims'] };
export type MapText = Messages['map'];
export type SearchText = Messages['search'];
export type ClientArea = 'timeline' | 'map' | 'search';

export function timelineText(locale: Locale): TimelineText {
	const m = messages(locale);
	return { ...m.timeline, claims: m.claims };
}

/** What a page embeds for its browser mount in one area. */
export const clientText = (locale: Locale, area: ClientArea): TimelineText | MapText | SearchText =>
	area === 'timeline' ? timelineText(locale) : messages(locale)[area];
