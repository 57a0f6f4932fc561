/** The card that describes the hovered or focused event, beside its mark. */
import { fill, slots } from '../i18n/format.ts';
import type { TimelineWording } from '../timeline/chart-text.ts';
import { cardPosition, type Size } from '../timeline/card-placement.ts';
import type { EventCard } from '../timeline/event-card.ts';
import type { Point } from '../timeline/frame-geometry.ts';

export interface CardView {
	/** The event the card shows, or -1 while it is hidden. */
	readonly event: number;
	/** `open`: the event's address, for a card pinned by a tap, which gets an "Open" link (a tap cannot hover). */
	show(i: number, c: EventCard, colour: string, open?: string): void;
	/** Places the card by `at`, inside a chart of the given size. */
	place(at: Point, chart: Size): void;
	hide(): void;
}

export function cardView(card: HTMLElement, say: TimelineWording): CardView {
	let event = -1;
	const add = (tag: string, cls: string, text: string) => {
		const el = document.createElement(tag);
		el.className = cls;
		el.textContent = text;
		card.append(el);
		return el;
	};
	/** "Who: a, b": each name isolated, so Latin names in an Arabic line (and the reverse) keep their order. */
	const names = (template: string, list: string[]) => {
		const p = add('p', 'tl-card__line', '');
		for (const part of slots(template)) {
			if (typeof part === 'string') p.append(part);
			else list.forEach((name, k) => p.append(...(k ? [say.m.separator] : []), Object.assign(document.createElement('bdi'), { textContent: name })));
		}
	};
	return {
		get event() {
			return event;
		},
		show(i, c, colour, open) {
			card.replaceChildren();
			const meta = add('p', 'tl-card__meta', '');
			const sw = document.createElement('span');
			sw.className = 'tl-card__type';
			sw.style.setProperty('--c', colour);
			sw.textContent = c.type;
			meta.append(sw, document.createTextNode(` · ${c.date}`));
			// dir auto: an English title in an Arabic card keeps its own direction (and the reverse).
			add('p', 'tl-card__title', c.title).dir = 'auto';
			if (c.places.length) names(say.m.where, c.places);
			if (c.actors.length) names(say.m.who, c.actors);
			for (const alleged of c.attributions) add('p', 'tl-card__line', alleged);
			for (const claim of c.claims) add('p', 'tl-card__claim', claim);
			if (open) {
				const a = add('a', 'tl-card__open', say.m.open) as HTMLAnchorElement;
				a.href = open;
				a.setAttribute('aria-label', fill(say.m.openLabel, { title: c.title }));
			} else add('p', 'tl-card__hint', say.m.openHint);
			// A pinned card is read and used: its link is tapped, so it takes pointers and is not hidden from screen readers.
			card.classList.toggle('tl-card--pinned', Boolean(open));
			if (open) card.removeAttribute('aria-hidden');
			else card.setAttribute('aria-hidden', 'true');
			card.hidden = false;
			event = i;
		},
		place(at, chart) {
			const p = cardPosition(at, { width: card.offsetWidth, height: card.offsetHeight }, chart);
			card.style.transform = `translate(${p.x}px, ${p.y}px)`;
		},
		hide() {
			card.hidden = true;
			event = -1;
		},
	};
}
