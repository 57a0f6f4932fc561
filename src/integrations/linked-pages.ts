/**
 * Unchanged pages reach a rebuild's staging folder as hard links, not copies. Astro keeps
 * a copy of every page in its cache (`<cacheDir>/dist/`) and, for a page it can reuse,
 * copies that file into the output folder unless one is already there. The staging
 * folder (output-folder.ts) starts empty, so at 10,000 events a rebuild copied 52,000
 * pages, 770 MB: 18 s of a 30 s rebuild. Linking them is a fraction of that.
 *
 * A link shares its file with the cache, and the last site shares it too. Astro writes a
 * page it renders again, and its cache copy, with `fs.promises.writeFile`, which would
 * write through a link into the site readers have: while a build runs, a write to a
 * linked file under the staging or cache folder first unlinks it, so it gets a file of its
 * own. A linked page this build did not produce (its entry was removed) is deleted.
 * Vite copies public/ over the staging folder with copyFileSync, which the guard does not
 * see: safe because check-public.ts lets no public file take an entry page's path.
 */
import fs from 'node:fs';
import { readFile, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Astro's record of its last build (astro/dist/core/build/incremental.js). */
interface AstroManifest {
	routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

const cacheCopies = (cacheDir: string) => path.join(cacheDir, 'dist');

/** The output files Astro's last build recorded, relative to the output folder. */
async function cachedOutputFiles(cacheDir: string): Promise<string[]> {
	let manifest: AstroManifest;
	try {
		manifest = JSON.parse(await readFile(path.join(cacheDir, 'incremental-build.json'), 'utf8')) as AstroManifest;
	} catch {
		return []; // no last build, or one Astro cannot read either: every page is rendered
	}
	const files = Object.values(manifest.routes ?? {}).flatMap((r) => Object.values(r.paths ?? {}).map((p) => p.outputFile ?? ''));
	// Only plain relative paths inside the output folder.
	return files.filter((f) => f && !path.isAbsolute(f) && !f.split(/[\\/]/).includes('..'));
}

/**
 * Links each cached page into `outDir`; returns those linked (relative paths). Synchronous on
 * purpose: 52,000 links take 0.8 s this way and 6 s through the thread pool.
 */
export async function linkCachedPages(cacheDir: string, outDir: string): Promise<Set<string>> {
	const linked = new Set<string>();
	const made = new Set<string>();
	for (const file of await cachedOutputFiles(cacheDir)) {
		const to = path.join(outDir, file);
		const dir = path.dirname(to);
		if (!made.has(dir)) {
			fs.mkdirSync(dir, { recursive: true });
			made.add(dir);
		}
		try {
			fs.linkSync(path.join(cacheCopies(cacheDir), file), to);
			linked.add(file);
		} catch {
			// No cache copy (pruned), a file already there, or another file system: Astro renders or copies it as usual.
		}
	}
	return linked;
}

/**
 * Until the returned function is called, `fs.promises.writeFile` to a file under one of
 * `dirs` that has other links replaces that file instead of writing into the shared one.
 */
export function unlinkBeforeWrite(dirs: readonly string[]): () => void {
	const roots = dirs.map((d) => path.resolve(d) + path.sep);
	const promises = fs.promises as { writeFile: typeof fs.promises.writeFile };
	const original = promises.writeFile;
	const pathOf = (file: unknown) => (typeof file === 'string' ? file : file instanceof URL && file.protocol === 'file:' ? fileURLToPath(file) : undefined);
	promises.writeFile = async function writeFile(file, ...rest) {
		const p = pathOf(file);
		if (p && roots.some((r) => path.resolve(p).startsWith(r))) {
			// Synchronous: Astro writes its pages one after another, and this runs for every one of them.
			const stat = fs.lstatSync(p, { throwIfNoEntry: false });
			if (stat && stat.isFile() && stat.nlink > 1) fs.unlinkSync(p);
		}
		return original.call(fs.promises, file, ...rest);
	} as typeof fs.promises.writeFile;
	return () => {
		promises.writeFile = original;
	};
}

/**
 * Deletes the linked pages that this build did not produce (`produced`: relative paths),
 * and the folders that leaves empty (a cold build would not have them).
 */
export async function removeUnproduced(outDir: string, linked: ReadonlySet<string>, produced: ReadonlySet<string>): Promise<number> {
	let removed = 0;
	const emptied = new Set<string>();
	for (const file of linked) {
		if (produced.has(file)) continue;
		await rm(path.join(outDir, file), { force: true });
		removed++;
		for (let dir = path.dirname(file); dir !== '.' && dir !== ''; dir = path.dirname(dir)) emptied.add(dir);
	}
	// Deepest first; a folder that still holds something stays.
	for (const dir of [...emptied].sort((a, b) => b.split(/[\\/]/).length - a.split(/[\\/]/).length)) {
		await rmdir(path.join(outDir, dir)).catch(() => undefined);
	}
	return removed;
}
