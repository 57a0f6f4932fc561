/**
 * Draws the overview under the chart: the whole period's events as columns stacked by
 * type, on a tinted band, with ticks along the top so the brush can be read without the
 * main axis.
 */
import { density } from './density.ts';
import type { FrameLayout } from './frame-layout.ts';
import type { Ctx } from './marks/context.ts';
import { stackedHistogram } from './marks/stacked-histogram.ts';
import type { Palette } from './render-frame.ts';
import { ticks, timeScale } from './time-scale.ts';
import type { TimelineData } from './timeline-data.ts';

export const OVERVIEW_HEIGHT = 44;
/** Pixels per column, about. */
const COLUMN_WIDTH = 4;
const TICK_SPACING = 110;

export interface OverviewInput {
	data: TimelineData;
	/** 1 for each event that passes the filters. */
	pass: Uint8Array;
	full: readonly [number, number];
	/** The chart's layout: the overview spans the same plot, left to right. */
	layout: Pick<FrameLayout, 'width' | 'left' | 'right'>;
	palette: Palette;
}

export function renderOverview(ctx: Ctx, o: OverviewInput): void {
	const { left, right, width } = o.layout;
	const H = OVERVIEW_HEIGHT;
	const { palette } = o;
	ctx.clearRect(0, 0, width, H);
	const d = density(o.data, o.pass, o.full, Math.max(20, Math.round((right - left) / COLUMN_WIDTH)));
	ctx.fillStyle = palette.band;
	ctx.fillRect(left, 0, right - left, H);
	stackedHistogram(ctx, d, left, right - left, H - 1, H - 16, palette.types);
	ctx.fillStyle = palette.muted;
	ctx.fillRect(left, H - 1, right - left, 1);
	ctx.font = palette.font;
	ctx.textBaseline = 'top';
	for (const t of ticks(timeScale(o.full, [left, right]), TICK_SPACING)) {
		ctx.fillStyle = palette.muted;
		ctx.fillRect(Math.round(t.x), 0, 1, 12);
		if (t.x + 3 + ctx.measureText(t.label).width < right) ctx.fillText(t.label, t.x + 3, 1);
	}
}
