/**
 * Where the hover and focus card goes: below and to the right of the point it describes,
 * flipped to the left or above where it would leave the chart.
 */
import type { Point } from './frame-geometry.ts';

/** Pixels between the point and the card's corner. */
const OFFSET = 14;
/** Pixels the card keeps from the chart's sides. */
const MARGIN = 4;

export interface Size {
	width: number;
	height: number;
}

/** The card's top-left corner in the chart, in whole pixels. */
export function cardPosition(at: Point, card: Size, chart: Size): Point {
	const { x, y } = at;
	const toRight = Math.min(Math.max(MARGIN, x + OFFSET), chart.width - card.width - MARGIN);
	const left = x + OFFSET + card.width > chart.width ? Math.max(MARGIN, x - card.width - OFFSET) : toRight;
	const top = y + OFFSET + card.height > chart.height ? Math.max(0, y - card.height - 12) : y + OFFSET;
	return { x: Math.round(left), y: Math.round(top) };
}
