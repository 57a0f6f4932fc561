/**
 * The chart's vertical geometry: an axis band, then one band per lane (a label, its
 * rows of marks, a density strip for what did not fit). Wide screens put lane labels
 * in a left gutter; narrow ones put them above the lane.
 */
import type { Lane } from './lanes.ts';

export interface FrameLayout {
	width: number;
	height: number;
	/** Where marks may be drawn horizontally. */
	left: number;
	right: number;
	axisHeight: number;
	rows: number;
	rowHeight: number;
	radius: number;
	barHeight: number;
	labelsAbove: boolean;
	lanes: { top: number; rowsTop: number; stripTop: number; bottom: number }[];
}

export const STRIP_HEIGHT = 4;

/** Rows per lane: more lanes, fewer rows each, so the chart stays about one screen tall. */
export function rowsPerLane(lanes: number, compact: boolean): number {
	const budget = compact ? 10 : 26;
	return Math.max(2, Math.min(6, Math.floor(budget / Math.max(1, lanes))));
}

export interface LayoutOptions {
	compact?: boolean | undefined;
	/** The chart's text size in CSS pixels (the page's, read from the stylesheet): rows and bands grow with it. */
	fontSize?: number | undefined;
	/** At most this many rows per lane: a chart of one or two events needs no more. */
	maxRows?: number | undefined;
}

export function frameLayout(lanes: readonly Lane[], width: number, { compact = false, fontSize = 11, maxRows = 6 }: LayoutOptions = {}): FrameLayout {
	const labelsAbove = width < 640;
	const gutter = labelsAbove ? 0 : Math.min(170, Math.round(width * 0.16));
	const rows = Math.min(maxRows, rowsPerLane(lanes.length, compact));
	// A row holds a label of the text's height with a pixel or two to spare.
	const rowHeight = labelsAbove ? Math.max(11, Math.round(fontSize + 1)) : Math.max(12, Math.round(fontSize + 2));
	const axisHeight = axisBand(fontSize);
	const labelHeight = labelsAbove ? Math.round(fontSize + 3) : 0;
	let y = axisHeight;
	const bands = lanes.map(() => {
		const top = y;
		const rowsTop = top + labelHeight + (labelsAbove ? 1 : 4);
		const stripTop = rowsTop + rows * rowHeight + 1;
		const bottom = stripTop + STRIP_HEIGHT + (labelsAbove ? 4 : 6);
		y = bottom;
		return { top, rowsTop, stripTop, bottom };
	});
	return {
		width,
		height: Math.max(y + 4, axisHeight + Math.min(60, 4 + lanes.length * rows * rowHeight + 16)),
		left: gutter + 8,
		right: width - 8,
		axisHeight,
		rows,
		rowHeight,
		radius: labelsAbove ? 3.5 : 4,
		barHeight: labelsAbove ? 7 : 8,
		labelsAbove,
		lanes: bands,
	};
}

/** The axis band's height for a text size: a line of tick labels, a line for the period, and room (36 px at 11 px). */
export const axisBand = (fontSize: number) => Math.round(fontSize * 3.27);

/** The vertical centre of a row. */
export const rowY = (f: FrameLayout, lane: number, row: number) => f.lanes[lane]!.rowsTop + row * f.rowHeight + f.rowHeight / 2;
