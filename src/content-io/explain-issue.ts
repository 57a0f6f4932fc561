/**
 * Turns a zod issue into sentences a contributor can act on: the field, what is wrong
 * with the value found, the nearest valid value and how to fix it. The schema is read
 * for field descriptions and for the names an unknown field may be a misspelling of.
 */
import type { z } from 'astro/zod';
import { didYouMean, nearest } from '../lib/suggest.ts';
import { slugify } from '../lib/slugify.ts';
import { ID_PATTERN } from '../model/fields.ts';
import { formatPath, type Problem } from '../graph/problems.ts';

export type Explained = Pick<Problem, 'path' | 'message' | 'fix' | 'suggestion'>;

type Def = { type: string; checks?: { _zod: { def: { format?: string; pattern?: RegExp } } }[]; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; out?: z.ZodType; options?: z.ZodType[]; items?: z.ZodType[] };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The schema without optional/default/preprocess wrappers. */
function unwrap(s: z.ZodType): z.ZodType {
	for (let def = defOf(s); ; def = defOf(s)) {
		const inner = def.innerType ?? (def.type === 'pipe' ? def.out : undefined);
		if (!inner) return s;
		s = inner;
	}
}

/** The (sub)schema that checks the value at `path`, if the path leads anywhere. */
function schemaAt(schema: z.ZodType | undefined, path: (string | number)[]): z.ZodType | undefined {
	let s = schema;
	for (const key of path) {
		if (!s) return undefined;
		const def = defOf(unwrap(s));
		if (def.type === 'object' && typeof key === 'string') s = def.shape?.[key];
		else if (def.type === 'array') s = def.element;
		else if (def.type === 'tuple' && typeof key === 'number') s = def.items?.[key];
		else if (def.type === 'union') s = def.options?.map((o) => schemaAt(o, [key])).find(Boolean);
		else return undefined;
	}
	return s;
}

/** The field's description, to end a fix with: ` — what sort of actor this is`. */
const descriptionOf = (s: z.ZodType | undefined) => {
	const d = s?.description?.replace(/\.$/, '');
	if (!d) return '';
	return ` — ${/^(?:Wikidata|[A-Z]{2})/.test(d) ? d : d.charAt(0).toLowerCase() + d.slice(1)}`;
};

/** True for a field that holds the id of another entry (actorRef, placeRef, …). */
const isIdField = (s: z.ZodType | undefined) =>
	s !== undefined && (defOf(unwrap(s)).checks ?? []).some((c) => String(c._zod.def.pattern) === String(ID_PATTERN));

const valueAt = (data: unknown, path: PropertyKey[]) =>
	path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);

const show = (value: unknown) => {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
	return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const kindOfValue = (value: unknown) =>
	value === null ? 'empty (nothing after the colon)'
	: Array.isArray(value) ? 'a list'
	: value instanceof Date ? 'a date'
	: typeof value === 'object' ? 'a group of fields'
	: `the ${typeof value === 'string' ? 'text' : typeof value} ${show(value)}`;

const EXPECTED: Record<string, string> = {
	string: 'text',
	number: 'a number',
	int: 'a whole number',
	array: 'a list (each item on its own line starting with "- ", or [a, b])',
	object: 'a group of indented fields',
	boolean: 'true or false',
	tuple: 'a list',
};

export function explainIssue(issue: z.core.$ZodIssue, data: unknown, schema?: z.ZodType): Explained[] {
	const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
	const field = formatPath(path) || 'frontmatter';
	const value = valueAt(data, path);
	const last = path[path.length - 1];
	const parent = formatPath(path.slice(0, -1));
	const here = schemaAt(schema, path);
	const missing = (allowed: string): Explained => ({
		path,
		message: `Missing required field "${field}".`,
		fix: `Add "${last}:"${parent ? ` under "${parent}"` : ''} with ${allowed}${descriptionOf(here)}.`,
	});

	switch (issue.code) {
		case 'invalid_type': {
			const expected = isIdField(here) ? 'an id (a file name without .md)' : (EXPECTED[issue.expected] ?? issue.expected);
			if (value === undefined && typeof last === 'string') return [missing(expected)];
			return [{ path, message: `"${field}" should be ${expected}, but is ${kindOfValue(value)}.`, fix: `Write ${expected} for "${field}"${descriptionOf(schemaAt(schema, path))}.` }];
		}
		case 'invalid_value': {
			const options = issue.values.map(String);
			if (value === undefined) {
				// Some descriptions list the values already.
				const listed = options.every((o) => here?.description?.includes(o));
				return [listed ? { ...missing(''), fix: `Add "${last}:"${parent ? ` under "${parent}"` : ''}${descriptionOf(here).replace(' —', ' with')}.` } : missing(`one of: ${options.join(', ')}`)];
			}
			const best = typeof value === 'string' ? nearest(value, options, 1) : [];
			return [{
				path,
				message: `"${field}" is ${show(value)}, which is not one of the allowed values.`,
				fix: `${didYouMean(best)} Allowed: ${options.join(', ')}.`.trim(),
				...(best[0] ? { suggestion: best[0] } : {}),
			}];
		}
		case 'unrecognized_keys': {
			const target = unwrap(schemaAt(schema, path) ?? ({} as z.ZodType));
			const known = schema ? Object.keys(defOf(target)?.shape ?? {}) : [];
			return issue.keys.map((key) => {
				const best = nearest(key, known, 1);
				return {
					path: [...path, key],
					message: `Unknown field "${key}"${path.length ? ` in "${field}"` : ''}.`,
					fix: `${didYouMean(best)} ${known.length ? `Fields allowed here: ${known.join(', ')}.` : 'Check the spelling against docs/field-reference.md, or remove the field.'}`.trim(),
					...(best[0] ? { suggestion: best[0] } : {}),
				};
			});
		}
		case 'too_small':
			if (issue.origin === 'array') {
				return [{ path, message: `"${field}" needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}, but has ${Array.isArray(value) ? value.length : 0}.`, fix: `${capitalise(issue.message)}: add ${Number(issue.minimum) === 1 ? 'one' : 'them'} under "${field}".` }];
			}
			if (issue.origin === 'string') return [{ path, message: `"${field}" is empty.`, fix: 'Write a value, or remove the line if the field is optional.' }];
			return [{ path, message: `"${field}" is ${show(value)}, below the smallest allowed value ${issue.minimum}.`, fix: `Write a value of at least ${issue.minimum}${descriptionOf(schemaAt(schema, path))}.` }];
		case 'too_big':
			return [{ path, message: `"${field}" is ${show(value)}, above the largest allowed value ${issue.maximum}.`, fix: `Write a value of at most ${issue.maximum}${descriptionOf(schemaAt(schema, path))}.` }];
		case 'invalid_union': {
			// When only one form fits the value's type (a group of fields, say), explain what is wrong inside it.
			const fitting = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
			if (fitting.length === 1) return fitting[0]!.flatMap((sub) => explainIssue({ ...sub, path: [...issue.path, ...sub.path] }, data, schema));
			return [{ path, message: `"${field}" has the wrong form: it is ${kindOfValue(value)}.`, fix: `Write it in one of the forms this field accepts${descriptionOf(schemaAt(schema, path))}; see docs/field-reference.md.` }];
		}
		case 'invalid_format':
			if (issue.format === 'regex' && 'pattern' in issue && issue.pattern === String(ID_PATTERN) && typeof value === 'string') {
				const better = slugify(value);
				return [{
					path,
					message: `"${field}" is ${show(value)}, which is not an id: ${issue.message}.`,
					fix: `${better ? `Did you mean "${better}"? ` : ''}Write the file name of the entry, without ".md".`,
					...(better ? { suggestion: better } : {}),
				}];
			}
			return [{ path, message: `"${field}" is ${show(value)}: ${issue.message}.`, fix: `Correct "${field}"${descriptionOf(schemaAt(schema, path))}.` }];
		case 'custom': {
			const fix = (issue.params as { fix?: string } | undefined)?.fix;
			return [{
				path,
				message: value === undefined ? `"${field}" is missing: ${issue.message}.` : `"${field}" is ${show(value)}: ${issue.message}.`,
				fix: fix ?? `Correct "${field}"${descriptionOf(schemaAt(schema, path))}.`,
			}];
		}
		default:
			return [{ path, message: `"${field}" is ${show(value)}: ${issue.message}.`, fix: `Correct "${field}"${descriptionOf(schemaAt(schema, path))}; see docs/field-reference.md.` }];
	}
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
