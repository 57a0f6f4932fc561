/**
 * Events that have no room in their lane at this zoom, as a strip of pixel bins whose
 * darkness grows with the count: what cannot be drawn one by one is still seen.
 */
import type { Ctx } from './context.ts';

export function densityStrip(ctx: Ctx, bins: Uint16Array, left: number, binWidth: number, y: number, h: number, colour: string): number {
	let drawn = 0;
	ctx.fillStyle = colour;
	for (let k = 0; k < bins.length; k++) {
		const n = bins[k]!;
		if (!n) continue;
		// 1 event: faint; 8 or more: full strength.
		ctx.globalAlpha = Math.min(1, 0.3 + 0.7 * Math.log2(n + 1) / 3);
		ctx.fillRect(left + k * binWidth, y, binWidth - 0.5, h);
		drawn += n;
	}
	ctx.globalAlpha = 1;
	return drawn;
}
