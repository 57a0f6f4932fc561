/**
 * The references in a file that failed its schema check. Its other problems are known
 * already; walking the raw data along the schema finds the ids it names, so a broken
 * reference is reported in the same run instead of only after the format is fixed.
 */
import type { z } from 'astro/zod';
import { ID_PATTERN, REFERENCE_KIND } from '../model/fields.ts';
import type { EntityKind } from '../model/kinds.ts';

export interface RawReference {
	path: (string | number)[];
	kind: EntityKind;
	id: string;
}

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; out?: z.ZodType; options?: z.ZodType[] };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

export function referencesIn(schema: z.ZodType, data: unknown, path: (string | number)[] = [], out: RawReference[] = []): RawReference[] {
	const kind = REFERENCE_KIND.get(schema);
	if (kind) {
		if (typeof data === 'string' && ID_PATTERN.test(data)) out.push({ path, kind, id: data });
		return out;
	}
	const def = defOf(schema);
	const inner = def.innerType ?? (def.type === 'pipe' ? def.out : undefined);
	if (inner) return referencesIn(inner, data, path, out);
	if (def.type === 'array' && def.element && Array.isArray(data)) data.forEach((item, i) => referencesIn(def.element!, item, [...path, i], out));
	else if (def.type === 'object' && def.shape && data !== null && typeof data === 'object' && !Array.isArray(data)) {
		for (const [key, value] of Object.entries(data)) if (Object.hasOwn(def.shape, key)) referencesIn(def.shape[key]!, value, [...path, key], out);
	} else if (def.type === 'union') {
		// A value fits one option at most where it matters here (an id string, or an object).
		const seen = out.length;
		for (const option of def.options ?? []) if (out.length === seen) referencesIn(option, data, path, out);
	}
	return out;
}
