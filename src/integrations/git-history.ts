/**
 * When each content file last changed, and where its history is: asked of git once per
 * build, in one `git log` over the content folder (not one call per file: 10,000 events).
 * Outside a git checkout, in a shallow clone (where every file would seem to change in the
 * one commit it holds) or without git, there is no history and pages leave it out.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface FileHistory {
	/** The day of the file's last commit, `YYYY-MM-DD`. */
	changed: string;
	/** The file's history on the repository's host, when its address is configured (ARCHIVE_REPOSITORY). */
	url: string | undefined;
}

/** Files (relative to `projectDir`) to their history. */
export type History = ReadonlyMap<string, FileHistory>;

const RECORD = '\u001e';

/**
 * Reads `git log --name-only --format=<RS>%cs` output, newest commit first: a file's first
 * appearance is its last change.
 */
export function parseGitLog(out: string): Map<string, string> {
	const changed = new Map<string, string>();
	for (const record of out.split(RECORD)) {
		const [day, ...files] = record.split('\n');
		if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) continue;
		for (const f of files) if (f && !changed.has(f)) changed.set(f, day);
	}
	return changed;
}

/**
 * The address of a file's history: `ARCHIVE_REPOSITORY` is the repository's web address
 * (`https://github.com/owner/name`), `ARCHIVE_BRANCH` its branch (default `main`); GitHub,
 * GitLab and Codeberg all answer `<repository>/commits/<branch>/<path>`.
 */
export function historyUrl(repository: string | undefined, branch: string, repoPath: string): string | undefined {
	if (!repository || !/^https:\/\//.test(repository)) return undefined;
	const encoded = repoPath.split('/').map(encodeURIComponent).join('/');
	return `${repository.replace(/\/+$/, '')}/commits/${encodeURIComponent(branch)}/${encoded}`;
}

export async function readHistory(contentDir: string, projectDir = process.cwd(), env: Record<string, string | undefined> = process.env): Promise<History> {
	const git = (args: string[]) => run('git', args, { cwd: projectDir, maxBuffer: 1 << 30, encoding: 'utf8' }).then((r) => r.stdout);
	let prefix: string;
	let log: string;
	try {
		const [where, shallow] = (await git(['rev-parse', '--show-prefix', '--is-shallow-repository'])).split('\n');
		if (shallow === 'true') return new Map();
		prefix = where ?? '';
		log = await git(['-c', 'core.quotePath=off', 'log', '--no-renames', '--name-only', `--format=${RECORD}%cs`, '--relative', '--', path.relative(projectDir, contentDir) || '.']);
	} catch {
		return new Map();
	}
	const branch = env.ARCHIVE_BRANCH || 'main';
	const history = new Map<string, FileHistory>();
	for (const [file, changed] of parseGitLog(log)) history.set(file, { changed, url: historyUrl(env.ARCHIVE_REPOSITORY, branch, `${prefix}${file}`) });
	return history;
}
