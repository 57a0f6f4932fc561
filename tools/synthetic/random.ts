/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same archive on
 * every machine and every Node version, which Math.random cannot promise.
 */
export interface Random {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** Picks with a skew towards the start of the list, as prominence is skewed in real archives. */
	pickSkewed<T>(items: readonly T[]): T;
	/** `k` distinct items, in list order of drawing. */
	sample<T>(items: readonly T[], k: number): T[];
}

export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => {
		if (items.length === 0) throw new Error('pick from an empty list');
		return items[Math.floor(next() * items.length)]!;
	};
	return {
		next,
		int,
		chance: (p) => next() < p,
		pick,
		pickSkewed: (items) => {
			if (items.length === 0) throw new Error('pick from an empty list');
			const r = next();
			return items[Math.floor(r * r * items.length)]!;
		},
		sample: (items, k) => {
			const want = Math.min(k, items.length);
			const chosen = new Set<number>();
			while (chosen.size < want) chosen.add(Math.floor(next() * items.length));
			return [...chosen].map((i) => items[i]!);
		},
	};
}

/** One of `options`, drawn with the given weights. */
export function weighted<T>(rnd: Random, options: readonly (readonly [T, number])[]): T {
	const total = options.reduce((s, [, w]) => s + w, 0);
	let r = rnd.next() * total;
	for (const [value, w] of options) if ((r -= w) < 0) return value;
	return options[options.length - 1]![0];
}
