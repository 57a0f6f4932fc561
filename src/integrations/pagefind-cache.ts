/**
 * Keeps the last Pagefind index in the build cache, keyed by a digest of exactly what
 * Pagefind reads (every .html file under the output folder, by relative path and
 * content) and of how it reads it (Pagefind's version and our options). A rebuild whose
 * pages are byte-for-byte the same copies the index instead of indexing 35,000 pages.
 *
 * One slot, `<cacheDir>/pagefind/<digest>/` (the index in `index/`, its file count and size
 * in `manifest.json`), so the cache holds one index at most. A slot appears only by
 * renaming a complete copy into place, and an index is restored into a
 * temporary folder renamed to `pagefind/` once complete, so a failure half-way never
 * leaves a partial index in either place.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Bump when the layout of a slot or what the digest covers changes. */
const FORMAT = 1;
/** Files read or copied at once; enough to keep the disk busy without EMFILE. */
const CONCURRENCY = 32;
/** A `.tmp-` folder older than this was left by a build that died; it is removed. */
const STALE_TMP_MS = 60 * 60 * 1000;

/** Runs `task` over `items`, `concurrency` at a time. */
async function eachLimited<T>(items: readonly T[], concurrency: number, task: (item: T, i: number) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			await task(items[i]!, i);
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

export interface PagesDigest {
	/** sha256 hex of the key and of every .html file, in path order. */
	digest: string;
	files: number;
	bytes: number;
}

/**
 * Hashes every .html file under `outDir` together with `key` (what else decides the
 * index: Pagefind's version and options). Returns undefined when the folder holds a
 * symbolic link, whose target the digest could not vouch for: the caller then indexes.
 */
export async function digestIndexedPages(outDir: string, key: unknown): Promise<PagesDigest | undefined> {
	const files: string[] = [];
	for (const entry of await readdir(outDir, { withFileTypes: true, recursive: true })) {
		if (entry.isSymbolicLink()) return undefined;
		if (entry.isFile() && entry.name.toLowerCase().endsWith('.html')) {
			files.push(path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
		}
	}
	files.sort();
	// Each file is hashed on its own so many can be read at once; the outer hash then
	// takes path, size and file hash in path order, so order and renames count too.
	const hashes = new Array<Buffer>(files.length);
	const sizes = new Array<number>(files.length);
	await eachLimited(files, CONCURRENCY, async (file, i) => {
		const content = await readFile(path.join(outDir, file));
		sizes[i] = content.length;
		hashes[i] = createHash('sha256').update(content).digest();
	});
	const outer = createHash('sha256').update(JSON.stringify({ format: FORMAT, key })).update('\0');
	let bytes = 0;
	for (let i = 0; i < files.length; i++) {
		outer.update(`${files[i]}\0${sizes[i]}\0`).update(hashes[i]!);
		bytes += sizes[i]!;
	}
	return { digest: outer.digest('hex'), files: files.length, bytes };
}

const slotsDir = (cacheDir: string) => path.join(cacheDir, 'pagefind');

/**
 * Copies a folder of plain files and folders to `to`, which must not exist. An index is
 * ~26,000 small files at 10,000 events; fs.cp copies one file at a time, this copies many.
 */
export async function copyTree(from: string, to: string): Promise<void> {
	const files: string[] = [];
	const dirs: string[] = [];
	for (const entry of await readdir(from, { withFileTypes: true, recursive: true })) {
		const rel = path.relative(from, path.join(entry.parentPath, entry.name));
		if (entry.isDirectory()) dirs.push(rel);
		else if (entry.isFile()) files.push(rel);
		else throw new Error(`${path.join(from, rel)} is neither a file nor a folder`);
	}
	await mkdir(to);
	// Parents sort before their children.
	for (const dir of dirs.sort()) await mkdir(path.join(to, dir));
	await eachLimited(files, CONCURRENCY, (file) => copyFile(path.join(from, file), path.join(to, file), constants.COPYFILE_EXCL));
}

export interface IndexFiles {
	files: number;
	bytes: number;
}

/** How many files a folder holds and their total size. */
export async function countFiles(dir: string): Promise<IndexFiles> {
	const files = (await readdir(dir, { withFileTypes: true, recursive: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
	let bytes = 0;
	await eachLimited(files, CONCURRENCY, async (file) => {
		// Not `bytes += await …`: that reads `bytes` before waiting and loses other updates.
		const { size } = await stat(file);
		bytes += size;
	});
	return { files: files.length, bytes };
}

/**
 * Copies the cached index for `digest` to `target` (replacing it) and returns its file
 * count and size, or undefined when the cache holds no index for this digest. Throws
 * when the copy fails or differs from what was stored (and then removes the slot too),
 * after removing the copy; `target` is then as it was.
 */
export async function restoreIndex(cacheDir: string, digest: string, target: string): Promise<IndexFiles | undefined> {
	const slot = path.join(slotsDir(cacheDir), digest);
	const manifest = await readFile(path.join(slot, 'manifest.json'), 'utf8').catch(() => undefined);
	if (manifest === undefined) return undefined;
	const stored = JSON.parse(manifest) as IndexFiles;
	const temp = `${target}.tmp-${randomBytes(6).toString('hex')}`;
	try {
		await copyTree(path.join(slot, 'index'), temp);
		// A slot is complete when renamed into place, but another build sharing the cache
		// may be removing it while we copy: a short copy must not pass for an index.
		const copied = await countFiles(temp);
		if (copied.files !== stored.files || copied.bytes !== stored.bytes) {
			// A slot that cannot be restored is dropped, so the next index takes its place.
			await rm(slot, { recursive: true, force: true });
			throw new Error(`the copy of ${slot} has ${copied.files} files (${copied.bytes} bytes), the slot recorded ${stored.files} (${stored.bytes} bytes)`);
		}
		await rm(target, { recursive: true, force: true });
		await rename(temp, target);
		return copied;
	} catch (error) {
		await rm(temp, { recursive: true, force: true });
		throw error;
	}
}

/**
 * Stores a copy of `source` (a finished index) as the slot for `digest` and removes every
 * other slot. Another build storing the same digest at the same time is harmless: the
 * first rename wins and the other copy is dropped.
 */
export async function storeIndex(cacheDir: string, digest: string, source: string): Promise<void> {
	const dir = slotsDir(cacheDir);
	await mkdir(dir, { recursive: true });
	const temp = await mkdtemp(path.join(dir, '.tmp-'));
	try {
		await copyTree(source, path.join(temp, 'index'));
		const files = await countFiles(path.join(temp, 'index'));
		await writeFile(path.join(temp, 'manifest.json'), JSON.stringify(files));
		await rename(temp, path.join(dir, digest)).catch(async (error: NodeJS.ErrnoException) => {
			if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
		});
	} finally {
		await rm(temp, { recursive: true, force: true });
	}
	const now = Date.now();
	for (const name of await readdir(dir)) {
		if (name === digest) continue;
		if (name.startsWith('.tmp-')) {
			// Possibly another build's copy in progress: only old ones are leftovers.
			const info = await stat(path.join(dir, name)).catch(() => undefined);
			if (!info || now - info.mtimeMs < STALE_TMP_MS) continue;
		}
		await rm(path.join(dir, name), { recursive: true, force: true });
	}
}
