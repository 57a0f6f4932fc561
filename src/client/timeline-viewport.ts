/**
 * The chart's window, kept by d3-zoom on the canvas: the reader's gestures (see
 * zoom-gesture.ts), and windows set by the buttons, keys, brush and URL, shown at once or
 * with a short zoom (zoom-transition.ts).
 */
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import type { FrameLayout } from '../timeline/frame-layout.ts';
import { clampWindow, MIN_WINDOW_DAYS, timeScale, windowOf, type TimeScale } from '../timeline/time-scale.ts';
import { zoomTransformOf, type DayWindow } from '../timeline/view-window.ts';
import { zoomGesture } from '../timeline/zoom-gesture.ts';
import { zoomStep } from '../timeline/zoom-transition.ts';

export interface Viewport {
	/** The scale of the window shown. */
	scale(): TimeScale;
	shown(): [number, number];
	/** Fits the zoom to a new layout, keeping the window shown. */
	fit(layout: FrameLayout): void;
	/** Shows a window, at once or with a short zoom (at once when the reader asks for less motion); `done` runs once it shows. */
	show(w: DayWindow, animate: boolean, done?: () => void): void;
}

/** `changed` runs on every change of the window, told whether the reader made it (a gesture) or the code did. */
export function viewport(canvas: HTMLCanvasElement, full: DayWindow, reduceMotion: MediaQueryList, changed: (byReader: boolean) => void): Viewport {
	let transform: ZoomTransform = zoomIdentity;
	let range: DayWindow = [0, 1];
	let base: TimeScale | undefined;
	let animation = 0;
	let swiping = false;
	const zoom = d3zoom<HTMLCanvasElement, unknown>()
		.scaleExtent([1, (full[1] - full[0]) / MIN_WINDOW_DAYS])
		.filter(zoomGesture)
		.on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
			transform = event.transform;
			changed(Boolean(event.sourceEvent) || swiping);
		});
	// Double-click zooms with d3's own transition: none when the reader asks for less motion.
	zoom.duration(reduceMotion.matches ? 0 : 250);
	const selection = select(canvas).call(zoom);
	// The browser scrolls the page on vertical swipes; d3 takes only two-finger gestures (zoomGesture).
	canvas.style.touchAction = 'pan-y';
	// d3's touchstart and touchend never cancel the event: passive, so they never hold up a scroll.
	// Its touchmove cancels the page's own response to a pinch, and its wheel the browser's zoom on
	// Ctrl+wheel: those two stay active listeners.
	for (const type of ['touchstart.zoom', 'touchend.zoom', 'touchcancel.zoom']) selection.on(type, selection.on(type)!, { passive: true });
	swipeToPan(canvas, (dx) => {
		swiping = true;
		zoom.translateBy(selection, dx / transform.k, 0);
		swiping = false;
	});

	const jump = (w: DayWindow) => {
		const t = zoomTransformOf(w, full, range);
		zoom.transform(selection, zoomIdentity.translate(t.x, 0).scale(t.k));
	};
	const scale = () => transform.rescaleX(base ?? timeScale(full, range));
	const shown = () => windowOf(scale());
	return {
		scale,
		shown,
		fit(layout) {
			const w = base ? shown() : undefined;
			range = [layout.left, layout.right];
			base = timeScale(full, range);
			zoom.extent([[layout.left, 0], [layout.right, layout.height]]).translateExtent([[layout.left, -Infinity], [layout.right, Infinity]]);
			if (w) jump(w);
		},
		show(w, animate, done) {
			cancelAnimationFrame(animation);
			if (!animate || reduceMotion.matches) {
				jump(w);
				done?.();
				return;
			}
			const from = shown();
			const to = clampWindow(w, full);
			const t0 = performance.now();
			const step = (now: number) => {
				const s = zoomStep(from, to, now - t0);
				jump(s.window);
				if (!s.done) animation = requestAnimationFrame(step);
				else done?.();
			};
			animation = requestAnimationFrame(step);
		},
	};
}

/**
 * A one-finger horizontal swipe pans (d3 takes only two fingers, so that a vertical swipe
 * scrolls the page): with `touch-action: pan-y` the browser keeps vertical swipes for
 * itself and cancels the pointer when it does, and hands on the rest.
 */
function swipeToPan(canvas: HTMLCanvasElement, pan: (dx: number) => void) {
	const down = new Map<number, number>();
	let last: number | undefined;
	canvas.addEventListener('pointerdown', (e) => {
		if (e.pointerType !== 'touch') return;
		down.set(e.pointerId, e.clientX);
		last = down.size === 1 ? e.clientX : undefined;
	}, { passive: true });
	canvas.addEventListener('pointermove', (e) => {
		if (last === undefined || !down.has(e.pointerId)) return;
		const dx = e.clientX - last;
		last = e.clientX;
		if (dx) pan(dx);
	}, { passive: true });
	const up = (e: PointerEvent) => {
		down.delete(e.pointerId);
		last = undefined;
	};
	for (const type of ['pointerup', 'pointercancel'] as const) canvas.addEventListener(type, up, { passive: true });
}
