import { describe, expect, it } from 'vitest';
import { zoomGesture } from './zoom-gesture.ts';

const ev = (type: string, o: Record<string, unknown> = {}) => ({ type, ctrlKey: false, metaKey: false, button: 0, ...o }) as unknown as Event;

describe('zoomGesture', () => {
	it('lets a plain wheel and a one-finger swipe scroll the page', () => {
		expect(zoomGesture(ev('wheel'))).toBe(false);
		expect(zoomGesture(ev('touchstart', { touches: { length: 1 } }))).toBe(false);
		expect(zoomGesture(ev('touchmove', { touches: { length: 1 } }))).toBe(false);
	});

	it('takes Ctrl or ⌘ with the wheel (and a trackpad pinch), two-finger gestures and mouse drags', () => {
		expect(zoomGesture(ev('wheel', { ctrlKey: true }))).toBe(true);
		expect(zoomGesture(ev('wheel', { metaKey: true }))).toBe(true);
		expect(zoomGesture(ev('touchstart', { touches: { length: 2 } }))).toBe(true);
		expect(zoomGesture(ev('mousedown'))).toBe(true);
		expect(zoomGesture(ev('mousedown', { button: 2 }))).toBe(false);
		expect(zoomGesture(ev('dblclick'))).toBe(true);
	});
});
