/** The overview: events per bin as columns stacked by type. */
import type { Density } from '../density.ts';
import type { Ctx } from './context.ts';

export function stackedHistogram(ctx: Ctx, d: Density, x0: number, width: number, bottom: number, height: number, colours: readonly string[]): void {
	const w = width / d.bins;
	const k = d.max > 0 ? height / d.max : 0;
	for (let b = 0; b < d.bins; b++) {
		let y = bottom;
		for (let t = 0; t < d.types; t++) {
			const n = d.counts[b * d.types + t]!;
			if (!n) continue;
			const h = n * k;
			ctx.fillStyle = colours[t]!;
			ctx.fillRect(x0 + b * w, y - h, Math.max(0.5, w - 0.5), h);
			y -= h;
		}
	}
}
