/**
 * What the pointer and the keyboard pick out: the hovered event (a thin ring and its
 * card), the focused one (a thick ring, its card and a sentence for screen readers), and
 * the chart's keys (keyboard-navigation.ts). Clicking a mark or pressing Enter opens it; a
 * finger cannot hover, so a first tap selects the mark and pins its card, with an "Open"
 * link (a second tap on the same mark opens it too).
 */
import { focusAnnouncement, type TimelineWording } from '../timeline/chart-text.ts';
import { eventCard } from '../timeline/event-card.ts';
import { eventAnchor, type FrameMarks } from '../timeline/frame-geometry.ts';
import type { FrameLayout } from '../timeline/frame-layout.ts';
import { hitTest } from '../timeline/hit-test.ts';
import { keyAction } from '../timeline/keyboard-navigation.ts';
import type { Lane } from '../timeline/lanes.ts';
import type { Palette } from '../timeline/render-frame.ts';
import type { TimelineData } from '../timeline/timeline-data.ts';
import { revealWindow, type DayWindow } from '../timeline/view-window.ts';
import { cardView } from './timeline-card.ts';
import type { EventList } from './timeline-list.ts';

export interface FocusHost {
	data: TimelineData;
	full: DayWindow;
	/** The list below, once it has loaded. */
	list(): EventList | undefined;
	/** The lanes and layout in use and the marks of the last frame; undefined before the first. */
	frame(): { lanes: readonly Lane[]; layout: FrameLayout; marks: FrameMarks } | undefined;
	/** The events that pass the filters, in time order. */
	order(): readonly number[];
	palette(): Palette;
	window(): [number, number];
	setWindow(w: DayWindow, animate: boolean): void;
	requestDraw(): void;
	/** Runs when the focused event changes (-1: none), and right before an event is opened. */
	selected(i: number, opening: boolean): void;
}

export interface Focus {
	/** The hovered and the focused event; -1 for none. */
	readonly hover: number;
	readonly focus: number;
	/** Focuses an event (-1: none), bringing it into view. */
	set(i: number): void;
	/** After each frame: keeps the focused event's card beside its mark. */
	follow(): void;
}

export function focusControls(root: HTMLElement, say: TimelineWording, host: FocusHost): Focus {
	const { data } = host;
	const stage = root.querySelector<HTMLElement>('[data-tl-stage]')!;
	const canvas = root.querySelector<HTMLCanvasElement>('[data-tl-canvas]')!;
	const announce = root.querySelector<HTMLElement>('[data-tl-announce]')!;
	const card = cardView(root.querySelector<HTMLElement>('[data-tl-card]')!, say);
	let hover = -1;
	let focus = -1;
	let pinned = -1; // the event a tap selected: its card stays, with a link
	let down = { x: 0, y: 0 };

	const describe = (list: EventList, i: number) => eventCard(say, data, i, list.title(i), list.date(i));
	function showCard(i: number) {
		const list = host.list();
		if (!list) return;
		card.show(i, describe(list, i), host.palette().types[data.type[i]!]!, i === pinned ? list.href(i) : undefined);
		placeCard(i);
	}
	function placeCard(i: number) {
		const f = host.frame();
		if (!f) return;
		const at = eventAnchor(data, f.lanes, f.layout, f.marks, i) ?? { x: f.layout.left, y: f.layout.axisHeight };
		card.place(at, { width: f.layout.width, height: f.layout.height });
	}
	function setHover(i: number) {
		hover = i;
		if (i >= 0 || focus >= 0) showCard(i >= 0 ? i : focus);
		else card.hide();
		host.requestDraw();
	}
	function setFocus(i: number, byTap = false) {
		pinned = byTap ? i : -1;
		if (i !== focus) host.selected(i, false);
		focus = i;
		if (i < 0) {
			card.hide();
			announce.textContent = '';
			return host.requestDraw();
		}
		const reveal = revealWindow(host.window(), data.start[i]!, data.end[i]!);
		if (reveal) host.setWindow(reveal, true);
		host.requestDraw();
		// Place the card once the frame has laid the mark out.
		requestAnimationFrame(() => showCard(i));
		const list = host.list();
		const order = host.order();
		if (list) announce.textContent = focusAnnouncement(say, describe(list, i), order.indexOf(i) + 1, order.length);
	}
	function open(i: number) {
		const list = host.list();
		if (!list) return;
		host.selected(i, true);
		location.href = list.href(i);
	}

	const pointed = (event: MouseEvent) => {
		const f = host.frame();
		const r = canvas.getBoundingClientRect();
		return f ? hitTest(f.marks, f.layout.rowHeight, event.clientX - r.left, event.clientY - r.top) : -1;
	};
	// A finger has no hover: its taps are handled on click.
	canvas.addEventListener('pointermove', (event) => {
		if (event.buttons || event.pointerType === 'touch') return;
		const i = pointed(event);
		canvas.style.cursor = i >= 0 ? 'pointer' : 'grab';
		if (i !== hover) setHover(i);
	}, { passive: true });
	canvas.addEventListener('pointerleave', (event) => {
		if (event.pointerType !== 'touch') setHover(-1);
	}, { passive: true });
	canvas.addEventListener('pointerdown', (event) => {
		down = { x: event.clientX, y: event.clientY };
	}, { passive: true });
	canvas.addEventListener('click', (event) => {
		// The end of a swipe that panned is not a tap.
		if (Math.hypot(event.clientX - down.x, event.clientY - down.y) > 10) return;
		const i = pointed(event);
		const touch = (event as PointerEvent).pointerType === 'touch';
		if (!touch) {
			if (i >= 0) open(i);
		} else if (i >= 0 && i === pinned) open(i);
		else setFocus(i, i >= 0);
	});
	stage.addEventListener('keydown', (event) => {
		// Keys pressed on the pinned card's link are the link's.
		if (event.target !== stage) return;
		const action = keyAction(event, { data, order: host.order(), focus, window: host.window(), full: host.full });
		if (!action) return;
		event.preventDefault();
		if ('open' in action) open(action.open);
		else if ('focus' in action) setFocus(action.focus);
		else host.setWindow(action.window, true);
	});
	stage.addEventListener('blur', (event) => {
		// Focus moving onto the pinned card's link keeps the card; so does a tap's card.
		if (stage.contains(event.relatedTarget as Node | null) || pinned >= 0) return;
		if (hover < 0) card.hide();
	});
	stage.addEventListener('focus', () => {
		if (focus >= 0) showCard(focus);
	});

	return {
		get hover() {
			return hover;
		},
		get focus() {
			return focus;
		},
		set: (i) => setFocus(i),
		follow() {
			if (focus >= 0 && card.event === focus) placeCard(focus);
		},
	};
}
