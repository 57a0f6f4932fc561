import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildLockedError, lockOutput, publishStaging, stagingFor } from './output-folder.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));
const temp = async () => {
	const d = await mkdtemp(path.join(os.tmpdir(), 'archive-out-'));
	dirs.push(d);
	return d;
};
const site = async (dir: string, text: string) => {
	await mkdir(dir, { recursive: true });
	await writeFile(path.join(dir, 'index.html'), text);
};

describe('publishStaging', () => {
	it('replaces the output folder with the finished one, leaving nothing of the old one anywhere', async () => {
		const root = await temp();
		const out = path.join(root, 'dist');
		for (const build of ['first', 'second', 'third']) {
			await site(stagingFor(out), build);
			// Astro hands its folder over as a URL path with a trailing slash.
			await publishStaging(`${stagingFor(out)}/`, `${out}/`);
		}
		expect(await readdir(out)).toEqual(['index.html']);
		expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('third');
		expect((await readdir(root)).sort()).toEqual(['dist']);
	});

	it('can leave deleting the old site to a process of its own, which removes it all', async () => {
		const root = await temp();
		const out = path.join(root, 'dist');
		await site(out, 'old');
		await site(stagingFor(out), 'new');
		await publishStaging(stagingFor(out), out, { background: true });
		expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('new');
		await expect.poll(async () => (await readdir(root)).sort(), { timeout: 10_000 }).toEqual(['dist']);
	});

	it('keeps a symbolic link to the output folder a link, and replaces what it points to', async () => {
		const root = await temp();
		await site(path.join(root, 'real'), 'old');
		await symlink(path.join(root, 'real'), path.join(root, 'dist'));
		await site(stagingFor(path.join(root, 'dist')), 'new');
		await publishStaging(stagingFor(path.join(root, 'dist')), path.join(root, 'dist'));
		expect(await readFile(path.join(root, 'dist', 'index.html'), 'utf8')).toBe('new');
		expect(await readFile(path.join(root, 'real', 'index.html'), 'utf8')).toBe('new');
	});
});

describe('lockOutput', () => {
	it('refuses a second lock while the first holder lives, and takes over a stale one', async () => {
		const out = path.join(await temp(), 'dist');
		const lock = path.join(path.dirname(out), '.dist.lock');
		// A live process other than this one holds it: the parent of this test process.
		await writeFile(lock, String(process.ppid));
		expect(() => lockOutput(out)).toThrow(BuildLockedError);
		await writeFile(lock, '999999999');
		const release = lockOutput(out);
		expect(await readFile(lock, 'utf8')).toBe(String(process.pid));
		release();
		await expect(readFile(lock, 'utf8')).rejects.toThrow();
	});
});
