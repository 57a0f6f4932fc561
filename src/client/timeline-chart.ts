/**
 * The main chart's canvas: sized to the layout, and drawn (frame-geometry.ts,
 * render-frame.ts) at most once per animation frame, with the window and its count in
 * words (said to screen readers once a zoom or pan settles); the marks are labelled once
 * the list below has given their titles, the lanes named by timeline-lane-names.ts.
 */
import { inViewText, zoomAnnouncement, type TimelineWording } from '../timeline/chart-text.ts';
import { packFrame, type FrameMarks } from '../timeline/frame-geometry.ts';
import type { FrameLayout } from '../timeline/frame-layout.ts';
import { Packing, type Lane } from '../timeline/lanes.ts';
import { MarkLabels, type TitleFitter } from '../timeline/mark-labels.ts';
import { renderFrame, type Palette } from '../timeline/render-frame.ts';
import { contextLabel, ticks, windowOf } from '../timeline/time-scale.ts';
import type { TimelineData } from '../timeline/timeline-data.ts';
import { afterPaint, sizeCanvas } from './timeline-canvas.ts';
import { laneNames } from './timeline-lane-names.ts';
import type { Viewport } from './timeline-viewport.ts';

declare global {
	interface Window {
		/** Set by the benchmark harness to collect the duration of each drawn frame. */
		__timelineFrameTimes?: number[];
	}
}

/** Titles a frame may measure (a few microseconds each), the rest waiting for the next. */
const MEASURES_PER_FRAME = 150;
/** How long the window must rest before a screen reader is told what it shows. */
const SETTLED_MS = 700;

/** What a frame shows besides the marks: read when it is drawn. */
export interface FrameState {
	palette: Palette;
	hover: number;
	focus: number;
	/** The titles, measured in the labels' font; undefined until the list has loaded. */
	titles: TitleFitter | undefined;
}

export interface Frame {
	lanes: readonly Lane[];
	layout: FrameLayout;
	marks: FrameMarks;
}

export interface Chart {
	/** The lanes and layout in use and the marks of the last frame; undefined before the first frame. */
	frame(): Frame | undefined;
	/** Uses new lanes and layout: resizes the canvas and the zoom when the size changed, and redraws. */
	layOut(lanes: readonly Lane[], layout: FrameLayout): void;
	requestDraw(): void;
	draw(): void;
}

/** `drawn` runs after each frame. */
export function chart(root: HTMLElement, say: TimelineWording, data: TimelineData, vp: Viewport, state: () => FrameState, drawn: () => void): Chart {
	const canvas = root.querySelector<HTMLCanvasElement>('[data-tl-canvas]')!;
	const inViewEl = root.querySelector<HTMLElement>('[data-tl-inview]')!;
	const zoomedEl = root.querySelector<HTMLElement>('[data-tl-zoomed]')!;
	const names = laneNames(root, say);
	let said = ''; // the window last told, as "first..last" days
	let settling = 0;
	const ctx = canvas.getContext('2d')!;
	const reuse = { packing: new Packing(), labels: new MarkLabels() };
	const packing = reuse.packing;
	let lanes: readonly Lane[] = [];
	let layout: FrameLayout | undefined;
	let marks: FrameMarks | undefined;
	let pending = 0;
	let firstDrawn = false;

	function draw() {
		pending = 0;
		if (!layout) return;
		const t0 = performance.now();
		const s = state();
		const scale = vp.scale();
		const w = windowOf(scale);
		s.titles?.startFrame(MEASURES_PER_FRAME);
		marks = packFrame(data, lanes, layout, w, reuse, s.titles);
		renderFrame(ctx, { data, lanes, layout, marks, ticks: ticks(scale, s.palette.calendar, layout.width < 500 ? 70 : 90), context: contextLabel(scale, s.palette.calendar), palette: s.palette, hover: s.hover, focus: s.focus });
		// The first frame's, once it is on screen: the words need Intl, slow on its first use.
		if (firstDrawn) showInView(w);
		else afterPaint(() => showInView(windowOf(vp.scale())));
		tellWhenSettled(w, packing.distinct);
		drawn();
		window.__timelineFrameTimes?.push(performance.now() - t0);
		// Titles not measured yet are labelled in the next frame.
		if (s.titles?.pending) requestDraw();
		if (!firstDrawn) performance.mark('timeline:first-render');
		firstDrawn = true;
	}
	function showInView(w: [number, number]) {
		const text = inViewText(say, packing.distinct, w);
		if (inViewEl.textContent !== text) inViewEl.textContent = text;
	}
	/** Zooms and pans are said once the window rests, not frame by frame; the opening window is not. */
	function tellWhenSettled(w: [number, number], inView: number) {
		const key = `${Math.round(w[0])}..${Math.round(w[1])}`;
		if (!said) said = key;
		if (key === said) return;
		clearTimeout(settling);
		settling = window.setTimeout(() => {
			said = key;
			zoomedEl.textContent = zoomAnnouncement(say, inView, w);
		}, SETTLED_MS);
	}
	const requestDraw = () => {
		if (!pending) pending = requestAnimationFrame(draw);
	};
	return {
		frame: () => (layout && marks ? { lanes, layout, marks } : undefined),
		layOut(nextLanes, next) {
			const before = layout;
			lanes = nextLanes;
			layout = next;
			if (next.width !== before?.width || next.height !== before.height) {
				sizeCanvas(canvas, ctx, next.width, next.height);
				vp.fit(next);
			}
			names.show(nextLanes, next, state().palette.fontSize);
			requestDraw();
		},
		requestDraw,
		draw,
	};
}
