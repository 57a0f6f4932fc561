/** The time axis: gridlines through the lanes and labels on top, stronger at years and months. */
import type { Tick } from '../time-scale.ts';
import type { Ctx } from './context.ts';

export interface AxisStyle {
	ink: string;
	muted: string;
	grid: string;
	font: string;
	boldFont: string;
	/** The size in those fonts, in CSS pixels. */
	fontSize: number;
}

export function timeAxis(ctx: Ctx, ticks: readonly Tick[], top: number, bottom: number, left: number, right: number, style: AxisStyle, context: string): void {
	const fs = style.fontSize;
	const labelY = top + Math.round(fs + 1);
	ctx.lineWidth = 1;
	for (const t of ticks) {
		if (t.x < left - 1 || t.x > right + 1) continue;
		const x = Math.round(t.x) + 0.5;
		ctx.strokeStyle = style.grid;
		ctx.globalAlpha = t.level === 'day' ? 0.6 : 1;
		ctx.beginPath();
		ctx.moveTo(x, top + Math.round(fs + 5));
		ctx.lineTo(x, bottom);
		ctx.stroke();
		ctx.globalAlpha = 1;
		ctx.font = t.level === 'year' ? style.boldFont : style.font;
		// A label that would be cut at the right edge is left out; its gridline stays.
		if (x + 3 + ctx.measureText(t.label).width > right + 8) continue;
		ctx.fillStyle = t.level === 'day' ? style.muted : style.ink;
		ctx.textAlign = 'left';
		ctx.textBaseline = 'alphabetic';
		ctx.fillText(t.label, x + 3, labelY);
	}
	if (context) {
		// The period at the left edge, on its own line under the tick labels.
		ctx.font = style.boldFont;
		ctx.fillStyle = style.ink;
		ctx.textAlign = 'left';
		ctx.fillText(context, left, top + Math.round(2.5 * fs));
	}
}
