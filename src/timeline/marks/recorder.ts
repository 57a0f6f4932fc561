/** A canvas context that records what is drawn, for the marks' tests (not shipped). */
import type { Ctx } from './context.ts';

export function recorder() {
	const calls: unknown[][] = [];
	const sets: [string, unknown][] = [];
	/** Each call with the styles set when it was made (fillStyle, strokeStyle, lineWidth…). */
	const styled: { call: unknown[]; style: Record<string, unknown> }[] = [];
	const state: Record<string, unknown> = {};
	const ctx = new Proxy({} as Ctx, {
		get: (_, key: string) =>
			key in state
				? state[key]
				: key === 'measureText'
					? (t: string) => ({ width: t.length * 6 })
					: (...args: unknown[]) => {
							calls.push([key, ...args]);
							styled.push({ call: [key, ...args], style: { ...state } });
						},
		set: (_, key: string, value) => {
			state[key] = value;
			sets.push([key, value]);
			return true;
		},
	});
	return { ctx, calls, sets, styled };
}
