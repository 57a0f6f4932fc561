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

export function frameLayout(lanes: readonly Lane[], width: number, compact: boolean): FrameLayout {
	const labelsAbove = width < 640;
	const gutter = labelsAbove ? 0 : Math.min(170, Math.round(width * 0.16));
	const rows = rowsPerLane(lanes.length, compact);
	const rowHeight = labelsAbove ? 11 : 12;
	const axisHeight = 36;
	const labelHeight = labelsAbove ? 14 : 0;
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
		height: Math.max(y + 4, axisHeight + 60),
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

/** The vertical centre of a row. */
export const rowY = (f: FrameLayout, lane: number, row: number) => f.lanes[lane]!.rowsTop + row * f.rowHeight + f.rowHeight / 2;
