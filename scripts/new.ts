/**
 * npm run new -- <kind> "<title or name>" [--id ID] [--date YYYY-MM-DD] [--content DIR]
 * Writes content/<collection>/<id>.md with every field of the kind in place: required
 * fields first-class and marked, optional ones commented out, each explained. The form
 * is generated from the schemas, so it always matches what the validator expects.
 * The id comes from the title (Arabic is transliterated); it never overwrites a file.
 */
import { readdir, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COLLECTIONS, KIND_OF, type CollectionName } from '../src/schema/index.ts';
import { ID_PATTERN } from '../src/schema/fields.ts';
import { slugify } from '../src/lib/slugify.ts';
import { jsonSchemaOf } from './field-reference.ts';
import { runCli } from './lib/run-cli.ts';

type Json = ReturnType<typeof jsonSchemaOf>;

/** The field the title or name goes into. */
const TITLE_FIELD: Record<CollectionName, string> = { articles: 'title', quotes: 'text', events: 'title', actors: 'name', places: 'name' };

const BODY_HINT: Record<CollectionName, string> = {
	articles: "the article's text exactly as published (quotes are checked against it), or nothing if it is not archived yet.",
	quotes: 'nothing, or a short note on context or translation.',
	events: 'a short factual summary; every claim attributed ("according to SOHR"). Link other entries as described in CONTRIBUTING.md.',
	actors: 'an optional short profile, attributed to its sources.',
	places: 'optional notes.',
};

const ARABIC = /[\u0600-\u06FF]/;
const LATIN = /[A-Za-z]/;

export class NewEntryError extends Error {}

export function collectionOf(kind: string): CollectionName {
	const k = kind.toLowerCase();
	const found = COLLECTIONS.find((c) => c === k || KIND_OF[c] === k);
	if (!found) throw new NewEntryError(`Unknown kind "${kind}". Use one of: ${COLLECTIONS.map((c) => KIND_OF[c]).join(', ')}.`);
	return found;
}

/** Words an event id does without: the id names what happened, where, and when. */
const FILLER = new Set(['a', 'an', 'the', 'of', 'for', 'and', 'in', 'on', 'at', 'to', 'by', 'with', 'from', 'as', 'its', 'their', 'his', 'her', 'new', 'over', 'after', 'into']);
const EVENT_WORDS = 6;
const DAY = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export interface DerivedId {
	id: string;
	/** What the contributor should know about the id: that it was shortened, or lacks its date. */
	notes: string[];
}

/**
 * The id for a new entry: from --id if given (checked), else from the title. An event's
 * id takes the shape CONTRIBUTING.md recommends, <what>-<place>-YYYY-MM-DD: its key words
 * (at most six), then the date when --date gives it.
 */
export function deriveId(title: string, explicit?: string, options: { collection?: CollectionName; date?: string } = {}): DerivedId {
	if (explicit !== undefined) {
		if (ID_PATTERN.test(explicit)) return { id: explicit, notes: [] };
		const better = slugify(explicit);
		throw new NewEntryError(`--id "${explicit}" is not a valid id: ids are lowercase Latin letters, digits and single hyphens${better ? `, e.g. "${better}"` : ''}.`);
	}
	if (options.date !== undefined && !DAY.test(options.date)) throw new NewEntryError(`--date "${options.date}" is not a date: write YYYY-MM-DD (or YYYY-MM, or YYYY), e.g. --date 2025-03-06.`);
	const noId = () => new NewEntryError(`Could not make an id from "${title}": it has no Latin or Arabic letters or digits. Choose one with --id, e.g. --id jableh-attack-2025-03-06.`);
	const notes: string[] = [];
	if (options.collection === 'events') {
		const all = slugify(title.split(/\s+/).join(' ')).split('-').filter(Boolean);
		const key = all.filter((w) => !FILLER.has(w));
		const words = (key.length > 0 ? key : all).slice(0, EVENT_WORDS);
		if (words.length === 0) throw noId();
		if (key.length > EVENT_WORDS) notes.push(`The title is longer than an id should be, so the id keeps its first ${EVENT_WORDS} key words: check that it still says what happened and where, or choose one with --id.`);
		if (options.date) return { id: `${words.join('-')}-${options.date}`, notes };
		notes.push('Event ids end with the date, as <what>-<place>-YYYY-MM-DD (e.g. jableh-attack-2025-03-06): add --date YYYY-MM-DD, or choose the id with --id.');
		return { id: words.join('-'), notes };
	}
	// A quote's id comes from its first words; long ids are hard to type in links.
	const words = title.split(/\s+/);
	const id = slugify(words.slice(0, 10).join(' '));
	if (!id) throw noId();
	if (words.length > 10 || slugify(title) !== id) notes.push(`The id "${id}" keeps the first words of the ${options.collection === 'quotes' ? 'text' : 'title'}; choose another with --id if it reads badly.`);
	return { id, notes };
}

const yamlString = (s: string) => JSON.stringify(s);

function wrap(text: string, prefix: string, width = 100): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && prefix.length + line.length + word.length + 1 > width) {
			lines.push(prefix + line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(prefix + line);
	return lines;
}

function note(field: Json, required: boolean): string {
	const parts = [required ? 'REQUIRED.' : 'Optional.', (field.description ?? field.items?.description ?? '').trim()];
	const values = field.enum ?? field.items?.enum;
	if (values && !parts[1]!.includes(String(values[0]))) parts.push(`One of: ${values.join(', ')}.`);
	if (field.default !== undefined && !Array.isArray(field.default)) parts.push(`Default: ${String(field.default)}.`);
	return parts.filter(Boolean).join(' ');
}

const isObjectList = (f: Json) => f.type === 'array' && f.items?.type === 'object';
const isScalarList = (f: Json) => f.type === 'array' && !f.prefixItems && !isObjectList(f);

/**
 * Lines for one group of fields (top level or a list item) at `indent`. A commented-out
 * line keeps its indentation after the "# ", so deleting "# " gives valid YAML.
 */
function fieldLines(schema: Json, indent: string, values: Record<string, string>, commented: boolean): string[] {
	const out: string[] = [];
	const required = new Set(schema.required ?? []);
	const lead = (off: boolean) => (off ? `# ${indent}` : indent);
	for (const [name, field] of Object.entries(schema.properties ?? {})) {
		const req = required.has(name);
		const off = commented || !req;
		out.push(...wrap(note(field, req), `${lead(commented)}# `));
		if (values[name] !== undefined) {
			out.push(`${indent}${name}: ${values[name]}`);
		} else if (isScalarList(field)) {
			// An empty list is valid, so optional lists stay live: add ids inside the brackets.
			out.push(...(req ? [`${lead(commented)}${name}:`, `${lead(commented)}  -`] : [`${lead(commented)}${name}: []`]));
		} else if (isObjectList(field)) {
			out.push(`${lead(off)}${name}:`, `${lead(off)}  -`);
			out.push(...fieldLines(field.items!, `${indent}    `, {}, off));
		} else if (field.anyOf) {
			out.push(`${lead(off)}${name}:`);
			const object = field.anyOf.find((o) => o.properties);
			if (object) {
				out.push(`${lead(true)}  # …or, for a speaker the source does not name, instead of an id:`);
				out.push(...fieldLines(object, `${indent}  `, {}, true));
			}
		} else if (field.type === 'object') {
			out.push(`${lead(off)}${name}:`);
			out.push(...fieldLines(field, `${indent}  `, {}, off));
		} else {
			out.push(`${lead(off)}${name}:`);
		}
	}
	return out;
}

/** The text of a new entry of `collection` titled `title`. */
export function scaffold(collection: CollectionName, title: string): string {
	const schema = jsonSchemaOf(collection);
	const titleField = TITLE_FIELD[collection];
	const values: Record<string, string> = {};
	const arabicOnly = ARABIC.test(title) && !LATIN.test(title);
	if (arabicOnly && schema.properties?.['nameArabic']) values['nameArabic'] = yamlString(title);
	else values[titleField] = yamlString(title);
	const lines = fieldLines(schema, '', values, false);
	return [
		'---',
		`# A new ${KIND_OF[collection]}. Fill in every field marked REQUIRED. Optional fields are commented out:`,
		'# delete the "# " in front of a line to use it, and delete what you do not need.',
		'# Every field is explained in docs/field-reference.md; run "npm run validate" to check.',
		'',
		...lines,
		'',
		...wrap(`Below the closing --- line: ${BODY_HINT[collection]}`, '# '),
		'---',
		'',
	].join('\n');
}

async function existingIds(dir: string): Promise<Set<string>> {
	const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
	return new Set(names.filter((n) => n.endsWith('.md')).map((n) => path.basename(n, '.md')));
}

const USAGE = `Usage: npm run new -- <kind> "<title or name>" [--id ID] [--date YYYY-MM-DD]

  kind: ${COLLECTIONS.map((c) => KIND_OF[c]).join(', ')}
  e.g.  npm run new -- event "Attack on security forces in Jableh" --date 2025-03-06
        npm run new -- actor "Ahmad al-Sharaa"
        npm run new -- place "جبلة" --id jableh`;

async function main(): Promise<number> {
	let parsed;
	try {
		parsed = parseArgs({
			options: { id: { type: 'string' }, date: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
			allowPositionals: true,
		});
	} catch (error) {
		console.error(`new: ${(error as Error).message}.\n\n${USAGE}`);
		return 1;
	}
	const { values, positionals } = parsed;
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	if (positionals.length !== 2 || !positionals[1]!.trim()) {
		console.error(`new: give a kind and a title or name.\n\n${USAGE}`);
		return 1;
	}
	const [kind, rawTitle] = positionals as [string, string];
	const title = rawTitle.trim().replace(/\s+/g, ' ');
	try {
		const collection = collectionOf(kind);
		const { id, notes } = deriveId(title, values.id, { collection, ...(values.date !== undefined ? { date: values.date } : {}) });
		const contentDir = path.resolve(values.content ?? process.env.ARCHIVE_CONTENT ?? 'content');
		const dir = path.join(contentDir, collection);
		if ((await existingIds(dir)).has(id)) {
			throw new NewEntryError(
				`content/${collection}/ already has an entry with the id "${id}"; nothing was written.\n` +
					`If it is the same ${KIND_OF[collection]}, edit that file. If not, choose another id with --id, e.g. --id ${id}-2.`,
			);
		}
		await mkdir(dir, { recursive: true });
		const file = path.join(dir, `${id}.md`);
		// "wx": fails rather than overwrite, even if the file appeared meanwhile.
		await writeFile(file, scaffold(collection, title), { flag: 'wx' });
		const shown = path.relative(process.cwd(), file).split(path.sep).join('/');
		const transliterated = values.id === undefined && ARABIC.test(title) && !LATIN.test(title);
		for (const note of notes) console.log(note);
		if (transliterated) console.log(`The id "${id}" was transliterated from the Arabic. If the entry has a usual Latin spelling, rename the file to it (the file name is the id), e.g. ahmad-al-sharaa.md.`);
		console.log(`Created ${shown}\n\nNext:\n  1. Open it and fill in every field marked REQUIRED (docs/field-reference.md explains each one).\n  2. npm run validate\n  3. Open a pull request; its checklist covers sourcing.`);
		return 0;
	} catch (error) {
		if (error instanceof NewEntryError) {
			console.error(`new: ${error.message}`);
			return 1;
		}
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
			console.error('new: the file already exists; nothing was written.');
			return 1;
		}
		throw error;
	}
}

if (import.meta.main) runCli('new', main);
