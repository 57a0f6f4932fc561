/**
 * Incremental builds. A page's cacheKey (Astro reuses a page from the last build when its
 * key and code are unchanged) stands for what the page read when it was last rendered:
 * the digest of each entry it looked up (frontmatter, body and every list the graph gives
 * it: backlinks, events, members…) and of each collection it walked (an index, the
 * timeline). If none of them changed, neither did the page; if one did, it is rendered
 * again and notes what it reads now. A page with no record is keyed by all the content.
 *
 * The record is kept in the build cache between builds, and in a process-wide slot
 * during one: the integration loads and saves it; pages (separate module instances under
 * Vite) ask for their keys and note their reads through src/data/archive.ts.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnyRawEntry, Graph } from '../graph/types.ts';
import { COLLECTIONS } from '../model/kinds.ts';

/** What one page has read so far: entries it looked up, collections it walked. */
export interface Reads {
	entries: Set<string>;
	walked: Set<string>;
}

interface PageRecord {
	/** The entries it looked up (`collection/id`). */
	reads: string[];
	/** The collections it walked (every entry of them counts as read). */
	walked: string[];
	/** The key it was last rendered with: what Astro compares. */
	key: string;
	/** The digest of its reads when that key was given. */
	digest: string;
}

interface Slot {
	previous: Map<string, PageRecord>;
	/** Pages rendered in this build, with what they read (complete once the build is done). */
	rendered: Map<string, Reads>;
	/** The key each page was given in this build. */
	given: Map<string, string>;
	/**
	 * Digests of entries and collections, per graph: kept here, not in a module variable,
	 * because the integration and the pages (separate module instances) both ask for them.
	 */
	digests: WeakMap<Graph, Map<string, string>>;
}

const SLOT = Symbol.for('syria-archive.page-cache');
const slot = globalThis as typeof globalThis & { [SLOT]?: Slot };
const shared = (): Slot => (slot[SLOT] ??= { previous: new Map(), rendered: new Map(), given: new Map(), digests: new WeakMap() });

const FILE = 'archive-page-reads.json';
const VERSION = 3;
type AnyMap = Map<string, unknown>;

/** The graph as one page sees it: every lookup is noted in `reads`. */
export function trackedGraph(g: Graph, reads: Reads): Graph {
	const watch = (name: string, map: AnyMap): AnyMap => {
		const walked = <T>(value: T): T => (reads.walked.add(name), value);
		return {
			get: (id: string) => (reads.entries.add(`${name}/${id}`), map.get(id)),
			has: (id: string) => (reads.entries.add(`${name}/${id}`), map.has(id)),
			get size() {
				return walked(map.size);
			},
			keys: () => walked(map.keys()),
			values: () => walked(map.values()),
			entries: () => walked(map.entries()),
			forEach: (fn: (v: unknown, k: string, m: AnyMap) => void) => walked(map).forEach(fn),
			[Symbol.iterator]: () => walked(map[Symbol.iterator]()),
		} as unknown as AnyMap;
	};
	const maps = Object.fromEntries(GRAPH_MAPS.map((c) => [c, watch(c, g[c] as AnyMap)]));
	return {
		...(maps as unknown as Pick<Graph, GraphMap>),
		// The events in date order: every event counts as read.
		get chronology() {
			reads.walked.add('events');
			return g.chronology;
		},
		problems: g.problems,
	};
}

const contentDigests = new WeakMap<readonly AnyRawEntry[], string>();

/** A digest of all the content (every entry's data and body, in a stable order). */
export function contentDigest(entries: readonly AnyRawEntry[]): string {
	let d = contentDigests.get(entries);
	if (d === undefined) {
		const hash = createHash('sha256');
		for (const e of [...entries].sort((a, b) => (a.collection + a.id < b.collection + b.id ? -1 : 1))) hash.update(`${e.collection}/${e.id}\n${JSON.stringify(e.data)}\n${e.body}\n`);
		contentDigests.set(entries, (d = hash.digest('hex')));
	}
	return d;
}

const GRAPH_MAPS = [...COLLECTIONS, 'statements'] as const;
type GraphMap = (typeof GRAPH_MAPS)[number];

function digestsOf(g: Graph): Map<string, string> {
	const { digests } = shared();
	let known = digests.get(g);
	if (!known) digests.set(g, (known = new Map()));
	return known;
}

/** The digest of one entry's node (`events/x`), 'missing' when there is none. */
function entryDigest(g: Graph, entry: string): string {
	const known = digestsOf(g);
	let d = known.get(entry);
	if (d === undefined) {
		const slash = entry.indexOf('/');
		const node = (g[entry.slice(0, slash) as GraphMap] as AnyMap | undefined)?.get(entry.slice(slash + 1));
		d = node === undefined ? 'missing' : createHash('sha1').update(JSON.stringify(node)).digest('base64');
		known.set(entry, d);
	}
	return d;
}

/** The digest of a whole collection (`events`): of every node in it, in the graph's order. */
function collectionDigest(g: Graph, name: string): string {
	const known = digestsOf(g);
	const key = `*${name}`;
	let d = known.get(key);
	if (d === undefined) {
		const hash = createHash('sha1');
		for (const id of (g[name as GraphMap] as AnyMap | undefined)?.keys() ?? []) hash.update(`${id}=${entryDigest(g, `${name}/${id}`)}\n`);
		known.set(key, (d = hash.digest('base64')));
	}
	return d;
}

/** One digest of what a page read: the collections it walked and the entries it looked up. */
function readsDigest(g: Graph, record: Pick<PageRecord, 'reads' | 'walked'>): string {
	const hash = createHash('sha1');
	for (const name of record.walked) hash.update(`*${name}=${collectionDigest(g, name)}\n`);
	for (const entry of record.reads) hash.update(`${entry}=${entryDigest(g, entry)}\n`);
	return `reads:${hash.digest('base64')}`;
}

/**
 * The cacheKey of an entry page: the key it was rendered with when what it read is
 * unchanged, a new one otherwise. `all` is a digest of all the content.
 */
export function pageKey(g: Graph, page: string, all: string): string {
	const s = shared();
	const record = s.previous.get(page);
	const now = record ? readsDigest(g, record) : `all:${all}`;
	const key = record && now === record.digest ? record.key : now;
	s.given.set(page, key);
	return key;
}

/** Where a page being rendered notes what it reads. */
export const recordReads = (page: string, reads: Reads): void => void shared().rendered.set(page, reads);

export async function loadPageCache(cacheDir: string): Promise<void> {
	const s = shared();
	s.rendered = new Map();
	s.given = new Map();
	try {
		const saved = JSON.parse(await readFile(path.join(cacheDir, FILE), 'utf8')) as { version: number; pages: Record<string, PageRecord> };
		s.previous = saved.version === VERSION ? new Map(Object.entries(saved.pages)) : new Map();
	} catch {
		// No record: every entry page is keyed by all the content, as on a first build.
		s.previous = new Map();
	}
}

/** Saves what this build's pages read, keeping the record of the pages it reused; says how many pages were rendered and reused. */
export async function savePageCache(cacheDir: string, g: Graph, all: string): Promise<{ rendered: number; reused: number }> {
	const { previous, rendered, given } = shared();
	const pages: Record<string, PageRecord> = {};
	for (const [page, record] of previous) if (given.has(page)) pages[page] = record;
	for (const [page, r] of rendered) {
		// Entries of a walked collection are covered by its digest.
		const walked = [...r.walked].sort();
		const reads = [...r.entries].filter((e) => !r.walked.has(e.slice(0, e.indexOf('/')))).sort();
		pages[page] = { reads, walked, key: given.get(page) ?? `all:${all}`, digest: readsDigest(g, { reads, walked }) };
	}
	await mkdir(cacheDir, { recursive: true });
	await writeFile(path.join(cacheDir, FILE), JSON.stringify({ version: VERSION, pages }));
	const renderedNow = [...given.keys()].filter((page) => rendered.has(page)).length;
	return { rendered: renderedNow, reused: given.size - renderedNow };
}
