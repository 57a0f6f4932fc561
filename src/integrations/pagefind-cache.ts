/**
 * Keeps the last build's Pagefind shards (src/search/pagefind-shards.ts) in the build
 * cache, each keyed by a digest of exactly what Pagefind indexes in it (its documents, by
 * URL and HTML) and of how (Pagefind's version, our options, the shard's folder). A
 * rebuild indexes only the shards whose documents changed and takes the others from here.
 *
 * A slot per shard, `<cacheDir>/pagefind/<digest>/` (the index in `index/`, its file count
 * and size in `manifest.json`); slots of shards the last build no longer has are pruned.
 * A slot appears only by renaming a complete index into place and is never written to
 * again, so a restored index can be hard-linked into the site instead of copied. An index
 * is restored into a temporary folder renamed into place once complete, so a failure
 * half-way never leaves a partial index in either place.
 */
import { createHash, randomBytes } from 'node:crypto';
import { constants, linkSync, statSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Bump when the layout of a slot or what the digest covers changes. */
const FORMAT = 3;
/** Files read or copied at once; enough to keep the disk busy without EMFILE. */
const CONCURRENCY = 32;
/** A `.tmp-` folder older than this was left by a build that died; it is removed. */
const STALE_TMP_MS = 60 * 60 * 1000;

/** Runs `task` over `items`, `concurrency` at a time. */
export async function eachLimited<T>(items: readonly T[], concurrency: number, task: (item: T, i: number) => Promise<void>): Promise<void> {
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			await task(items[i]!, i);
		}
	};
	await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

/**
 * sha256 hex of `key` (what else decides the index) and of every document's URL and
 * HTML, in order: any change to any document, its order or the key changes it.
 */
export function digestDocuments(documents: readonly { url: string; html: string }[], key: unknown): string {
	const hash = createHash('sha256').update(JSON.stringify({ format: FORMAT, key })).update('\0');
	for (const d of documents) hash.update(`${d.url}\0${d.html.length}\0`).update(d.html).update('\0');
	return hash.digest('hex');
}

const slotsDir = (cacheDir: string) => path.join(cacheDir, 'pagefind');

/**
 * Copies a folder of plain files and folders to `to`, which must not exist. An index is
 * ~26,000 small files at 10,000 events; fs.cp copies one file at a time, this copies many.
 */
export async function copyTree(from: string, to: string, options: { link?: boolean } = {}): Promise<void> {
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
	const copy = (file: string) => copyFile(path.join(from, file), path.join(to, file), constants.COPYFILE_EXCL);
	// A hard link costs no copy; where the file system refuses one (another device, no links), the file is copied.
	// Links are made synchronously: 26,000 take well under a second this way, and seconds through the
	// thread pool, which the pages Astro writes meanwhile share.
	const unlinked: string[] = [];
	if (options.link) {
		for (const file of files) {
			try {
				linkSync(path.join(from, file), path.join(to, file));
			} catch (error) {
				if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK', 'EOPNOTSUPP'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
				unlinked.push(file);
			}
		}
	}
	await eachLimited(options.link ? unlinked : files, CONCURRENCY, copy);
}

export interface IndexFiles {
	files: number;
	bytes: number;
}

/** How many files a folder holds and their total size. */
export async function countFiles(dir: string): Promise<IndexFiles> {
	const files = (await readdir(dir, { withFileTypes: true, recursive: true })).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
	// Synchronous, like the links: a stat is a few microseconds, a trip through the thread pool much more.
	let bytes = 0;
	for (const file of files) bytes += statSync(file).size;
	return { files: files.length, bytes };
}

/** True when the cache holds a complete index for `digest`. */
export const hasIndex = (cacheDir: string, digest: string) =>
	stat(path.join(slotsDir(cacheDir), digest, 'manifest.json')).then(
		() => true,
		() => false,
	);

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
		// Linked, not copied: a slot's files are never written to again, only removed with their slot.
		await copyTree(path.join(slot, 'index'), temp, { link: true });
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
 * Stores `source` (a finished index; copied, or moved when it is on the cache's disk) as
 * the slot for `digest`. Another build storing the same digest at the same time is
 * harmless: the first rename wins and the other copy is dropped.
 */
export async function storeIndex(cacheDir: string, digest: string, source: string, options: { move?: boolean } = {}): Promise<void> {
	const dir = slotsDir(cacheDir);
	await mkdir(dir, { recursive: true });
	const temp = await mkdtemp(path.join(dir, '.tmp-'));
	try {
		if (options.move) await rename(source, path.join(temp, 'index'));
		else await copyTree(source, path.join(temp, 'index'));
		const files = await countFiles(path.join(temp, 'index'));
		await writeFile(path.join(temp, 'manifest.json'), JSON.stringify(files));
		await rename(temp, path.join(dir, digest)).catch(async (error: NodeJS.ErrnoException) => {
			if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
		});
	} finally {
		await rm(temp, { recursive: true, force: true });
	}
}

/** Removes every slot but those of `keep` (the shards of the index just made), and leftovers of builds that died. */
export async function pruneSlots(cacheDir: string, keep: ReadonlySet<string>): Promise<void> {
	const dir = slotsDir(cacheDir);
	const now = Date.now();
	for (const name of await readdir(dir).catch(() => [])) {
		if (keep.has(name)) continue;
		if (name.startsWith('.tmp-')) {
			// Possibly another build's copy in progress: only old ones are leftovers.
			const info = await stat(path.join(dir, name)).catch(() => undefined);
			if (!info || now - info.mtimeMs < STALE_TMP_MS) continue;
		}
		await rm(path.join(dir, name), { recursive: true, force: true });
	}
}
