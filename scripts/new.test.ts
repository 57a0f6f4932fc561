/**
 * `npm run new`: the scaffold of every kind has every field of the schema in place, is
 * refused by the validator until its required fields are filled, and passes once they
 * are; ids are derived safely; nothing is ever overwritten.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readEntry, splitFrontmatter, YAML_OPTIONS } from '../src/content-io/read-entry.ts';
import { COLLECTIONS, kindOf, type CollectionName } from '../src/model/kinds.ts';
import { fieldRows } from './field-reference.ts';
import { scaffold } from './new.ts';

const root = path.resolve(import.meta.dirname, '..');
let content: string;

beforeEach(async () => {
	content = await mkdtemp(path.join(os.tmpdir(), 'archive-new-'));
});

function run(...args: string[]) {
	const r = spawnSync(process.execPath, ['scripts/new.ts', ...args], { cwd: root, env: { ...process.env, ARCHIVE_CONTENT: content }, encoding: 'utf8' });
	return { code: r.status, out: r.stdout, err: r.stderr };
}

const files = async (collection: string) => (await readdir(path.join(content, collection)).catch(() => [])).sort();

/** What a contributor would type for each required field. */
const VALUE: Record<string, string> = {
	date: '2025-03-07', published: '2025-03-07', accessed: '2025-03-08', asOf: '2025-03-07',
	type: 'battle', publisher: 'lorient-today', source: 'lorient-clashes-2025-03-07', speaker: 'ahmad-al-sharaa',
	url: 'https://example.org/report', language: 'en', name: 'Jableh', actor: 'ahmad-al-sharaa', role: 'speaker', group: 'total', claimedBy: 'sohr',
};
const KIND_VALUE: Partial<Record<CollectionName, string>> = { actors: 'person', places: 'town' };

/** Fills every empty live field (and list item) of a scaffold, as a contributor would. */
function fill(text: string, collection: CollectionName): string {
	let last = '';
	return text
		.split('\n')
		.map((line) => {
			const field = /^(\s*)(\w+):\s*$/.exec(line);
			if (field) {
				last = field[2]!;
				const value = field[2] === 'kind' ? KIND_VALUE[collection] : VALUE[field[2]!];
				return value === undefined ? line : `${line.trimEnd()} ${value}`;
			}
			if (/^\s*-\s*$/.test(line) && last === 'sources') return `${line} lorient-clashes-2025-03-07`;
			return line;
		})
		.join('\n');
}

/** The frontmatter as the reader parses it, before the schema check. */
function frontmatterOf(text: string): unknown {
	const split = splitFrontmatter(text);
	if (typeof split === 'string') throw new Error(`frontmatter ${split}`);
	return parse(split.yaml, YAML_OPTIONS);
}

const check = (collection: CollectionName, id: string, text: string) => readEntry(collection, id, `content/${collection}/${id}.md`, text).problems;

describe('npm run new', () => {
	it.each(COLLECTIONS)('writes content/%s/<id>.md with every field of the schema in place', async (collection) => {
		const r = run(kindOf(collection), 'Attack on security forces in Jableh', '--id', 'attack-on-security-forces-in-jableh');
		expect(r.code, r.err).toBe(0);
		const name = 'attack-on-security-forces-in-jableh.md';
		expect(await files(collection)).toEqual([name]);
		expect(r.out).toContain(`Created `);
		expect(r.out).toContain(`${collection}/${name}`);
		expect(r.out).toMatch(/npm run validate/);
		const text = await readFile(path.join(content, collection, name), 'utf8');
		// Every field the reference documents, nested ones too, is present (live or commented out).
		const keysInFile = new Set([...text.matchAll(/^[#\s]*-?\s*(\w+):/gm)].map((m) => m[1]));
		for (const row of fieldRows(collection)) {
			const key = row.field.split(/[.[\]]+/).filter(Boolean).at(-1)!;
			if (/^\d+$/.test(key)) continue; // tuple positions, e.g. coordinates[0]
			expect(keysInFile.has(key), `${row.field} is missing from the ${collection} scaffold`).toBe(true);
		}
		// Required fields are live and marked; the YAML parses.
		expect(() => parse(text.split('---')[1]!)).not.toThrow();
		for (const row of fieldRows(collection).filter((r) => r.required && !/[.[]/.test(r.field))) {
			expect(text).toMatch(new RegExp(`# REQUIRED\\.[^\\n]*(\\n#[^\\n]*)*\\n${row.field}:`));
		}
	});

	it.each(COLLECTIONS)('a new entry in content/%s/ is refused until its required fields are filled, then passes the schema', async (collection) => {
		const id = 'attack-on-security-forces-in-jableh';
		run(kindOf(collection), 'Attack on security forces in Jableh', '--id', id);
		const text = await readFile(path.join(content, collection, `${id}.md`), 'utf8');
		const required = fieldRows(collection).filter((r) => r.required && !/[.[]/.test(r.field)).map((r) => r.field);
		const unfilled = check(collection, id, text);
		// Each required field other than the title is reported, on its own line.
		const reported = new Set(unfilled.map((p) => p.path[0]));
		for (const f of required.filter((f) => !['title', 'name', 'text'].includes(f))) expect(reported, `${f} not reported`).toContain(f);
		expect(check(collection, id, fill(text, collection))).toEqual([]);
	});

	it('a commented-out block becomes valid YAML once its "# " are deleted and it is filled', async () => {
		run('event', 'Attack on security forces in Jableh', '--id', 'attack-on-security-forces-in-jableh');
		const file = path.join(content, 'events', 'attack-on-security-forces-in-jableh.md');
		const text = await readFile(file, 'utf8');
		const lines = text.split('\n');
		const start = lines.indexOf('# actors:');
		// The block ends where the next top-level field's note begins.
		const end = lines.findIndex((l, i) => i > start && /^# (REQUIRED|Optional)\./.test(l));
		const uncommented = [...lines.slice(0, start), ...lines.slice(start, end).map((l) => l.replace(/^# /, '')), ...lines.slice(end)].join('\n');
		const filled = fill(uncommented, 'events');
		expect(check('events', 'x', filled)).toEqual([]);
		const entry = readEntry('events', 'x', 'x.md', filled).entry!;
		expect(entry.data).toMatchObject({ actors: [{ actor: 'ahmad-al-sharaa', role: 'speaker' }] });
	});

	it('transliterates an Arabic-only name into the id and puts the name in nameArabic', async () => {
		const r = run('place', 'جبلة');
		expect(r.code, r.err).toBe(0);
		expect(await files('places')).toEqual(['jbla.md']);
		expect(r.out).toContain('transliterated from the Arabic');
		const text = await readFile(path.join(content, 'places', 'jbla.md'), 'utf8');
		expect(frontmatterOf(text)).toMatchObject({ nameArabic: 'جبلة', name: null });
		expect(text).toMatch(/^name:$/m);
	});

	it.each(['Sharaa: "we will not back down" #Syria', '- 2025-03-06', 'yes', "l'Orient – 'quoted'", 'قال: «نعم»'])(
		'writes an awkward title (%s) so that it reads back unchanged',
		(title) => {
			expect(frontmatterOf(scaffold('quotes', title))).toMatchObject({ text: title });
			expect(frontmatterOf(scaffold('events', title))).toMatchObject({ title });
		},
	);

	it('gives an event the id shape <what>-<place>-YYYY-MM-DD, and says when it shortened the title', async () => {
		const r = run('event', 'Saudi Arabia, Egypt and Turkey reaffirm support for the new authorities', '--date', '2025-03-07');
		expect(r.code, r.err).toBe(0);
		expect(await files('events')).toEqual(['saudi-arabia-egypt-turkey-reaffirm-support-2025-03-07.md']);
		expect(r.out).toContain('the id keeps its first 6 key words');
	});

	it('asks for the date when an event is made without one', async () => {
		const r = run('event', 'Attack on security forces in Jableh');
		expect(r.code, r.err).toBe(0);
		expect(await files('events')).toEqual(['attack-security-forces-jableh.md']);
		expect(r.out).toContain('add --date YYYY-MM-DD');
		expect(run('event', 'Attack', '--date', '6 March').err).toContain('--date "6 March" is not a date');
	});

	it('takes --id instead of deriving one', async () => {
		const r = run('place', 'جبلة', '--id', 'jableh');
		expect(r.code, r.err).toBe(0);
		expect(await files('places')).toEqual(['jableh.md']);
	});

	it('refuses to overwrite an existing file, and says what to do', async () => {
		await mkdir(path.join(content, 'events'), { recursive: true });
		const file = path.join(content, 'events', 'attack-security-forces-jableh-2025-03-06.md');
		await writeFile(file, 'precious');
		const r = run('event', 'Attack on security forces in Jableh', '--date', '2025-03-06');
		expect(r.code).toBe(1);
		expect(r.err).toContain('content/events/ already has an entry with the id "attack-security-forces-jableh-2025-03-06"; nothing was written.');
		expect(r.err).toContain('--id attack-security-forces-jableh-2025-03-06-2');
		expect(await readFile(file, 'utf8')).toBe('precious');
	});

	it('refuses an id already used in a subfolder of the collection (ids are file names across the collection)', async () => {
		await mkdir(path.join(content, 'actors', 'people'), { recursive: true });
		await writeFile(path.join(content, 'actors', 'people', 'sohr.md'), 'x');
		const r = run('actor', 'SOHR');
		expect(r.code).toBe(1);
		expect(await files('actors')).toEqual(['people']);
	});

	it.each([['北京'], ['🙂 ✓'], ['!!!']])('refuses a title that gives no id (%s) and asks for --id', async (title) => {
		const r = run('event', title);
		expect(r.code).toBe(1);
		expect(r.err).toMatch(/Could not make an id from .*Choose one with --id/);
		expect(await files('events')).toEqual([]);
	});

	it('refuses an invalid --id with a corrected suggestion', () => {
		const r = run('actor', 'Ahmad al-Sharaa', '--id', 'Ahmad al-Sharaa');
		expect(r.code).toBe(1);
		expect(r.err).toContain('--id "Ahmad al-Sharaa" is not a valid id');
		expect(r.err).toContain('e.g. "ahmad-al-sharaa"');
	});

	it('refuses an unknown kind and lists the kinds', () => {
		const r = run('person', 'Ahmad al-Sharaa');
		expect(r.code).toBe(1);
		expect(r.err).toContain('Unknown kind "person". Use one of: article, quote, event, actor, place.');
	});

	it('explains its usage when the title is missing', () => {
		const r = run('event');
		expect(r.code).toBe(1);
		expect(r.err).toContain('Usage: npm run new -- <kind> "<title or name>"');
	});
});
