/**
 * Bundles browser code (`src/client/*.client.ts`) into classic IIFE scripts under
 * `assets/`. Chromium blocks module scripts loaded from file://, so the site ships no
 * `type="module"` script: a classic `<script src defer>` works from disk and online.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';

const clientDir = (root: string) => path.join(root, 'src', 'client');

async function entryPoints(root: string): Promise<Record<string, string>> {
	const names = (await readdir(clientDir(root))).filter((n) => n.endsWith('.client.ts'));
	return Object.fromEntries(names.map((n) => [n.replace(/\.client\.ts$/, ''), path.join(clientDir(root), n)]));
}

const options = (entries: Record<string, string>): BuildOptions => ({
	entryPoints: entries,
	bundle: true,
	format: 'iife',
	target: 'es2022',
	minify: true,
	legalComments: 'none',
	logLevel: 'error',
});

/** Writes `assets/<name>.js` for each client entry into the built site. */
export async function bundleClientScripts(root: string, outDir: string): Promise<void> {
	await build({ ...options(await entryPoints(root)), outdir: path.join(outDir, 'assets') });
}

/** For the dev server: bundles one entry in memory. */
export async function bundleOne(root: string, name: string): Promise<string | undefined> {
	const entries = await entryPoints(root);
	if (!entries[name]) return undefined;
	const result = await build({ ...options({ [name]: entries[name] }), write: false, minify: false, sourcemap: 'inline' });
	return result.outputFiles[0]?.text;
}
