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
import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';
import { writeEntry, writeFrontmatter } from '../src/content-io/write-entry.ts';
import { COLLECTIONS, KINDS, kindOf, type CollectionName } from '../src/model/kinds.ts';
import { ID_PATTERN } from '../src/model/fields.ts';
import { slugify } from '../src/lib/slugify.ts';
import { jsonSchemaOf } from './field-reference.ts';
import { runCli } from './lib/run-cli.ts';

type Json = ReturnType<typeof jsonSchemaOf>;

const ARABIC = /[\u0600-\u06FF]/;
const LATIN = /[A-Za-z]/;

export class NewEntryError extends Error {}

export function collectionOf(kind: string): CollectionName {
	const k = kind.toLowerCase();
	const found = COLLECTIONS.find((c) => c === k || kindOf(c) === k);
	if (!found) throw new NewEntryError(`Unknown kind "${kind}". Use one of: ${COLLECTIONS.map((c) => kindOf(c)).join(', ')}.`);
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

const WIDTH = 100;

/** `text` as comment lines that fit in WIDTH columns once written "# " at `column`. */
function wrap(text: string, column: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && column + 2 + line.length + word.length + 1 > WIDTH) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines;
}

/** Comment lines as a yaml node's comment: the writer puts "#" before each line, so " x" is written "# x". */
const comment = (lines: string[]) => lines.map((l) => (l ? ` ${l}` : '')).join('\n');

function note(field: Json, required: boolean): string {
	const parts = [required ? 'REQUIRED.' : 'Optional.', (field.description ?? field.items?.description ?? '').trim()];
	const values = field.enum ?? field.items?.enum;
	if (values && !parts[1]!.includes(String(values[0]))) parts.push(`One of: ${values.join(', ')}.`);
	if (field.default !== undefined && !Array.isArray(field.default)) parts.push(`Default: ${String(field.default)}.`);
	return parts.filter(Boolean).join(' ');
}

const isObjectList = (f: Json) => f.type === 'array' && f.items?.type === 'object';
const isScalarList = (f: Json) => f.type === 'array' && !f.prefixItems && !isObjectList(f);

interface Group {
	/** Values given on the command line (the title or name). */
	values?: Record<string, string>;
	/** Column of the group's fields, for wrapping their notes. */
	column: number;
	/** Inside a commented-out block every field is shown; the whole block is behind "# ". */
	allLive?: boolean;
	/** Comment lines before the first field and after the last. */
	before?: string[];
	after?: string[];
}

/**
 * One group of fields (the top level, a list item, an object) as a yaml map, each field
 * after its note. Required fields are live and empty; optional ones are commented out:
 * the YAML the writer makes for them, behind "# ", so deleting the "# " gives valid YAML.
 */
function fieldMap(schema: Json, group: Group): YAMLMap {
	const map = new YAMLMap();
	const required = new Set(schema.required ?? []);
	let pending = [...(group.before ?? [])];
	for (const [name, field] of Object.entries(schema.properties ?? {})) {
		const req = required.has(name);
		const given = group.values?.[name];
		pending.push(...wrap(note(field, req), group.column));
		// An empty list is valid, so optional lists stay live: add ids inside the brackets.
		if (!(group.allLive || req || given !== undefined || isScalarList(field))) {
			pending.push(...commentedOut(name, field, group.column));
			continue;
		}
		const key = new Scalar(name);
		key.commentBefore = comment(pending);
		pending = [];
		map.items.push(new Pair(key, given !== undefined ? new Scalar(given) : emptyValue(field, req, group.column, group.allLive ?? false)));
		if (field.anyOf) pending.push(...alternative(field.anyOf, group.column));
	}
	pending.push(...(group.after ?? []));
	if (pending.length > 0) map.comment = comment(pending);
	return map;
}

/** A field to fill in: empty, a list with one empty item, or its nested fields. */
function emptyValue(field: Json, required: boolean, column: number, allLive: boolean): YAMLSeq | YAMLMap | Scalar {
	const seq = (...items: unknown[]) => Object.assign(new YAMLSeq(), { items });
	if (isScalarList(field)) return required ? seq(new Scalar(null)) : seq();
	if (isObjectList(field)) return seq(fieldMap(field.items!, { column: column + 4, allLive }));
	if (field.type === 'object') return fieldMap(field, { column: column + 2, allLive });
	return new Scalar(null);
}

/** An optional field as comment lines: its YAML, nested notes and all, as the writer makes it. */
function commentedOut(name: string, field: Json, column: number): string[] {
	const map = new YAMLMap();
	map.items.push(new Pair(new Scalar(name), emptyValue(field, true, column + 2, true)));
	return writeFrontmatter(map).trimEnd().split('\n');
}

/** The other form of a field that is an id or an object (a quote's speaker), commented out below it. */
function alternative(forms: Json[], column: number): string[] {
	const object = forms.find((o) => o.properties);
	if (!object) return [];
	const lines = writeFrontmatter(fieldMap(object, { column: column + 4, allLive: true })).trimEnd().split('\n');
	return ['  # …or, for a speaker the source does not name, instead of an id:', ...lines.map((l) => `  ${l}`)];
}

/** The text of a new entry of `collection` titled `title`. */
export function scaffold(collection: CollectionName, title: string): string {
	const schema = jsonSchemaOf(collection);
	const arabicOnly = ARABIC.test(title) && !LATIN.test(title);
	const field = arabicOnly && schema.properties?.['nameArabic'] ? 'nameArabic' : KINDS[kindOf(collection)].nameField!;
	const before = [
		`A new ${kindOf(collection)}. Fill in every field marked REQUIRED. Optional fields are commented out:`,
		'delete the "# " in front of a line to use it, and delete what you do not need.',
		'Every field is explained in docs/field-reference.md; run "npm run validate" to check.',
		'',
	];
	const after = ['', ...wrap(`Below the closing --- line: ${KINDS[kindOf(collection)].body}`, 0)];
	return writeEntry(fieldMap(schema, { values: { [field]: title }, column: 0, before, after }), '');
}

async function existingIds(dir: string): Promise<Set<string>> {
	const names = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
	return new Set(names.filter((n) => n.endsWith('.md')).map((n) => path.basename(n, '.md')));
}

const USAGE = `Usage: npm run new -- <kind> "<title or name>" [--id ID] [--date YYYY-MM-DD]

  kind: ${COLLECTIONS.map((c) => kindOf(c)).join(', ')}
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
					`If it is the same ${kindOf(collection)}, edit that file. If not, choose another id with --id, e.g. --id ${id}-2.`,
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
