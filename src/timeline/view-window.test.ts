import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { linearOf, xOfDay } from './time-scale.ts';
import { isWholePeriod, panWindow, resolveWindow, revealWindow, savedWindow, zoomTransformOf, zoomWindow } from './view-window.ts';

const full = [dayOf('2024-12-01'), dayOf('2026-01-01')] as const;
const opening = [dayOf('2025-01-01'), dayOf('2026-01-01')] as const;
const w = [100, 140] as const;

describe('moving the window', () => {
	it('zooms about the middle, or about a day that keeps its place on the screen', () => {
		expect(zoomWindow(w, 2)).toEqual([110, 130]);
		expect(zoomWindow(w, 0.5)).toEqual([80, 160]);
		// Day 110 is a quarter of the way in, before and after.
		expect(zoomWindow(w, 2, 110)).toEqual([105, 125]);
	});

	it('pans by a fraction of the window', () => {
		expect(panWindow(w, 0.25)).toEqual([110, 150]);
		expect(panWindow(w, -0.25)).toEqual([90, 130]);
	});

	it('leaves the window alone for an event it shows, even in part', () => {
		expect(revealWindow(w, 120, 121)).toBeNull();
		expect(revealWindow(w, 90, 101)).toBeNull();
		expect(revealWindow(w, 139, 200)).toBeNull();
	});

	it('centres an event it does not show in a window of the same width', () => {
		expect(revealWindow(w, 200, 201)).toEqual([180.5, 220.5]);
		expect(revealWindow(w, 140, 141)).toEqual([120.5, 160.5]);
		// A long event: its first half-window is centred, so its start shows.
		const long = revealWindow(w, 300, 400)!;
		expect(long[1] - long[0]).toBe(40);
		expect(long[0]).toBeLessThan(300);
	});
});

describe('the zoom transform of a window', () => {
	const range = [170, 1270] as const;
	const base = linearOf(full, range);
	const shownBy = (t: { k: number; x: number }) => [t.k * xOfDay(base, opening[0]) + t.x, t.k * xOfDay(base, opening[1]) + t.x];

	it('maps the window onto the plot', () => {
		const [left, right] = shownBy(zoomTransformOf(opening, full, range));
		expect(left).toBeCloseTo(range[0]);
		expect(right).toBeCloseTo(range[1]);
	});

	it('is no zoom for the whole period, and keeps a window inside it', () => {
		const t = zoomTransformOf(full, full, range);
		expect(t.k).toBeCloseTo(1);
		expect(t.x).toBeCloseTo(0);
		expect(zoomTransformOf([full[0] - 50, full[0] + 50], full, range)).toEqual(zoomTransformOf([full[0], full[0] + 100], full, range));
	});
});

describe('the window in the URL', () => {
	it('records nothing for the opening window and "all" for the whole period', () => {
		expect(savedWindow([opening[0] + 0.4, opening[1] - 0.4], full, opening)).toBeNull();
		expect(savedWindow(full, full, opening)).toBe('all');
	});

	it('records a zoomed window in whole days, at least one', () => {
		expect(savedWindow([100.4, 140.6], full, opening)).toEqual([100, 141]);
		expect(savedWindow([100.4, 100.6], full, opening)).toEqual([100, 101]);
	});

	it('reads back what it records', () => {
		expect(resolveWindow(null, full, opening)).toEqual([...opening]);
		expect(resolveWindow('all', full, opening)).toEqual([...full]);
		expect(resolveWindow([100, 141], full, opening)).toEqual([100, 141]);
	});

	it('tells the whole period from a window a little inside it', () => {
		expect(isWholePeriod(full, full)).toBe(true);
		expect(isWholePeriod([full[0] + 1, full[1] - 1], full)).toBe(false);
	});
});
