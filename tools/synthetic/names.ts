/**
 * Names and ids of the synthetic archive: every name unique after normalisation (so the
 * duplicate check has nothing to report), every id unique, and the transliteration
 * variants that make aliases.
 */
import { normaliseName } from '../../src/lib/normalise-name.ts';
import type { Random } from './random.ts';
import * as V from './vocabulary.ts';

export interface Names {
	/** Claims names (any script) for one entry; false, claiming none, when one is taken. */
	claim(...names: (string | undefined)[]): boolean;
	/** A free id from `base`: shortened to 72 characters, numbered when taken. */
	uniqueId(base: string): string;
}

export function createNames(): Names {
	const takenNames = new Set<string>();
	const takenIds = new Set<string>();
	return {
		claim: (...names) => {
			const keys = names.filter((s): s is string => !!s).map(normaliseName);
			if (keys.some((k) => takenNames.has(k))) return false;
			for (const k of keys) takenNames.add(k);
			return true;
		},
		uniqueId: (base) => {
			const root = base.slice(0, 72).replace(/-+$/, '') || 'entry';
			let id = root;
			for (let i = 2; takenIds.has(id); i++) id = `${root}-${i}`;
			takenIds.add(id);
			return id;
		},
	};
}

/** Applies a few transliteration variants; undefined when none applies. */
export function latinVariant(rnd: Random, name: string): string | undefined {
	const applicable = V.LATIN_VARIANTS.filter(([re]) => {
		re.lastIndex = 0;
		return re.test(name);
	});
	if (applicable.length === 0) return undefined;
	let out = name;
	for (const [re, to] of rnd.sample(applicable, rnd.int(1, 2))) out = out.replace(re, to);
	return out === name ? undefined : out;
}
