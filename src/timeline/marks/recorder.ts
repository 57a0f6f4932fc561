/** A canvas context that records what is drawn, for the marks' tests (not shipped). */
import type { Ctx } from './context.ts';

export function recorder() {
	const calls: unknown[][] = [];
	const sets: [string, unknown][] = [];
	const state: Record<string, unknown> = {};
	const ctx = new Proxy({} as Ctx, {
		get: (_, key: string) =>
			key in state ? state[key] : key === 'measureText' ? (t: string) => ({ width: t.length * 6 }) : (...args: unknown[]) => void calls.push([key, ...args]),
		set: (_, key: string, value) => {
			state[key] = value;
			sets.push([key, value]);
			return true;
		},
	});
	return { ctx, calls, sets };
}
