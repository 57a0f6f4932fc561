/**
 * A lane too crowded for one mark per event at this zoom: its events per pixel bin as
 * columns rising from the lane's floor. Heights share one scale across lanes, so lanes
 * can be compared; zooming in turns the columns back into marks.
 */
import type { Ctx } from './context.ts';

export function laneHistogram(ctx: Ctx, bins: Uint16Array, left: number, binWidth: number, floor: number, height: number, max: number, colour: string): void {
	if (max <= 0) return;
	ctx.fillStyle = colour;
	for (let k = 0; k < bins.length; k++) {
		const n = bins[k]!;
		if (!n) continue;
		const h = Math.max(1.5, (height * n) / max);
		ctx.fillRect(left + k * binWidth, floor - h, binWidth - 0.5, h);
	}
}
