/**
 * What the YAML parser made of each content file, kept between builds and keyed by the
 * file's bytes: a rebuild after one edit parses one file, not 25,000 (the parse is about
 * half of the content read at 10,000 events). Only files that were valid are kept; a hit
 * still goes through its schema, and a file whose cached data no longer passes it (the
 * schema changed) is read afresh, so problems always come from a full read with lines.
 *
 * The cache is one JSON file in the build cache (Astro's cacheDir) and a process-wide
 * map, so `astro dev` re-reads a change without parsing the unchanged files either.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { YAML_OPTIONS } from './read-entry.ts';

/** One file's parse: its frontmatter's data, where its body starts and on which line. */
export interface CachedParse {
	data: unknown;
	bodyAt: number;
	bodyLine: number;
}

export interface ParseCache {
	get(text: string): CachedParse | undefined;
	/** Keeps a valid file's parse for the next read. */
	put(text: string, parse: CachedParse): void;
	/** Writes the parses of this read's files (and only those) back to disk, if anything changed. */
	save(): void;
}

const FILE = 'archive-parse-cache.json';
/** Bump when what is stored, or how the YAML is read, changes. */
const VERSION = 1;
const STAMP = JSON.stringify({ VERSION, YAML_OPTIONS });

type Stored = [data: unknown, bodyAt: number, bodyLine: number];

const keyOf = (text: string) => createHash('sha1').update(text).digest('base64url');

/** Whether JSON gives the value back as it is (YAML's .inf and .nan would come back as null). */
function jsonSafe(value: unknown, depth = 0): boolean {
	if (depth > 64) return false;
	if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
	if (Array.isArray(value)) return value.every((v) => jsonSafe(v, depth + 1));
	if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return Object.values(value).every((v) => jsonSafe(v, depth + 1));
	return false;
}

function readStored(file: string): Map<string, Stored> {
	try {
		const saved = JSON.parse(readFileSync(file, 'utf8')) as { stamp?: string; parses?: Record<string, Stored> };
		if (saved.stamp === STAMP && saved.parses && typeof saved.parses === 'object') return new Map(Object.entries(saved.parses));
	} catch {
		// No cache yet, or one that cannot be read: every file is parsed, as in a cold build.
	}
	return new Map();
}

const SLOT = Symbol.for('syria-archive.parse-cache');
const slot = globalThis as typeof globalThis & { [SLOT]?: { dir: string; parses: Map<string, Stored> } };

/**
 * The cache kept in `cacheDir`. Within one process the parses stay in memory between
 * reads (dev), so the file is read once per process.
 */
export function openParseCache(cacheDir: string): ParseCache {
	const file = path.join(cacheDir, FILE);
	if (slot[SLOT]?.dir !== cacheDir) slot[SLOT] = { dir: cacheDir, parses: readStored(file) };
	const known = slot[SLOT].parses;
	const used = new Map<string, Stored>();
	let changed = false;
	return {
		get(text) {
			const key = keyOf(text);
			const hit = known.get(key);
			if (!hit) return undefined;
			used.set(key, hit);
			return { data: hit[0], bodyAt: hit[1], bodyLine: hit[2] };
		},
		put(text, { data, bodyAt, bodyLine }) {
			if (!jsonSafe(data)) return;
			const key = keyOf(text);
			const stored: Stored = [data, bodyAt, bodyLine];
			known.set(key, stored);
			used.set(key, stored);
			changed = true;
		},
		save() {
			if (!changed && used.size === known.size) return;
			slot[SLOT]!.parses = new Map(used);
			try {
				mkdirSync(cacheDir, { recursive: true });
				// Written beside and renamed, so a build stopped mid-write leaves the old cache whole.
				writeFileSync(`${file}.tmp`, JSON.stringify({ stamp: STAMP, parses: Object.fromEntries(used) }));
				renameSync(`${file}.tmp`, file);
			} catch {
				// A cache that cannot be written only makes the next build slower.
			}
		},
	};
}
