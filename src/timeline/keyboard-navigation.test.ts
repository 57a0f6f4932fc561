import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { keyAction, stepFocus, type KeyContext, type Keystroke } from './keyboard-navigation.ts';
import { sampleData } from './test-support.ts';

// In list order; in time order they are 1, 3, 0, 2 (and 4 is filtered out).
const data = sampleData([
	['2025-03-10', 'battle'],
	['2025-03-02', 'battle'],
	['2025-03-20', 'protest'],
	['2025-03-06', 'protest'],
	['2025-03-08', 'diplomatic'],
]);
const order = [...data.order].filter((i) => i !== 4);
const full = [dayOf('2025-02-20'), dayOf('2025-04-01')] as const;
const march = [dayOf('2025-03-01'), dayOf('2025-04-01')] as const;
const context = (c: Partial<KeyContext> = {}): KeyContext => ({ data, order, focus: -1, window: march, full, ...c });
const key = (k: string, mods: Partial<Keystroke> = {}): Keystroke => ({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('keyboard navigation', () => {
	it('steps to the chronologically next and previous event, not the next in the list', () => {
		expect(order).toEqual([1, 3, 0, 2]);
		expect(keyAction(key('ArrowRight'), context({ focus: 1 }))).toEqual({ focus: 3 });
		expect(keyAction(key('ArrowRight'), context({ focus: 3 }))).toEqual({ focus: 0 });
		expect(keyAction(key('ArrowLeft'), context({ focus: 0 }))).toEqual({ focus: 3 });
	});

	it('stops at the first and last event', () => {
		expect(keyAction(key('ArrowLeft'), context({ focus: 1 }))).toEqual({ focus: 1 });
		expect(keyAction(key('ArrowRight'), context({ focus: 2 }))).toEqual({ focus: 2 });
	});

	it('with nothing focused, starts from the window shown', () => {
		const from7th = [dayOf('2025-03-07'), dayOf('2025-03-15')] as const;
		// → the first event to start in the window; ← the last to start before its end.
		expect(stepFocus(context({ window: from7th }), 1)).toBe(0);
		expect(stepFocus(context({ window: from7th }), -1)).toBe(0);
		const early = [dayOf('2025-03-03'), dayOf('2025-03-05')] as const;
		expect(stepFocus(context({ window: early }), 1)).toBe(3);
		expect(stepFocus(context({ window: early }), -1)).toBe(1);
		// A window that begins part-way through 6 March still counts the 6th's event as in it.
		expect(stepFocus(context({ window: [dayOf('2025-03-06') + 0.5, dayOf('2025-03-15')] }), 1)).toBe(3);
		// Past every event, → wraps to the first; before every event, ← to the last.
		expect(stepFocus(context({ window: [dayOf('2025-03-25'), dayOf('2025-03-30')] }), 1)).toBe(1);
		expect(stepFocus(context({ window: [dayOf('2025-02-21'), dayOf('2025-02-25')] }), -1)).toBe(2);
	});

	it('focuses nothing when no event passes the filters', () => {
		expect(keyAction(key('ArrowRight'), context({ order: [] }))).toEqual({ focus: -1 });
		expect(keyAction(key('Home'), context({ order: [] }))).toEqual({ focus: -1 });
	});

	it('goes to the first and last event with Home and End', () => {
		expect(keyAction(key('Home'), context({ focus: 0 }))).toEqual({ focus: 1 });
		expect(keyAction(key('End'), context())).toEqual({ focus: 2 });
	});

	it('opens the focused event with Enter, and leaves Enter alone when nothing is focused', () => {
		expect(keyAction(key('Enter'), context({ focus: 3 }))).toEqual({ open: 3 });
		expect(keyAction(key('Enter'), context())).toBeNull();
	});

	it('pans a quarter of the window with Shift and the arrows', () => {
		expect(keyAction(key('ArrowRight', { shiftKey: true }), context())).toEqual({ window: [march[0] + 7.75, march[1] + 7.75] });
		expect(keyAction(key('ArrowLeft', { shiftKey: true }), context({ focus: 0 }))).toEqual({ window: [march[0] - 7.75, march[1] - 7.75] });
	});

	it('zooms in about the focused event, out about the middle, and to the whole period with 0', () => {
		const zoomIn = keyAction(key('+'), context({ focus: 2 })) as { window: [number, number] };
		expect(zoomIn.window[1] - zoomIn.window[0]).toBe(15.5);
		// The focused day keeps its place on the screen.
		const at = (w: readonly [number, number], day: number) => (day - w[0]) / (w[1] - w[0]);
		expect(at(zoomIn.window, dayOf('2025-03-20') + 0.5)).toBeCloseTo(at(march, dayOf('2025-03-20') + 0.5));
		expect(keyAction(key('='), context())).toEqual({ window: [march[0] + 7.75, march[1] - 7.75] });
		expect(keyAction(key('-'), context())).toEqual({ window: [march[0] - 15.5, march[1] + 15.5] });
		expect(keyAction(key('0'), context())).toEqual({ window: [...full] });
	});

	it('lets go of the focus with Escape', () => expect(keyAction(key('Escape'), context({ focus: 0 }))).toEqual({ focus: -1 }));

	it('leaves other keys, and keys with Ctrl, Alt or ⌘, to the browser', () => {
		expect(keyAction(key('a'), context())).toBeNull();
		expect(keyAction(key('Tab'), context({ focus: 0 }))).toBeNull();
		expect(keyAction(key('ArrowRight', { altKey: true }), context({ focus: 0 }))).toBeNull();
		expect(keyAction(key('+', { ctrlKey: true }), context())).toBeNull();
		expect(keyAction(key('0', { metaKey: true }), context())).toBeNull();
	});
});
