/**
 * The map's card (hover and focus: a place, its count, its latest events) and the
 * selection panel (a chosen place, with links to its events, its page and the timeline).
 * Built with textContent: titles are contributors' text.
 */
import { fill, formatNumber } from '../i18n/format.ts';
import { eventCount, type MapWording } from '../map/markers.ts';

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
		// dir auto: an English title in an Arabic card keeps its own direction (and the reverse).
		const title = links ? el('a', e.title) : el('span', e.title);
		title.dir = 'auto';
		if (links) (title as HTMLAnchorElement).href = e.href;
		li.append(title);
		ul.append(li);
	}
	return ul;
}

/**
 * Shows the card beside a marker, inside the stage: after it in the reading direction
 * (right of it in English, left of it in Arabic), flipping sides near the stage's edge.
 */
export function showCard(say: MapWording, stage: HTMLElement, card: HTMLElement, marker: Element, place: PlaceSummary) {
	card.replaceChildren(el('h3', place.name), el('p', eventCount(say, place.count), 'map-card__n'));
	if (place.events.length) card.append(eventItems(place.events.slice(0, 3), false));
	card.hidden = false;
	const s = stage.getBoundingClientRect();
	const m = marker.getBoundingClientRect();
	const gap = 8;
	const after = m.right - s.left + gap;
	const before = m.left - s.left - gap - card.offsetWidth;
	const fits = (x: number) => x >= 0 && x + card.offsetWidth <= s.width;
	const rtl = getComputedStyle(card).direction === 'rtl';
	const [first, second] = rtl ? [before, after] : [after, before];
	const left = fits(first) ? first : fits(second) ? second : Math.max(0, Math.min(first, s.width - card.offsetWidth));
	const top = Math.min(Math.max(0, m.top - s.top - 8), Math.max(0, s.height - card.offsetHeight));
	card.style.left = `${left}px`;
	card.style.top = `${top}px`;
}

export interface SelectionLinks {
	page: string;
	timeline: string;
}

/** Fills the selection panel; `clear` runs when the reader asks for every place again. */
export function showSelection(say: MapWording, panel: HTMLElement, place: PlaceSummary, links: SelectionLinks, clear: () => void) {
	const heading = el('h3');
	const name = el('a', place.name);
	name.href = links.page;
	heading.append(name);
	const actions = el('p', undefined, 'map-selection__actions');
	const page = el('a', fill(say.m.openPage, { name: place.name }));
	page.href = links.page;
	const timeline = el('a', say.m.onTimeline);
	timeline.href = links.timeline;
	const all = el('button', say.m.everyPlace, 'map-button');
	all.type = 'button';
	all.addEventListener('click', clear);
	actions.append(page, timeline, all);
	const n = el('p', place.events.length < place.count ? fill(say.m.latest, { events: eventCount(say, place.count), n: formatNumber(say.locale, place.events.length) }) : eventCount(say, place.count), 'map-selection__n');
	panel.replaceChildren(heading, n, eventItems(place.events, true), actions);
	panel.hidden = false;
}
