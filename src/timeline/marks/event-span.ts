/**
 * A date known only to the month or year: a faint band over every day it could mean,
 * with square ends and a hairline edge, so it never reads as a duration.
 */
import type { Ctx } from './context.ts';

export function eventSpan(ctx: Ctx, x0: number, x1: number, y: number, h: number): void {
	ctx.rect(x0, y - h / 2, Math.max(1, x1 - x0), h);
}
