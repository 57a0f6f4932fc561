/**
 * The search index in shards. Pagefind cannot update an index: one changed document
 * means indexing them all again (~35 s at 10,000 events). Split into shards of about
 * SHARD_SIZE documents, a rebuild indexes again only the shards whose documents changed,
 * and the browser merges the shards into one search (Pagefind's `mergeIndex`).
 *
 * A document's shard is decided by its URL alone, so an edit never moves other documents.
 * The number of shards follows the number of documents; when it changes (the archive
 * crossed a multiple of SHARD_SIZE), every shard is indexed again, once.
 */
/** Documents per shard: small enough that one shard indexes in a few seconds. */
export const SHARD_SIZE = 2000;

/** Beside the primary shard's pagefind.js: the folders of the other shards, which the browser merges. */
export const SHARDS_FILE = 'shards.json';

export interface Shard<D> {
	/** Its folder inside `pagefind/`: '' for the primary shard (which carries pagefind.js), `shard-<n>` for the others. */
	folder: string;
	documents: D[];
}

/** FNV-1a, 32 bits: stable across runs and machines, unlike Math.random or object order. */
function hashOf(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

export const shardFolder = (n: number) => (n === 0 ? '' : `shard-${n}`);

/** The documents in shards, each document in exactly one, in their original order within it. */
export function splitIntoShards<D extends { url: string }>(documents: readonly D[], size = SHARD_SIZE): Shard<D>[] {
	if (!Number.isInteger(size) || size < 1) throw new Error(`a search index shard must hold at least one document (got ${size})`);
	const count = Math.max(1, Math.ceil(documents.length / size));
	const shards = Array.from({ length: count }, (_, n): Shard<D> => ({ folder: shardFolder(n), documents: [] }));
	for (const d of documents) shards[count === 1 ? 0 : hashOf(d.url) % count]!.documents.push(d);
	// A shard the hash left empty has nothing to index (only tiny shard sizes leave one); the primary is kept, it carries pagefind.js.
	return shards.filter((s) => s.folder === '' || s.documents.length > 0);
}

