/**
 * The validator's gate for public/, whose files the build copies into the site as they
 * are: only the site's own assets and raster pictures in public/images/ may stand there.
 * An SVG or HTML file could run a script on the archive's origin when a reader opens it,
 * and a symbolic link could publish any file of the machine that builds the site.
 * Also checks that every local image a body shows (../images/<file>) exists.
 */
import { lstatSync, openSync, readSync, closeSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { AnyRawEntry } from '../graph/types.ts';
import type { Problem } from '../graph/problems.ts';
import { findLocalImages } from '../model/unsafe-urls.ts';

/** Pictures: extension and the bytes such a file starts with. */
const PICTURES: Record<string, (head: Buffer) => boolean> = {
	'.png': (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
	'.jpg': (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
	'.jpeg': (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff,
	'.gif': (h) => h.subarray(0, 4).toString('latin1') === 'GIF8',
	'.webp': (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP',
	'.avif': (h) => h.subarray(4, 12).toString('latin1').startsWith('ftypavi'),
};
/** The site's own files (reviewed code, not contributions). */
const SITE_FILES = /^(?:_headers|robots\.txt|assets\/[a-z0-9-]+\.(?:css|svg|ico|woff2))$/;

/** The first `bytes` bytes of a file. */
function readStart(file: string, bytes: number): Buffer {
	const fd = openSync(file, 'r');
	try {
		const buf = Buffer.alloc(bytes);
		return buf.subarray(0, readSync(fd, buf, 0, bytes, 0));
	} finally {
		closeSync(fd);
	}
}
const head = (file: string) => readStart(file, 16);

export function checkPublic(publicDir: string, projectDir: string): Problem[] {
	const problems: Problem[] = [];
	const rel = (file: string) => path.relative(projectDir, file).split(path.sep).join('/');
	const refuse = (file: string, message: string, fix: string) => problems.push({ severity: 'error', file: rel(file), path: [], line: 1, message, fix });
	let names: import('node:fs').Dirent[];
	try {
		names = readdirSync(publicDir, { withFileTypes: true, recursive: true });
	} catch {
		return problems;
	}
	for (const d of names) {
		const file = path.join(d.parentPath, d.name);
		const inside = path.relative(publicDir, file).split(path.sep).join('/');
		if (d.isSymbolicLink()) {
			refuse(file, `"${inside}" is a symbolic link: the build would publish whatever it points to, which may be outside the repository.`, 'Replace the link with a copy of the file, or delete it.');
			continue;
		}
		if (!d.isFile()) continue;
		if (SITE_FILES.test(inside)) continue;
		const ext = path.extname(d.name).toLowerCase();
		if (inside.startsWith('images/') && PICTURES[ext]) {
			if (!PICTURES[ext]!(head(file))) refuse(file, `"${inside}" is named ${ext} but is not such a picture.`, `Save the picture again as a real ${ext.slice(1).toUpperCase()} file (or give it the extension of its format).`);
			continue;
		}
		if (inside.startsWith('images/')) {
			refuse(file, `"${inside}" is not a picture the archive publishes: public/images/ takes PNG, JPEG, GIF, WebP and AVIF files only${ext === '.svg' || ext === '.html' || ext === '.htm' || ext === '.xml' ? ` (an ${ext.slice(1).toUpperCase()} file can run scripts on the archive's site when a reader opens it)` : ''}.`, ext === '.svg' ? 'Export the drawing as a PNG and save that instead.' : 'Save the picture as PNG or JPEG, or remove the file.');
			continue;
		}
		refuse(file, `"${inside}" is not one of the site's own files, and public/ is published as it is.`, 'Pictures for entries go in public/images/ (PNG, JPEG, GIF, WebP or AVIF); other files do not belong in public/.');
	}
	// The site's own SVGs stay script-free too.
	for (const d of names) {
		const file = path.join(d.parentPath, d.name);
		if (!d.isFile() || !d.name.endsWith('.svg') || !SITE_FILES.test(path.relative(publicDir, file).split(path.sep).join('/'))) continue;
		const text = readStart(file, 200_000).toString('utf8');
		if (/<script|\bon[a-z]+\s*=|javascript:|<foreignObject/i.test(text)) refuse(file, `"${path.relative(publicDir, file)}" holds a script, an event handler or embedded HTML.`, 'Remove the script and event handlers from the SVG: the site\'s icons are plain drawings.');
	}
	return problems;
}

/** Local images a body shows that public/images/ does not have, or written another way. */
export function localImageProblems(entries: readonly AnyRawEntry[], publicDir: string): Problem[] {
	const problems: Problem[] = [];
	const have = new Map<string, boolean>();
	const exists = (name: string) => {
		let found = have.get(name);
		if (found === undefined) {
			try {
				found = lstatSync(path.join(publicDir, 'images', name)).isFile();
			} catch {
				found = false;
			}
			have.set(name, found);
		}
		return found;
	};
	for (const e of entries) {
		for (const image of findLocalImages(e.body)) {
			const m = /^\.\.\/images\/([A-Za-z0-9._-]+)$/.exec(image.url);
			const at = { severity: 'error' as const, file: e.file, path: [], bodyLine: image.line, column: image.column };
			if (!m) problems.push({ ...at, message: `The local image "${image.url}" is not in public/images/, the one folder the site publishes pictures from.`, fix: 'Save the picture in public/images/ and show it with ![what it shows](../images/<file>).' });
			else if (!exists(m[1]!)) problems.push({ ...at, message: `The image "${image.url}" does not exist: there is no public/images/${m[1]}.`, fix: `Add public/images/${m[1]} (PNG, JPEG, GIF, WebP or AVIF), or correct the file name.` });
		}
	}
	return problems;
}
