/**
 * Builds an archive from any content folder into its own output and cache folders,
 * exactly as `npm run build` does, and returns what the build printed.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '..', '..');
/** Where test builds go (gitignored). */
export const buildsDir = path.join(projectRoot, '.builds');

/** A fresh folder of its own under .builds/ (which a fresh checkout does not have yet). */
export async function workDir(prefix: string): Promise<string> {
	await mkdir(buildsDir, { recursive: true });
	return mkdtemp(path.join(buildsDir, prefix));
}

export interface BuildResult {
	code: number;
	stdout: string;
	stderr: string;
	outDir: string;
}

/** `wrap`: a command the build runs under (e.g. strace and its options). */
export async function buildSite(contentDir: string, options: { outDir?: string; env?: Record<string, string>; wrap?: string[] } = {}): Promise<BuildResult> {
	// Inside the project on purpose: for an outDir outside the working folder, Astro puts
	// its prerender bundle in the shared ./.astro/, and builds running side by side clash.
	const work = await workDir('build-');
	const outDir = options.outDir ?? path.join(work, 'dist');
	const [command, ...args] = [...(options.wrap ?? []), process.execPath, path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'];
	const child = spawn(command!, args, {
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
