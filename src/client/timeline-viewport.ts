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
	const zoom = d3zoom<HTMLCanvasElement, unknown>()
		.scaleExtent([1, (full[1] - full[0]) / MIN_WINDOW_DAYS])
		.filter(zoomGesture)
		.on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
			transform = event.transform;
			changed(Boolean(event.sourceEvent));
		});
	// Double-click zooms with d3's own transition: none when the reader asks for less motion.
	zoom.duration(reduceMotion.matches ? 0 : 250);
	const selection = select(canvas).call(zoom);
	// The browser scrolls the page on vertical swipes; d3 takes only two-finger gestures (zoomGesture).
	canvas.style.touchAction = 'pan-y';

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
