/**
 * The contributors' path: `npm ci` works on every platform, and nothing is published
 * that did not pass. The lock file must hold every platform's optional packages (a lock
 * written by npm 10 over an installed tree drops them, npm/cli#4828: npm ci on npm 11
 * then refuses it, and macOS, Windows and arm64 get no Astro compiler or Pagefind binary).
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../support/build-site.ts';

interface LockPackage {
	version?: string;
	optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(await readFile(path.join(projectRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockPackage> };
const manifest = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8')) as Record<string, unknown> & { engines: Record<string, string> };

describe('package-lock.json', () => {
	it("holds every optional (platform) package that a locked package names, for every platform", () => {
		const missing: string[] = [];
		for (const [where, pkg] of Object.entries(lock.packages)) {
			for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
				// npm resolves a dependency in the nearest node_modules up the tree.
				const candidates = [`${where ? `${where}/` : ''}node_modules/${name}`, `node_modules/${name}`];
				if (!candidates.some((c) => lock.packages[c])) missing.push(`${name} (needed by ${where || 'the project'})`);
			}
		}
		expect(missing).toEqual([]);
	});

	it('has the Astro compiler and Pagefind binaries of macOS, Windows and Linux on arm64 and x64', () => {
		const names = Object.keys(lock.packages);
		for (const wanted of ['darwin-arm64', 'darwin-x64', 'linux-arm64', 'linux-x64', 'win32-x64']) {
			expect(names.some((n) => n.startsWith('node_modules/@astrojs/compiler-binding-') && n.includes(wanted)), `Astro compiler for ${wanted}`).toBe(true);
		}
		for (const wanted of ['darwin-arm64', 'darwin-x64', 'linux-arm64', 'linux-x64', 'windows-x64']) {
			expect(names, `Pagefind for ${wanted}`).toContain(`node_modules/@pagefind/${wanted}`);
		}
	});

	it('npm install changes nothing in it, so a contributor\'s pull request carries no lock diff', async () => {
		const dir = await mkdtemp(path.join(os.tmpdir(), 'archive-lock-'));
		try {
			await cp(path.join(projectRoot, 'package.json'), path.join(dir, 'package.json'));
			await cp(path.join(projectRoot, 'package-lock.json'), path.join(dir, 'package-lock.json'));
			const r = spawnSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: dir, encoding: 'utf8', timeout: 110_000 });
			expect(r.status, r.stderr).toBe(0);
			expect(await readFile(path.join(dir, 'package-lock.json'), 'utf8')).toBe(await readFile(path.join(projectRoot, 'package-lock.json'), 'utf8'));
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	}, 120_000);

	it('pins the npm major that writes such a lock, and says which Node runs npm', async () => {
		expect(manifest.packageManager).toMatch(/^npm@11\./);
		expect(manifest.engines.npm).toBe('>=11');
		expect((await readFile(path.join(projectRoot, '.nvmrc'), 'utf8')).trim()).toBe('24');
	});
});

describe('publishing', () => {
	it('deploys only from the workflow that checks, and only after the check job passed', async () => {
		const dir = path.join(projectRoot, '.github', 'workflows');
		const ci = parse(await readFile(path.join(dir, 'ci.yml'), 'utf8')) as { jobs: Record<string, { needs?: string | string[]; steps?: { uses?: string; run?: string }[] }> };
		const deployers = Object.entries(ci.jobs).filter(([, job]) => job.steps?.some((s) => s.uses?.startsWith('actions/deploy-pages')));
		expect(deployers.map(([name]) => name)).toEqual(['deploy']);
		expect([ci.jobs.deploy!.needs].flat()).toContain('check');
		for (const job of Object.values(ci.jobs)) {
			for (const step of job.steps ?? []) if (step.run?.includes('npm ')) expect(step.run).not.toMatch(/npm install(?! -)/);
		}
		expect(await readdir(dir)).toEqual(['ci.yml']);
	});
});
