/**
 * Small field factories shared by every schema. Each field carries a description:
 * it is the field's documentation, shown in the generated field reference
 * (docs/field-reference.md) and in editors through the JSON Schemas in docs/schema/.
 */
import { z } from 'astro/zod';
import { normaliseDateInput, parseFuzzyDate } from '../lib/dates.ts';
import { collectionOf, withArticle, type EntityKind } from './kinds.ts';
import { badCharacter } from '../lib/text-safety.ts';

/** Ids are file names: lowercase Latin letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const id = (what: string) =>
	z
		.string()
		.regex(ID_PATTERN, {
			error: 'an id is lowercase letters, digits and single hyphens, e.g. "ahmad-al-sharaa"',
		})
		.describe(`Id of ${what}: its file name without ".md".`);

/**
 * The kind of entry each reference field names, so that the references of a file that
 * fails its schema can still be checked in the same run (content-io/raw-references.ts).
 */
export const REFERENCE_KIND = new WeakMap<z.ZodType, EntityKind>();
const reference = (kind: EntityKind) => (doc: string) => {
	const field = id(`${withArticle(kind)} in content/${collectionOf(kind)}/`).describe(doc);
	REFERENCE_KIND.set(field, kind);
	return field;
};
export const actorRef = reference('actor');
export const placeRef = reference('place');
export const articleRef = reference('article');
export const eventRef = reference('event');

const DATE_FIX =
	'Write a date that exists, as precise as the source supports: YYYY, YYYY-MM or YYYY-MM-DD, with ~ after it for "about" and ? for "uncertain"; a range is START/END and ends on or after its start.';

/** An EDTF date (see src/lib/dates.ts); kept as its normalised text, parsed by the graph. */
export const fuzzyDate = (doc: string) =>
	z
		.preprocess(
			normaliseDateInput,
			z.string().superRefine((value, ctx) => {
				const parsed = parseFuzzyDate(value);
				if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.reason, params: { fix: DATE_FIX } });
			}),
		)
		.describe(`${doc} Written as YYYY, YYYY-MM or YYYY-MM-DD; add ~ for "about", ? for "uncertain"; a range is START/END.`);

const SAFE_URL = /^(https?:)\/\//i;
export const url = (doc: string) =>
	z
		.string()
		.refine((value) => SAFE_URL.test(value.trim()), {
			error: 'only http:// and https:// addresses are allowed (javascript:, data: and other schemes are refused)',
		})
		.refine((value) => !SAFE_URL.test(value.trim()) || hasHost(value.trim()), {
			error: 'is not a complete web address: it names no site (host)',
			params: { fix: 'Copy the whole address from the browser\'s address bar, e.g. "https://www.example.org/news/article.html".' },
		})
		.describe(doc);

/** A host with a dot in it (example.org), or a bracketed IPv6 address; "https://" and "https://news" are not addresses a reader can open. */
function hasHost(value: string): boolean {
	try {
		const { hostname } = new URL(value);
		return /^[^.\s]+(?:\.[^.\s]+)+$/.test(hostname) || hostname.startsWith('[');
	} catch {
		return false;
	}
}

export const wikidata = z
	.string()
	.regex(/^Q[1-9]\d*$/, { error: 'a Wikidata id looks like Q123' })
	.describe('Wikidata item id, e.g. Q5.');

/** Plain one-line text: no line breaks, no invisible bidi overrides that could disguise a name, no control characters. */
export const line = (doc: string) =>
	z
		.string()
		.trim()
		.min(1, { error: 'must not be empty' })
		.refine((value) => !/[\r\n\u2028\u2029]/.test(value), {
			error: 'holds a line break, but this field is one line of text',
			params: { fix: 'Write the value on one line; in YAML, a value wrapped in quotes with \\n inside, or a block (| or >) below the key, makes a line break: remove it.' },
		})
		.refine((value) => !/[\u202A-\u202E\u2066-\u2069]/.test(value), {
			error: 'contains invisible bidirectional control characters (U+202A–202E, U+2066–2069); retype the text without them',
		})
		.superRefine((value, ctx) => {
			const bad = badCharacter(value);
			if (bad) ctx.addIssue({ code: 'custom', message: `contains ${bad.reason} at character ${bad.index + 1}`, params: { fix: 'Retype the text, or delete the character: it is invisible or not text, and feeds and terminals would be misled by it.' } });
		})
		.describe(doc);

const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
export const language = (doc: string) =>
	z.string().regex(LANGUAGE, { error: 'use a BCP 47 language tag such as "en", "ar" or "fr"' }).describe(doc);
