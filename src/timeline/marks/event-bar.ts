/** A range of known days: a bar with rounded ends from its first day to the end of its last. */
import type { Ctx } from './context.ts';

export function eventBar(ctx: Ctx, x0: number, x1: number, y: number, h: number): void {
	const r = Math.min(h / 2, (x1 - x0) / 2);
	const top = y - h / 2;
	ctx.moveTo(x0 + r, top);
	ctx.lineTo(x1 - r, top);
	ctx.arc(x1 - r, y, r, -Math.PI / 2, Math.PI / 2);
	ctx.lineTo(x0 + r, top + h);
	ctx.arc(x0 + r, y, r, Math.PI / 2, (3 * Math.PI) / 2);
	ctx.closePath();
}
