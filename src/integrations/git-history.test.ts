import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyUrl, parseGitLog, readHistory } from './git-history.ts';

describe('parseGitLog', () => {
	it('takes each file\'s newest commit', () => {
		const out = '\u001e2025-03-09\n\ncontent/events/a.md\ncontent/events/b.md\n\u001e2025-01-02\n\ncontent/events/a.md\ncontent/places/c.md\n';
		expect([...parseGitLog(out)]).toEqual([['content/events/a.md', '2025-03-09'], ['content/events/b.md', '2025-03-09'], ['content/places/c.md', '2025-01-02']]);
	});
});

describe('historyUrl', () => {
	it('points at the file\'s commits on the configured branch, and is absent without an https address', () => {
		expect(historyUrl('https://github.com/o/r/', 'main', 'site/content/events/a b.md')).toBe('https://github.com/o/r/commits/main/site/content/events/a%20b.md');
		expect(historyUrl(undefined, 'main', 'x.md')).toBeUndefined();
		expect(historyUrl('javascript:alert(1)', 'main', 'x.md')).toBeUndefined();
	});
});

describe('readHistory', () => {
	const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd, env: { ...process.env, GIT_COMMITTER_DATE: '2025-02-03T10:00:00Z', GIT_AUTHOR_DATE: '2025-02-03T10:00:00Z' } });

	it('reads every file\'s last change from one git log, relative to the project', async () => {
		const repo = await mkdtemp(path.join(tmpdir(), 'history-'));
		await mkdir(path.join(repo, 'site', 'content', 'events'), { recursive: true });
		await writeFile(path.join(repo, 'site', 'content', 'events', 'a.md'), 'x');
		git(repo, 'init', '-q', '-b', 'main');
		git(repo, 'add', '.');
		git(repo, 'commit', '-q', '-m', 'a');
		const project = path.join(repo, 'site');
		const history = await readHistory(path.join(project, 'content'), project, { ARCHIVE_REPOSITORY: 'https://github.com/o/r' });
		expect([...history]).toEqual([['content/events/a.md', { changed: '2025-02-03', url: 'https://github.com/o/r/commits/main/site/content/events/a.md' }]]);
	});

	it('is empty outside a git checkout', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'no-git-'));
		expect((await readHistory(dir, dir, {})).size).toBe(0);
	});
});
