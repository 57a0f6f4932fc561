/** A day: a dot in the middle of its day. Adds to the current path (the caller fills a whole colour at once). */
import { TAU, type Ctx } from './context.ts';

export function eventDot(ctx: Ctx, x: number, y: number, r: number): void {
	ctx.moveTo(x + r, y);
	ctx.arc(x, y, r, 0, TAU);
}

/** "About" or "uncertain": a broken ring around the mark, stroked dashed by the caller. */
export function approximateRing(ctx: Ctx, x: number, y: number, r: number): void {
	ctx.moveTo(x + r + 2.5, y);
	ctx.arc(x, y, r + 2.5, 0, TAU);
}
