/**
 * Content that could attack readers through a URL scheme or hide what a name says with
 * bidi controls is refused by the validator (and so by the build), with a message that
 * says what and where. The allowed hostile inputs (tests/fixtures/hostile/site) pass;
 * tests/browser/hostile.test.ts proves they are harmless once built.
 */
import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-io/load-content.ts';
import type { Problem } from '../../src/graph/problems.ts';
import { formatText } from '../../src/validate/report.ts';

const fixtures = path.resolve(import.meta.dirname, '..', 'fixtures', 'hostile');
const SCHEME = /Unsafe (javascript|vbscript|data): address in/;
const FIELD_URL = /only http:\/\/ and https:\/\/ addresses are allowed \(javascript:, data: and other schemes are refused\)/;
const BIDI = /contains invisible bidirectional control characters/;

/** Each refused file, the error it must get, and where. */
const REFUSED: [file: string, message: RegExp, where: { line: number; field?: string }][] = [
	['articles/md-link-javascript.md', /Unsafe javascript: address in a link: "javascript:alert\('xss'/, { line: 10 }],
	['articles/md-link-vbscript.md', /Unsafe vbscript: address in a link/, { line: 10 }],
	['articles/md-image-data.md', /Unsafe data: address in an image/, { line: 10 }],
	['articles/md-reference-javascript.md', /Unsafe javascript: address in a link reference definition/, { line: 12 }],
	['articles/md-autolink-javascript.md', /Unsafe javascript: address in an autolink/, { line: 10 }],
	['articles/html-href-entity-encoded.md', /Unsafe javascript: address in an HTML href="…" attribute: "&#106;avascript&#58;alert\(1\)"/, { line: 10 }],
	['articles/html-href-tab-split.md', /Unsafe javascript: address in an HTML href="…" attribute/, { line: 10 }],
	['articles/html-svg-xlink.md', /Unsafe javascript: address in an HTML xlink:href="…" attribute/, { line: 10 }],
	['articles/html-iframe-data.md', /Unsafe data: address in an HTML src="…" attribute/, { line: 10 }],
	['articles/html-form-action.md', /Unsafe javascript: address in an HTML action="…" attribute/, { line: 10 }],
	['articles/html-img-srcset.md', /Unsafe javascript: address in an HTML srcset="…" attribute/, { line: 10 }],
	['articles/frontmatter-url-javascript.md', FIELD_URL, { line: 4, field: 'url' }],
	['articles/frontmatter-url-data.md', FIELD_URL, { line: 4, field: 'url' }],
	['articles/frontmatter-url-spaced.md', FIELD_URL, { line: 4, field: 'url' }],
	['articles/frontmatter-archived-vbscript.md', FIELD_URL, { line: 8, field: 'archived' }],
	['events/event-body-javascript.md', /Unsafe javascript: address in a link/, { line: 7 }],
	['quotes/quote-note-data.md', /Unsafe data: address in an HTML href="…" attribute/, { line: 6 }],
	['actors/bidi-override-name.md', BIDI, { line: 2, field: 'name' }],
	['actors/bidi-isolate-alias.md', BIDI, { line: 4, field: 'aliases[0]' }],
	['places/bidi-embedding-arabic.md', BIDI, { line: 3, field: 'nameArabic' }],
];

let problems: Problem[];
let project: string;

beforeAll(async () => {
	// The refused files reference entries in site/, so both go into one content folder.
	project = await mkdtemp(path.join(os.tmpdir(), 'archive-hostile-'));
	const content = path.join(project, 'content');
	await cp(path.join(fixtures, 'site'), content, { recursive: true });
	await cp(path.join(fixtures, 'refused'), content, { recursive: true });
	problems = (await loadContent(content, project)).problems;
});

const errorsIn = (file: string) => problems.filter((p) => p.severity === 'error' && p.file === `content/${file}`);
const formatField = (p: Problem) => p.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('').replace(/^\./, '');

describe('hostile content the validator refuses', () => {
	it('has at least 15 refused inputs, each in its own file', () => {
		expect(REFUSED.length).toBeGreaterThanOrEqual(15);
		expect(new Set(REFUSED.map(([f]) => f)).size).toBe(REFUSED.length);
	});

	it.each(REFUSED)('%s is an error that says what is wrong and where', (file, message, where) => {
		const errors = errorsIn(file);
		expect(errors, `no error for ${file}`).toHaveLength(1);
		const [error] = errors as [Problem];
		expect(error.message).toMatch(message);
		expect(error.line).toBe(where.line);
		if (where.field) expect(formatField(error)).toBe(where.field);
		expect(error.fix).toMatch(/http:\/\/ or https:\/\/|retype the text without them|Link only to|Write|Correct/);
	});

	it('every unsafe URL in a body names a safe alternative in its fix', () => {
		for (const p of problems.filter((p) => SCHEME.test(p.message))) {
			expect(p.fix).toMatch(/http:\/\/ or https:\/\//);
		}
	});

	it('no other file has an error: the allowed hostile inputs validate', () => {
		const refused = new Set(REFUSED.map(([f]) => `content/${f}`));
		expect(problems.filter((p) => p.severity === 'error' && !refused.has(p.file))).toEqual([]);
	});

	it('the report shows bidi controls by code point, so the message cannot be reordered by them', () => {
		const report = formatText(errorsIn('actors/bidi-override-name.md'), 1);
		expect(report).toContain('"Evil <U+202E>lanigiro<U+202C> Name"');
		expect(report).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
	});
});
