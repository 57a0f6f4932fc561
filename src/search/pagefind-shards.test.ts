import { describe, expect, it } from 'vitest';
import { splitIntoShards } from './pagefind-shards.ts';

const docs = (n: number, prefix = 'events/e') => Array.from({ length: n }, (_, i) => ({ url: `/${prefix}${i}.html` }));

describe('splitIntoShards', () => {
	it('keeps a small archive in one index, the primary', () => {
		const shards = splitIntoShards(docs(900), 2000);
		expect(shards.map((s) => [s.folder, s.documents.length])).toEqual([['', 900]]);
	});

	it('puts every document in exactly one shard, about `size` to a shard, in its original order', () => {
		const all = docs(10_000);
		const shards = splitIntoShards(all, 2000);
		expect(shards.map((s) => s.folder)).toEqual(['', 'shard-1', 'shard-2', 'shard-3', 'shard-4']);
		expect(shards.flatMap((s) => s.documents).sort((a, b) => a.url.localeCompare(b.url))).toEqual([...all].sort((a, b) => a.url.localeCompare(b.url)));
		for (const s of shards) {
			expect(s.documents.length).toBeGreaterThan(1500);
			expect(s.documents.length).toBeLessThan(2500);
			expect(s.documents).toEqual(all.filter((d) => s.documents.includes(d)));
		}
	});

	it('does not move other documents when one is added, removed or changed', () => {
		const before = splitIntoShards(docs(5000), 2000);
		const changed = docs(5000).map((d, i) => (i === 17 ? { url: d.url, text: 'edited' } : d));
		const after = splitIntoShards([...changed.slice(0, 40), ...changed.slice(41), { url: '/events/new.html' }], 2000);
		const where = (shards: typeof before) => new Map(shards.flatMap((s) => s.documents.map((d) => [d.url, s.folder])));
		const [was, now] = [where(before), where(after)];
		const moved = [...was].filter(([url, folder]) => now.has(url) && now.get(url) !== folder);
		expect(moved).toEqual([]);
	});

	it('refuses a shard size that is not a whole number of at least one', () => {
		expect(() => splitIntoShards(docs(3), 0)).toThrow(/at least one document/);
	});
});
