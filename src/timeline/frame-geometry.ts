/**
 * Where one frame's marks are: the lanes packed for the window shown, each packed mark's
 * row centre, and the labels beside them. Drawing, hit testing and the card all read this one result.
 */
import { rowY, type FrameLayout } from './frame-layout.ts';
import { packLanes, Packing, type Lane } from './lanes.ts';
import { markExtent, markX } from './mark-geometry.ts';
import { layoutLabels, MarkLabels, type TitleFitter } from './mark-labels.ts';
import { linearOf, type Linear } from './time-scale.ts';
import type { TimelineData } from './timeline-data.ts';

/** Width of a density bin, in pixels. */
export const BIN_WIDTH = 3;
/** Pixels kept free between two marks in one row. */
const MARK_GAP = 2;

export interface FrameMarks {
	/** The window shown, x = a · day + b. */
	scale: Linear;
	packing: Packing;
	/** The vertical centre of each packed mark. */
	ys: Float32Array;
	/** The marks' labels (none until the titles are known). */
	labels?: MarkLabels;
}

export interface Point {
	x: number;
	y: number;
}

export interface FrameReuse {
	packing?: Packing;
	labels?: MarkLabels;
}

/**
 * Packs the lanes for a window and places each mark's row, then, once `titles` are known,
 * the labels (reusing the arrays in `reuse` from frame to frame).
 */
export function packFrame(data: TimelineData, lanes: readonly Lane[], layout: FrameLayout, window: readonly [number, number], reuse: FrameReuse = {}, titles?: TitleFitter): FrameMarks {
	const scale = linearOf(window, [layout.left, layout.right]);
	const packing = reuse.packing ?? new Packing();
	const labelWidth = titles ? (i: number) => titles.known(i) : undefined;
	packLanes(data, lanes, { ...scale, left: layout.left, right: layout.right, rows: layout.rows, radius: layout.radius, gap: MARK_GAP, binWidth: BIN_WIDTH, labelWidth }, packing);
	const ys = new Float32Array(packing.count);
	for (let k = 0; k < packing.count; k++) ys[k] = rowY(layout, packing.lane[k]!, packing.row[k]!);
	const marks: FrameMarks = { scale, packing, ys };
	if (titles) marks.labels = layoutLabels(data, marks, { left: layout.left, right: layout.right, radius: layout.radius, titles }, reuse.labels ?? new MarkLabels());
	return marks;
}

/** The first packed mark of event i, or -1 when it has none in this frame. */
export function findMark(p: Packing, i: number): number {
	for (let k = 0; k < p.count; k++) if (p.event[k] === i) return k;
	return -1;
}

/**
 * Where event i is shown when it has no mark of its own (it is counted in a density
 * strip): on its lane's strip. Undefined when no lane holds it.
 */
export function stripAnchor(data: TimelineData, lanes: readonly Lane[], layout: FrameLayout, marks: FrameMarks, i: number): Point | undefined {
	const l = lanes.findIndex((lane) => lane.events.includes(i));
	if (l < 0) return undefined;
	const [x0, x1] = markExtent(data, i, { ...marks.scale, radius: layout.radius });
	return { x: markX(data, i, x0, x1, layout.left), y: layout.lanes[l]!.stripTop + 2 };
}

/** Where the card points at event i: its first mark, else its place on a density strip. */
export function eventAnchor(data: TimelineData, lanes: readonly Lane[], layout: FrameLayout, marks: FrameMarks, i: number): Point | undefined {
	const p = marks.packing;
	const k = findMark(p, i);
	if (k < 0) return stripAnchor(data, lanes, layout, marks, i);
	return { x: markX(data, i, p.x0[k]!, p.x1[k]!, layout.left), y: marks.ys[k]! };
}

/** The share of the events in a window that get a mark of their own (1 for an empty window): how legibly it shows. */
export function drawnShare(data: TimelineData, lanes: readonly Lane[], layout: FrameLayout, window: readonly [number, number], packing = new Packing()): number {
	const p = packFrame(data, lanes, layout, window, { packing }).packing;
	const inView = p.inView.reduce((sum, n) => sum + n, 0);
	return inView ? p.count / inView : 1;
}
