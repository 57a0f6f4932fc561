/**
 * Draws the overview under the chart: the whole period's events as columns stacked by
 * type, on a tinted band, with ticks along the top so the brush can be read without the
 * main axis. Early context is drawn in a stub at the left, after a break (overview-axis.ts).
 */
import { density, type Density } from './density.ts';
import type { FrameLayout } from './frame-layout.ts';
import type { Ctx } from './marks/context.ts';
import { stackedHistogram } from './marks/stacked-histogram.ts';
import { overviewAxis, type OverviewAxis } from './overview-axis.ts';
import type { Palette } from './render-frame.ts';
import { ticks, timeScale } from './time-scale.ts';
import { dateOfDay } from './days.ts';
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
	/** The axis; one linear axis over `full` when left out. */
	axis?: OverviewAxis;
}

export function renderOverview(ctx: Ctx, o: OverviewInput): void {
	const { left, right, width } = o.layout;
	const axis = o.axis ?? overviewAxis(o.full, [left, right]);
	const H = OVERVIEW_HEIGHT;
	const { palette } = o;
	const top = Math.round(palette.fontSize + 5);
	ctx.clearRect(0, 0, width, H);
	const parts = [axis.stub, axis.focus].filter((p) => p !== undefined);
	const counts: Density[] = parts.map((p) => density(o.data, o.pass, [p.from, p.to], Math.max(p === axis.stub ? 4 : 20, Math.round((p.x1 - p.x0) / COLUMN_WIDTH))));
	// One height scale for both parts, so the stub's columns compare with the transition's.
	const max = Math.max(...counts.map((d) => d.max));
	parts.forEach((p, k) => {
		ctx.fillStyle = palette.band;
		ctx.fillRect(p.x0, 0, p.x1 - p.x0, H);
		stackedHistogram(ctx, { ...counts[k]!, max }, p.x0, p.x1 - p.x0, H - 1, H - top, palette.types);
		ctx.fillStyle = palette.muted;
		ctx.fillRect(p.x0, H - 1, p.x1 - p.x0, 1);
	});
	ctx.font = palette.font;
	ctx.textBaseline = 'top';
	const { focus, stub } = axis;
	for (const t of ticks(timeScale([focus.from, focus.to], [focus.x0, focus.x1]), palette.calendar, TICK_SPACING)) {
		ctx.fillStyle = palette.muted;
		ctx.fillRect(Math.round(t.x), 0, 1, 12);
		if (t.x + 3 + ctx.measureText(t.label).width < right) ctx.fillText(t.label, t.x + 3, 1);
	}
	if (stub) contextStub(ctx, stub, palette, o.data.first);
}

/** The stub's label (the year the context starts) and the break after it: two slanted strokes. */
function contextStub(ctx: Ctx, stub: NonNullable<OverviewAxis['stub']>, palette: Palette, first: number) {
	const label = palette.calendar.digits(dateOfDay(Math.max(first, stub.from)).getUTCFullYear());
	ctx.fillStyle = palette.muted;
	ctx.fillRect(stub.x0, 0, 1, 12);
	if (stub.x0 + 3 + ctx.measureText(label).width < stub.x1) ctx.fillText(label, stub.x0 + 3, 1);
	ctx.strokeStyle = palette.muted;
	ctx.lineWidth = 1;
	ctx.beginPath();
	for (const dx of [2, 6]) {
		ctx.moveTo(stub.x1 + dx, OVERVIEW_HEIGHT - 4);
		ctx.lineTo(stub.x1 + dx + 3, OVERVIEW_HEIGHT - 16);
	}
	ctx.stroke();
}
