/**
 * The map's card (hover and focus: a place, its count, its latest events) and the
 * selection panel (a chosen place, with links to its events, its page and the timeline).
 * Built with textContent: titles are contributors' text.
 */
import { eventCount } from '../map/markers.ts';

export interface PlaceSummary {
	name: string;
	count: number;
	/** Latest first. */
	events: { title: string; date: string; href: string }[];
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
	const e = document.createElement(tag);
	if (text !== undefined) e.textContent = text;
	if (className) e.className = className;
	return e;
}

function eventItems(events: PlaceSummary['events'], links: boolean): HTMLUListElement {
	const ul = el('ul');
	for (const e of events) {
		const li = el('li');
		li.append(el('time', e.date));
		if (links) {
			const a = el('a', e.title);
			a.href = e.href;
			li.append(a);
		} else li.append(document.createTextNode(e.title));
		ul.append(li);
	}
	return ul;
}

/** Shows the card beside a marker, inside the stage, flipping to the left near the right edge. */
export function showCard(stage: HTMLElement, card: HTMLElement, marker: Element, place: PlaceSummary) {
	card.replaceChildren(el('h3', place.name), el('p', eventCount(place.count), 'map-card__n'));
	if (place.events.length) card.append(eventItems(place.events.slice(0, 3), false));
	card.hidden = false;
	const s = stage.getBoundingClientRect();
	const m = marker.getBoundingClientRect();
	const gap = 8;
	let left = m.right - s.left + gap;
	if (left + card.offsetWidth > s.width) left = Math.max(0, m.left - s.left - gap - card.offsetWidth);
	const top = Math.min(Math.max(0, m.top - s.top - 8), Math.max(0, s.height - card.offsetHeight));
	card.style.left = `${left}px`;
	card.style.top = `${top}px`;
}

export interface SelectionLinks {
	page: string;
	timeline: string;
}

/** Fills the selection panel; `clear` runs when the reader asks for every place again. */
export function showSelection(panel: HTMLElement, place: PlaceSummary, links: SelectionLinks, clear: () => void) {
	const heading = el('h3');
	const name = el('a', place.name);
	name.href = links.page;
	heading.append(name);
	const actions = el('p', undefined, 'map-selection__actions');
	const page = el('a', `Open ${place.name}'s page`);
	page.href = links.page;
	const timeline = el('a', 'These events on the timeline');
	timeline.href = links.timeline;
	const all = el('button', 'Show every place', 'map-button');
	all.type = 'button';
	all.addEventListener('click', clear);
	actions.append(page, timeline, all);
	const n = el('p', place.events.length < place.count ? `${eventCount(place.count)}; the latest ${place.events.length}:` : eventCount(place.count), 'map-selection__n');
	panel.replaceChildren(heading, n, eventItems(place.events, true), actions);
	panel.hidden = false;
}
