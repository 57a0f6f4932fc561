/**
 * `npm run validate` as contributors and CI use it: exit codes, the text report and its
 * summary, JSON for programs, and annotations on pull-request lines in GitHub Actions.
 * Runs the real script on small fixture folders (tests/fixtures/validate-*).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const fixture = (name: string) => `tests/fixtures/validate-${name}`;

function validate(args: string[], env: Record<string, string> = {}) {
	const { GITHUB_ACTIONS: _, ...rest } = process.env;
	const r = spawnSync(process.execPath, ['scripts/validate.ts', ...args], {
		cwd: root,
		env: { ...rest, NO_COLOR: '1', ...env },
		encoding: 'utf8',
	});
	return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run validate', () => {
	it('exits 0 and says so when the content is clean', () => {
		const r = validate(['--content', fixture('clean')]);
		expect(r.code).toBe(0);
		expect(r.out.trim()).toBe('✓ 11 files checked, no problems.');
	});

	it('exits 1 with one block per error: file:line:column, field, what is wrong, the nearest valid value, the fix', () => {
		const r = validate(['--content', fixture('errors')]);
		expect(r.code).toBe(1);
		const blocks = r.out.trim().split('\n\n');
		expect(blocks).toHaveLength(4);
		expect(blocks[1]).toBe(
			[
				'tests/fixtures/validate-errors/events/sharaa-speech-2025-03-07.md:6:5  error',
				'  field: actors[0].actor',
				'  Unknown actor "ahmad-al-shara": there is no content/actors/ahmad-al-shara.md.',
				'  fix: Did you mean "ahmad-al-sharaa"? Use the id (file name without .md) of an existing actor, or add content/actors/ahmad-al-shara.md.',
			].join('\n'),
		);
		expect(blocks[0]).toMatch(/^tests\/fixtures\/validate-errors\/actors\/syrian-presidency\.md:3:1 {2}error\n {2}field: kind\n/);
		expect(blocks[0]).toContain('Did you mean "government-body"?');
		expect(blocks[2]).toMatch(/^tests\/fixtures\/validate-errors\/quotes\/sharaa-surrender\.md:\d+(:\d+)? {2}error\n {2}field: source\n {2}Missing required field "source"\./);
		expect(blocks[3]).toBe('3 errors, 0 warnings in 12 files.');
		expect(r.err).toBe('');
	});

	it('reports likely duplicates as warnings on the line of the field, and still exits 0', () => {
		const r = validate(['--content', fixture('warnings')]);
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/^tests\/fixtures\/validate-warnings\/actors\/al-sharaa\.md:2:1 {2}warning\n {2}field: name\n {2}Possible duplicate: tests\/fixtures\/validate-warnings\/actors\/ahmad-al-sharaa\.md has the same name or alias/);
		expect(r.out.trim().split('\n').at(-1)).toBe('0 errors, 1 warning in 12 files.');
	});

	it('--format json gives programs every problem with file, line, field and suggestion, and the counts', () => {
		const r = validate(['--content', fixture('errors'), '--format', 'json']);
		expect(r.code).toBe(1);
		const report = JSON.parse(r.out) as { files: number; errors: number; warnings: number; problems: Record<string, unknown>[] };
		expect(report).toMatchObject({ files: 12, errors: 3, warnings: 0 });
		expect(report.problems).toHaveLength(3);
		expect(report.problems[1]).toMatchObject({
			severity: 'error',
			file: 'tests/fixtures/validate-errors/events/sharaa-speech-2025-03-07.md',
			line: 6,
			column: 5,
			field: 'actors[0].actor',
			suggestion: 'ahmad-al-sharaa',
		});
		for (const p of report.problems) expect(Object.keys(p)).toEqual(expect.arrayContaining(['file', 'line', 'field', 'message', 'fix']));
	});

	it('--format json is valid JSON with no problems too', () => {
		const r = validate(['--content', fixture('clean'), '--format', 'json']);
		expect(r.code).toBe(0);
		expect(JSON.parse(r.out)).toEqual({ files: 11, errors: 0, warnings: 0, problems: [] });
	});

	it('in GitHub Actions, prints an annotation per problem on its line, then the readable report', () => {
		const r = validate(['--content', fixture('errors')], { GITHUB_ACTIONS: 'true' });
		expect(r.code).toBe(1);
		const lines = r.out.split('\n');
		const annotations = lines.filter((l) => l.startsWith('::'));
		expect(annotations).toHaveLength(3);
		expect(annotations[1]).toBe(
			'::error file=tests/fixtures/validate-errors/events/sharaa-speech-2025-03-07.md,line=6,col=5,' +
				'title=actors[0].actor%3A Unknown actor "ahmad-al-shara"%3A there is no content/actors/ahmad-al-shara.md.' +
				'::actors[0].actor: Unknown actor "ahmad-al-shara": there is no content/actors/ahmad-al-shara.md.' +
				'%0AFix: Did you mean "ahmad-al-sharaa"? Use the id (file name without .md) of an existing actor, or add content/actors/ahmad-al-shara.md.',
		);
		// Every annotation is one line: a newline in a message would end it early.
		for (const a of annotations) expect(a).toMatch(/^::error file=[^,]+,line=\d+(,col=\d+)?,title=[^:]*::[^\n]+$/);
		expect(lines.filter((l) => l.trim()).at(-1)).toBe('3 errors, 0 warnings in 12 files.');
	});

	it('in GitHub Actions, duplicates are warning annotations', () => {
		const r = validate(['--content', fixture('warnings')], { GITHUB_ACTIONS: 'true' });
		expect(r.code).toBe(0);
		expect(r.out).toMatch(/^::warning file=tests\/fixtures\/validate-warnings\/actors\/al-sharaa\.md,line=2,col=1,title=name%3A Possible duplicate/m);
	});

	it('an explicit --format wins over GitHub Actions', () => {
		const r = validate(['--content', fixture('clean'), '--format', 'json'], { GITHUB_ACTIONS: 'true' });
		expect(JSON.parse(r.out)).toMatchObject({ errors: 0 });
	});

	it.each([
		[['--content', 'tests/fixtures/no-such-folder'], /the content folder .*no-such-folder does not exist/],
		[['--format', 'xml'], /unknown --format "xml"; use text, json or github/],
		[['--colour'], /Unknown option '--colour'/],
	])('exits 2 with a one-line reason, not a stack trace, when it cannot run (%j)', (args, reason) => {
		const r = validate(args);
		expect(r.code).toBe(2);
		expect(r.err).toMatch(reason);
		expect(r.err).not.toMatch(/^\s+at /m);
		expect(r.out).toBe('');
	});
});
