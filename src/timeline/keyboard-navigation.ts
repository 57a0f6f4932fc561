/**
 * The chart's keys. ← and → step through the events that pass the filters in time
 * order, Home and End go to the first and last, Shift+←/→ pan, + and − zoom (about the
 * focused event), 0 shows the whole period, Enter opens the focused event, Escape lets go.
 * The arrows follow the axis, which runs left to right on Arabic pages too (docs/right-to-left.md):
 * → is later in both editions.
 */
import type { TimelineData } from './timeline-data.ts';
import { panWindow, zoomWindow, type DayWindow } from './view-window.ts';

export type KeyAction =
	/** Focus an event; -1 for none. */
	| { focus: number }
	/** Show another window, with a short zoom. */
	| { window: [number, number] }
	| { open: number };

export interface KeyContext {
	data: Pick<TimelineData, 'start' | 'end'>;
	/** The events that pass the filters, in time order. */
	order: readonly number[];
	/** The focused event, or -1. */
	focus: number;
	window: DayWindow;
	full: DayWindow;
}

export type Keystroke = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'altKey' | 'ctrlKey' | 'metaKey'>;

/** What a key does; null for keys the chart leaves to the browser. */
export function keyAction(e: Keystroke, c: KeyContext): KeyAction | null {
	if (e.altKey || e.ctrlKey || e.metaKey) return null;
	const { key } = e;
	if (key === 'ArrowRight' || key === 'ArrowLeft') {
		const direction = key === 'ArrowRight' ? 1 : -1;
		return e.shiftKey ? { window: panWindow(c.window, direction * 0.25) } : { focus: stepFocus(c, direction) };
	}
	if (key === 'Home') return { focus: c.order[0] ?? -1 };
	if (key === 'End') return { focus: c.order.at(-1) ?? -1 };
	if (key === 'Enter') return c.focus >= 0 ? { open: c.focus } : null;
	if (key === '+' || key === '=') return { window: zoomWindow(c.window, 2, c.focus >= 0 ? (c.data.start[c.focus]! + c.data.end[c.focus]!) / 2 : undefined) };
	if (key === '-' || key === '_') return { window: zoomWindow(c.window, 0.5) };
	if (key === '0') return { window: [c.full[0], c.full[1]] };
	if (key === 'Escape') return { focus: -1 };
	return null;
}

/**
 * The next (1) or previous (-1) event from the focused one, stopping at the ends. With
 * nothing focused, it starts from the window: the first event to start in it, or the
 * last to start before its end. -1 when no event passes.
 */
export function stepFocus(c: KeyContext, direction: 1 | -1): number {
	const { order, data } = c;
	if (!order.length) return -1;
	let k = order.indexOf(c.focus);
	if (k >= 0) return order[Math.min(order.length - 1, Math.max(0, k + direction))]!;
	k = direction > 0 ? order.findIndex((i) => data.start[i]! >= Math.floor(c.window[0])) : order.findLastIndex((i) => data.start[i]! < c.window[1]);
	if (k < 0) k = direction > 0 ? 0 : order.length - 1;
	return order[k]!;
}
