/**
 * The build never leaves a half-written site: Astro writes into a staging folder beside
 * the output folder, and only a build that finished replaces the output folder with it.
 * A build that fails, or is stopped with Ctrl-C, leaves the last good site as it was.
 * A lock beside the output folder keeps two builds of one checkout from writing at once.
 */
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { lstat, mkdir, readdir, realpath, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** `dist` → `.dist.partial`, beside it (one file system, so the swap is a rename). */
export const stagingFor = (outDir: string) => path.join(path.dirname(outDir), `.${path.basename(outDir)}.partial`);
const lockFor = (outDir: string) => path.join(path.dirname(outDir), `.${path.basename(outDir)}.lock`);

export class BuildLockedError extends Error {}

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
};

/** Takes the lock of an output folder for this process (a stale lock, of a process that is gone, is taken over). */
export function lockOutput(outDir: string): () => void {
	const lock = lockFor(outDir);
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const fd = openSync(lock, 'wx');
			writeSync(fd, String(process.pid));
			closeSync(fd);
			const release = () => rmSync(lock, { force: true });
			process.once('exit', release);
			return release;
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const pid = Number(readFileSync(lock, 'utf8').trim());
			if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
				throw new BuildLockedError(
					`Another build of this archive is running (process ${pid}) and writing ${path.basename(outDir)}/. Wait for it to finish, or stop it, then build again. (If no build is running, delete ${lock}.)`,
				);
			}
			rmSync(lock, { force: true });
		}
	}
	throw new BuildLockedError(`Could not take the build lock ${lock}.`);
}

/**
 * Removes a folder in a process of its own that outlives this one: the old site is
 * 26,000 files at 10,000 events, seconds of deleting that no reader needs to wait for.
 */
function removeInBackground(dir: string): void {
	const child = spawn(process.execPath, ['-e', 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })', dir], { detached: true, stdio: 'ignore' });
	child.on('error', () => rmSync(dir, { recursive: true, force: true }));
	child.unref();
}

/**
 * Puts the finished staging folder in the output folder's place. A symbolic link or a
 * mount point (a folder that cannot be renamed) keeps its identity: its contents are
 * replaced instead. The old site is moved aside at once and, with `background`, deleted
 * after this returns (the next build clears what is left of it).
 */
export async function publishStaging(stagingDir: string, outDirIn: string, options: { background?: boolean } = {}): Promise<void> {
	// Without trailing separators: `${staging}.old` must stand beside the staging folder, not inside it.
	const staging = path.resolve(stagingDir);
	const outDir = path.resolve(outDirIn);
	const existing = await lstat(outDir).catch(() => null);
	if (existing === null) {
		await mkdir(path.dirname(outDir), { recursive: true });
		await rename(staging, outDir);
		return;
	}
	const target = existing.isSymbolicLink() ? await realpath(outDir) : outDir;
	const old = `${staging}.old`;
	await rm(old, { recursive: true, force: true });
	try {
		await rename(target, old);
		await rename(staging, target);
		if (options.background) removeInBackground(old);
		else await rm(old, { recursive: true, force: true });
	} catch {
		// A mount point or a folder on another device: swap its contents one entry at a time.
		for (const name of await readdir(target)) await rm(path.join(target, name), { recursive: true, force: true });
		for (const name of await readdir(staging)) await rename(path.join(staging, name), path.join(target, name));
		await rm(staging, { recursive: true, force: true });
	}
}
