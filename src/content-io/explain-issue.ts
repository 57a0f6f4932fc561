/**
 * Turns a zod issue into a sentence a contributor can act on: the field, what is wrong
 * with the value found, the nearest valid value and how to fix it.
 */
import type { z } from 'astro/zod';
import { didYouMean, nearest } from '../lib/suggest.ts';
import { formatPath, type Problem } from '../graph/problems.ts';

type Explained = Pick<Problem, 'path' | 'message' | 'fix' | 'suggestion'>;

const valueAt = (data: unknown, path: PropertyKey[]) =>
	path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);

const show = (value: unknown) => {
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	const text = typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
	return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

const kindOfValue = (value: unknown) =>
	value === null ? 'nothing (null)' : Array.isArray(value) ? 'a list' : value instanceof Date ? 'a date' : typeof value === 'object' ? 'a group of fields' : `${typeof value} ${show(value)}`;

const EXPECTED: Record<string, string> = {
	string: 'text',
	number: 'a number',
	array: 'a list (lines starting with "- ")',
	object: 'a group of indented fields',
	boolean: 'true or false',
	tuple: 'a list',
};

export function explainIssue(issue: z.core.$ZodIssue, data: unknown): Explained {
	const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
	const field = formatPath(path) || 'frontmatter';
	const value = valueAt(data, path);
	switch (issue.code) {
		case 'invalid_type': {
			const expected = EXPECTED[issue.expected] ?? issue.expected;
			if (value === undefined) {
				return { path, message: `Missing required field "${field}".`, fix: `Add "${path[path.length - 1]}:" with ${expected}; see docs/field-reference.md.` };
			}
			return { path, message: `"${field}" should be ${expected}, but is ${kindOfValue(value)}.`, fix: `Write ${expected} for "${field}".` };
		}
		case 'invalid_value': {
			const options = issue.values.map(String);
			const best = typeof value === 'string' ? nearest(value, options, 1) : [];
			return {
				path,
				message: `"${field}" is ${show(value)}, which is not one of the allowed values.`,
				fix: `${didYouMean(best)} Allowed: ${options.join(', ')}.`.trim(),
				...(best[0] ? { suggestion: best[0] } : {}),
			};
		}
		case 'unrecognized_keys': {
			const known = issue.keys;
			return {
				path,
				message: `Unknown field${known.length > 1 ? 's' : ''} ${known.map((k) => `"${k}"`).join(', ')}${path.length ? ` in "${field}"` : ''}.`,
				fix: 'Check the spelling against docs/field-reference.md, or remove the field.',
			};
		}
		case 'too_small':
			if (issue.origin === 'array') {
				return { path, message: `"${field}" needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}.`, fix: issue.message };
			}
			if (issue.origin === 'string') return { path, message: `"${field}" is empty.`, fix: 'Write a value, or remove the field if it is optional.' };
			return { path, message: `"${field}" is ${show(value)}, below the smallest allowed value ${issue.minimum}.`, fix: issue.message };
		case 'too_big':
			return { path, message: `"${field}" is ${show(value)}, above the largest allowed value ${issue.maximum}.`, fix: issue.message };
		case 'invalid_union':
			return { path, message: `"${field}" has the wrong shape: ${kindOfValue(value)}.`, fix: 'See docs/field-reference.md for the forms this field accepts.' };
		default:
			return { path, message: `"${field}" is ${show(value)}: ${issue.message}.`, fix: `Correct "${field}"; see docs/field-reference.md.` };
	}
}
