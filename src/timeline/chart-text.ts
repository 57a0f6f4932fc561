/**
 * What the chart says in words: how many events match, what the window shows, and what
 * a screen reader hears when the keyboard focuses an event.
 */
import { formatDate, parseFuzzyDate } from '../lib/dates.ts';
import { isoOfDay } from './days.ts';
import type { EventCard } from './event-card.ts';

/** "28 events", "3 of 28 events match", "No events match these filters (of 28)". */
export function countText(shown: number, total: number): string {
	const noun = total === 1 ? 'event' : 'events';
	if (shown === total) return `${total} ${noun}`;
	return shown === 0 ? `No events match these filters (of ${total})` : `${shown} of ${total} ${noun} match`;
}

/** The window in words: "4–12 March 2025". */
export function humanRange(d0: number, d1: number): string {
	const a = isoOfDay(Math.round(d0));
	const b = isoOfDay(Math.max(Math.round(d0), Math.round(d1) - 1));
	const parsed = parseFuzzyDate(a === b ? a : `${a}/${b}`);
	return parsed.ok ? formatDate(parsed.date) : `${a} – ${b}`;
}

/** "3 in view, 1–15 March 2025": each event counted once, even when lanes by actor show it in several lanes. */
export const inViewText = (inView: number, window: readonly [number, number]) => `${inView} in view, ${humanRange(window[0], window[1])}`;

/** What a screen reader hears once a zoom settles: "Showing 1–15 March 2025: 3 events in view." */
export const zoomAnnouncement = (inView: number, window: readonly [number, number]) =>
	`Showing ${humanRange(window[0], window[1])}: ${inView} ${inView === 1 ? 'event' : 'events'} in view.`;

/** "Title. 6 March 2025. Battle, Jableh. Event 2 of 9. Press Enter to open." */
export function focusAnnouncement(card: EventCard, position: number, total: number): string {
	const places = card.places.length ? `, ${card.places.join(', ')}` : '';
	return `${card.title}. ${card.date}. ${card.type}${places}. Event ${position} of ${total}. Press Enter to open.`;
}
