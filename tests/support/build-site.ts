/**
 * Builds an archive from any content folder into its own output and cache folders,
 * exactly as `npm run build` does, and returns what the build printed.
 */
import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');

export interface BuildResult {
	code: number;
	stdout: string;
	stderr: string;
	outDir: string;
}

export async function buildSite(contentDir: string, options: { outDir?: string; env?: Record<string, string> } = {}): Promise<BuildResult> {
	const work = await mkdtemp(path.join(os.tmpdir(), 'archive-build-'));
	const outDir = options.outDir ?? path.join(work, 'dist');
	const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
		cwd: projectRoot,
		env: {
			...process.env,
			ARCHIVE_CONTENT: path.resolve(contentDir),
			ARCHIVE_OUT: outDir,
			ARCHIVE_CACHE: path.join(work, 'cache'),
			ASTRO_TELEMETRY_DISABLED: '1',
			...options.env,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (d) => (stdout += d));
	child.stderr.on('data', (d) => (stderr += d));
	const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
	return { code, stdout, stderr, outDir };
}
