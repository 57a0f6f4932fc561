/**
 * The writer is the reader's inverse: awkward values come back as written, through the
 * reader's own split and parse, through the schema check, and through a YAML 1.1 parser.
 */
import matter from 'gray-matter';
import { Pair, Scalar, YAMLMap } from 'yaml';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { readEntry, splitFrontmatter, YAML_OPTIONS } from './read-entry.ts';
import { writeEntry } from './write-entry.ts';

/** What the reader makes of a file's frontmatter and body, before the schema check. */
function readBack(text: string) {
	const split = splitFrontmatter(text);
	if (typeof split === 'string') throw new Error(`frontmatter ${split}`);
	const doc = parseDocument(split.yaml, YAML_OPTIONS);
	expect(doc.errors).toEqual([]);
	return { data: doc.toJS() as unknown, body: split.body };
}

const AWKWARD = [
	'2025-03-06', '2025-03', '2025', '2025-03-07?', '2025-03-07~', '2025-03-06/2025-03-08', '2025-03-06T10:00:00Z',
	'yes', 'No', 'on', 'OFF', 'y', 'n', 'true', 'null', '~', '', '<<', '=',
	'1:20', '0x1F', '0o17', '012', '.inf', '-.5', '+1', '1e3', '1_000', 'Q5',
	'- a leading dash', '-', '---', '...', '# not a comment', 'a #hash', 'key: value', 'ends with a colon:', ': starts with one',
	'"double"', "'single'", "it's", '«جبلة»', 'جبلة: «نعم»', 'قال: "لن نتراجع" #سوريا', '\u200fمرحبا', 'Aleppo – حلب',
	'@x', '`x', '%x', '!tag', '&anchor', '*alias', '{x}', '[x]', '|x', '>x', '? x', ', x', 'a, b',
	' leading space', 'trailing space ', 'two\nlines', 'ends with a newline\n', 'line\n---\nafter a delimiter', 'tab\there', 'back\\slash',
	'\r\n', 'non\u00a0breaking', 'the (…) cut', '🙂', 'x'.repeat(300),
];

describe('writeEntry', () => {
	it('writes "---", the frontmatter, "---", a blank line and the body', () => {
		expect(writeEntry({ title: 'Clashes in Jableh', date: '2025-03-06' }, 'A short summary.')).toBe(
			'---\ntitle: Clashes in Jableh\ndate: "2025-03-06"\n---\n\nA short summary.\n',
		);
		expect(writeEntry({ text: 'x' }, '')).toBe('---\ntext: x\n---\n');
	});

	it.each(AWKWARD)('writes %j so that the reader reads it back unchanged', (value) => {
		const data = { title: value, aliases: [value, 'plain'], claims: [{ words: value, count: 3 }] };
		expect(readBack(writeEntry(data, 'Body.')).data).toEqual(data);
	});

	it('writes text that a YAML 1.1 parser (gray-matter\'s js-yaml) also reads as text', () => {
		const data = Object.fromEntries(AWKWARD.map((value, i) => [`field${i}`, value]));
		const text = writeEntry(data, '');
		expect(matter(text, { engines: {} }).data).toEqual(data);
		expect(readBack(text).data).toEqual(data);
	});

	it('keeps numbers, nested lists and empty lists; leaves out undefined fields', () => {
		const data = { coordinates: [35.3621, -0.5], count: 0, roles: [{ title: 'Minister', to: undefined }], via: [], nested: { list: [[1, 2]] } };
		const text = writeEntry(data, '');
		expect(text).toContain('coordinates: [35.3621, -0.5]\n');
		expect(readBack(text).data).toEqual({ coordinates: [35.3621, -0.5], count: 0, roles: [{ title: 'Minister' }], via: [], nested: { list: [[1, 2]] } });
	});

	it('passes a body through as it is, delimiters and all', () => {
		const body = '“We will not back down,” he said.\n\n---\n\nقال: «لن نتراجع».';
		expect(readBack(writeEntry({ title: 'x' }, body)).body).toBe(`\n${body}\n`);
	});

	it('writes comments carried by yaml nodes, and empty values as an empty field', () => {
		const key = new Scalar('date');
		key.commentBefore = ' REQUIRED. When it happened.';
		const map = new YAMLMap();
		map.items.push(new Pair(key, new Scalar(null)));
		map.comment = ' Below the closing --- line: a summary.';
		expect(writeEntry(map, '')).toBe('---\n# REQUIRED. When it happened.\ndate:\n# Below the closing --- line: a summary.\n---\n');
	});

	it('writes a file that passes the schema check with the values it was given', () => {
		const data = {
			name: 'Jableh: the coast',
			nameArabic: 'جبلة',
			kind: 'city',
			aliases: ['- Jabla', '#Jableh', 'جبلة: المدينة'],
			coordinates: [35.3621, 35.9256],
			in: 'latakia',
		};
		const result = readEntry('places', 'jableh', 'content/places/jableh.md', writeEntry(data, 'A city on the coast.'));
		expect(result.problems).toEqual([]);
		expect(result.entry!.data).toMatchObject(data);
		const event = { title: 'Clashes: "no" to talks', date: '2025-03-07?', type: 'battle', sources: ['a-report'], partOf: 'yes' };
		const read = readEntry('events', 'clashes-2025-03-07', 'content/events/clashes-2025-03-07.md', writeEntry(event, 'Summary.'));
		expect(read.problems).toEqual([]);
		expect(read.entry!.data).toMatchObject(event);
	});

	it('refuses frontmatter that is not a mapping of fields', () => {
		expect(() => writeEntry(['title'], '')).toThrow(/mapping of fields/);
	});
});
