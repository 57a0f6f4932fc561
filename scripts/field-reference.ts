/**
 * npm run reference [-- --check]
 * Writes docs/field-reference.md and docs/schema/<collection>.json from the zod schemas,
 * so the documentation can never say something the validator does not enforce.
 * `--check` writes nothing and exits 1 when the committed files are out of date.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { COLLECTIONS, KINDS, kindOf, type CollectionName } from '../src/model/kinds.ts';
import { SCHEMAS } from '../src/model/schemas.ts';
import { EVENT_TYPES } from '../src/model/event.ts';
import { runCli } from './lib/run-cli.ts';

type Json = {
	type?: string | string[];
	description?: string;
	enum?: unknown[];
	default?: unknown;
	pattern?: string;
	format?: string;
	minimum?: number;
	maximum?: number;
	minItems?: number;
	properties?: Record<string, Json>;
	required?: string[];
	items?: Json;
	prefixItems?: Json[];
	anyOf?: Json[];
	[key: string]: unknown;
};


/**
 * Kinds of text field the JSON Schema cannot tell apart (dates are preprocessed, URLs
 * refined), found by asking the field itself what it accepts.
 */
function probe(schema: z.ZodType): 'date' | 'url' | undefined {
	const ok = (v: unknown) => schema.safeParse(v).success;
	if (ok('2025-03-07') && ok('2025-03~') && !ok('soon')) return 'date';
	if (ok('https://example.org/') && !ok('example')) return 'url';
	return undefined;
}

/** The JSON Schema of one collection, for editors: what a file may contain (defaults optional). */
export function jsonSchemaOf(collection: CollectionName): Json {
	const json = z.toJSONSchema(SCHEMAS[collection], {
		io: 'input',
		unrepresentable: 'any',
		override: ({ zodSchema, jsonSchema }) => {
			const kind = probe(zodSchema as unknown as z.ZodType);
			const js = jsonSchema as Json;
			if (kind === 'date') {
				// YAML reads an unquoted 2025 as a number; the schema accepts it.
				js.type = ['string', 'integer'];
				js.format = 'edtf';
			} else if (kind === 'url') {
				js.format = 'uri';
				js.pattern = '^[Hh][Tt][Tt][Pp][Ss]?://';
			}
			// Zod's safe-integer bound is noise to a reader.
			if (js.maximum === Number.MAX_SAFE_INTEGER) delete js.maximum;
		},
	}) as Json;
	return {
		$schema: json['$schema'],
		title: `Frontmatter of a file in content/${collection}/`,
		description: KINDS[kindOf(collection)].about,
		...Object.fromEntries(Object.entries(json).filter(([k]) => k !== '$schema')),
	} as Json;
}

export interface Row {
	field: string;
	type: string;
	required: boolean;
	description: string;
	allowed: string;
}

const ID_PATTERN_SOURCE = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

function typeOf(s: Json): string {
	if (s.anyOf) return s.anyOf.map(typeOf).join(' or ');
	if (s.format === 'edtf') return 'date';
	if (s.format === 'uri') return 'URL';
	const t = Array.isArray(s.type) ? s.type[0] : s.type;
	if (t === 'string') return s.pattern === ID_PATTERN_SOURCE ? 'id' : s.enum ? 'one of the allowed values' : s.pattern ? 'code' : 'text';
	if (t === 'integer') return 'whole number';
	if (t === 'number') return 'number';
	if (t === 'boolean') return 'true or false';
	if (t === 'object') return 'group of fields';
	if (t === 'array' && s.prefixItems) return `[${s.prefixItems.map(typeOf).join(', ')}]`;
	if (t === 'array') return `list of ${s.items ? plural(typeOf(s.items)) : 'values'}`;
	return 'any';
}

const plural = (t: string) =>
	t === 'group of fields' ? 'groups of fields' : t === 'one of the allowed values' ? 'allowed values' : t === 'text' ? 'texts' : t.endsWith('s') ? t : `${t}s`;

function allowedOf(s: Json): string {
	const parts: string[] = [];
	const values = s.enum ?? (s.items?.enum as unknown[] | undefined);
	if (values) parts.push(values.map((v) => `\`${String(v)}\``).join(', '));
	if (s.pattern === ID_PATTERN_SOURCE || s.items?.pattern === ID_PATTERN_SOURCE) parts.push('lowercase letters, digits, single hyphens');
	else if (s.pattern && s.format !== 'uri') parts.push(`matches \`${s.pattern}\``);
	if (s.format === 'uri') parts.push('http:// or https:// only');
	if (s.format === 'edtf') parts.push('`2025`, `2025-03`, `2025-03-07`, `2025-03-07~`, `2025-03-07?`, `START/END`');
	if (s.minimum !== undefined) parts.push(`at least ${s.minimum}`);
	if (s.maximum !== undefined) parts.push(`at most ${s.maximum}`);
	if (s.minItems && !s.prefixItems) parts.push(`at least ${s.minItems} item${s.minItems === 1 ? '' : 's'}`);
	if (s.default !== undefined && !(Array.isArray(s.default) && s.default.length === 0)) parts.push(`default \`${JSON.stringify(s.default)}\``);
	return parts.join('; ');
}

function rows(s: Json, prefix: string, out: Row[]): Row[] {
	const required = new Set(s.required ?? []);
	for (const [name, field] of Object.entries(s.properties ?? {})) {
		const key = prefix + name;
		const description = (field.description ?? field.items?.description ?? '').replace(DATE_HELP, '');
		out.push({ field: key, type: typeOf(field), required: required.has(name), description, allowed: allowedOf(field) });
		if (field.properties) rows(field, `${key}.`, out);
		if (field.items?.properties) rows(field.items, `${key}[].`, out);
		if (field.prefixItems) {
			field.prefixItems.forEach((item, i) => out.push({ field: `${key}[${i}]`, type: typeOf(item), required: true, description: item.description ?? '', allowed: allowedOf(item) }));
		}
		for (const option of field.anyOf ?? []) if (option.properties) rows(option, `${key}.`, out);
	}
	return out;
}

/** The date format is said once, in the Allowed values column. */
const DATE_HELP = / Written as YYYY, YYYY-MM or YYYY-MM-DD;[^]*$/;

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** One row per field, nested fields included, in schema order. */
export function fieldRows(collection: CollectionName): Row[] {
	return rows(jsonSchemaOf(collection), '', []);
}

export function renderReference(): string {
	const out: string[] = [
		'# Field reference',
		'',
		'<!-- Generated by `npm run reference` from src/model/*.ts. Do not edit by hand: change the schemas and run it again. -->',
		'',
		'Every field each kind of file may have in its frontmatter. **Required** fields must be present; the others may be left out (a list left out is empty). Ids are file names without `.md`. Dates are [EDTF](https://www.loc.gov/standards/datetime/): `2025`, `2025-03`, `2025-03-07`, with `~` for "about", `?` for "uncertain", and `START/END` for a range.',
		'',
		'Editors can show these descriptions as you type: the JSON Schemas are in [docs/schema/](schema/).',
		'',
		COLLECTIONS.map((c) => `- [${kindOf(c)}](#${c}) (\`content/${c}/\`)`).join('\n'),
		'',
	];
	for (const collection of COLLECTIONS) {
		out.push(`## ${collection}`, '', `\`content/${collection}/<id>.md\` — ${KINDS[kindOf(collection)].about}`, '', `Start one with \`npm run new -- ${kindOf(collection)} "…"\`.`, '');
		out.push('| Field | Type | Required | Description | Allowed values |', '| --- | --- | --- | --- | --- |');
		for (const r of fieldRows(collection)) {
			out.push(`| \`${r.field}\` | ${cell(r.type)} | ${r.required ? '**required**' : 'optional'} | ${cell(r.description)} | ${cell(r.allowed)} |`);
		}
		out.push('');
		if (collection === 'events') {
			out.push('### Event types', '', '| `type` | Meaning |', '| --- | --- |');
			for (const [type, { label, meaning }] of Object.entries(EVENT_TYPES)) out.push(`| \`${type}\` | ${cell(`${label}: ${meaning}`)} |`);
			out.push('');
		}
	}
	return out.join('\n');
}

/** Every generated file, path relative to the project → content. */
export function generatedFiles(): Map<string, string> {
	const files = new Map<string, string>([['docs/field-reference.md', renderReference()]]);
	for (const c of COLLECTIONS) files.set(`docs/schema/${c}.json`, `${JSON.stringify(jsonSchemaOf(c), null, '\t')}\n`);
	return files;
}

async function main(): Promise<number> {
	const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
	const root = path.resolve(import.meta.dirname, '..');
	const stale: string[] = [];
	for (const [file, text] of generatedFiles()) {
		const target = path.join(root, file);
		const current = await readFile(target, 'utf8').catch(() => null);
		if (current === text) continue;
		stale.push(file);
		if (!values.check) {
			await mkdir(path.dirname(target), { recursive: true });
			await writeFile(target, text);
		}
	}
	if (values.check) {
		if (stale.length === 0) {
			console.log('The field reference and the JSON Schemas are up to date with src/model.');
			return 0;
		}
		console.error(`Out of date with the schemas: ${stale.join(', ')}.\nRun "npm run reference" and commit the result.`);
		return 1;
	}
	console.log(stale.length ? `Wrote ${stale.join(', ')}.` : 'The field reference is up to date.');
	return 0;
}

if (import.meta.main) runCli('reference', main);
