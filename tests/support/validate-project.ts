/**
 * Validates a small project made for a test: the basic fixture's content with changes
 * applied, and a public/ folder of its own. What the validator reports is what the build's
 * pre-flight reports (both call loadContent).
 */
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadContent, type LoadedContent } from '../../src/content-io/load-content.ts';
import type { Problem } from '../../src/graph/problems.ts';
import { formatText } from '../../src/validate/report.ts';
import { projectRoot } from './build-site.ts';

export const BASIC = path.join(projectRoot, 'tests', 'fixtures', 'basic');

/** A file's text or bytes, a symbolic link to a path, or null to delete the file. */
export type Change = string | Buffer | { link: string } | null;

export interface Validated extends LoadedContent {
	root: string;
	report: string;
	errors: Problem[];
	/** The errors of one file (content/… or public/…), as "line: message". */
	errorsIn: (file: string) => string[];
}

const made: string[] = [];
export const cleanProjects = () => Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));

/** Writes the project; `content/…` and `public/…` names are relative to its root. */
export async function makeProject(changes: Record<string, Change>, base = BASIC): Promise<string> {
	const root = await mkdtemp(path.join(os.tmpdir(), 'archive-project-'));
	made.push(root);
	await cp(base, path.join(root, 'content'), { recursive: true });
	await mkdir(path.join(root, 'public'), { recursive: true });
	for (const [name, change] of Object.entries(changes)) {
		const file = path.join(root, name);
		await mkdir(path.dirname(file), { recursive: true });
		if (change === null) await rm(file, { recursive: true, force: true });
		else if (typeof change === 'object' && !Buffer.isBuffer(change)) await symlink(change.link, file);
		else await writeFile(file, change);
	}
	return root;
}

export async function validateProject(changes: Record<string, Change>, base = BASIC): Promise<Validated> {
	const root = await makeProject(changes, base);
	const previous = process.env.ARCHIVE_PUBLIC;
	process.env.ARCHIVE_PUBLIC = path.join(root, 'public');
	try {
		const loaded = await loadContent(path.join(root, 'content'), root);
		const errors = loaded.problems.filter((p) => p.severity === 'error');
		return {
			...loaded,
			root,
			report: formatText(loaded.problems, loaded.files),
			errors,
			errorsIn: (file) => errors.filter((p) => p.file === file).map((p) => `${p.line}: ${p.message}`),
		};
	} finally {
		if (previous === undefined) delete process.env.ARCHIVE_PUBLIC;
		else process.env.ARCHIVE_PUBLIC = previous;
	}
}
