import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadedContent } from '../../src/content-io/load-content.ts';
import { findLikelyDuplicates } from '../../src/validate/duplicates.ts';
import { generateArchive, writeArchive } from './generate.ts';

describe('synthetic archive generator', () => {
	it('is deterministic: the same N and seed give the same files, another seed other files', () => {
		const a = generateArchive({ n: 60, seed: 7 });
		const b = generateArchive({ n: 60, seed: 7 });
		const c = generateArchive({ n: 60, seed: 8 });
		expect(b.files).toEqual(a.files);
		expect(c.files.map((f) => f.text).join('')).not.toEqual(a.files.map((f) => f.text).join(''));
	});

	it('sizes the collections from N: N events, N/2 articles, N quotes, N/20 actors, N/40 places', () => {
		const { counts, files } = generateArchive({ n: 400, seed: 1 });
		expect(counts).toEqual({ articles: 200, quotes: 400, events: 400, actors: 20, places: 10 });
		expect(files).toHaveLength(400 + 200 + 400 + 20 + 10);
		expect(generateArchive({ n: 40, seed: 1 }).counts).toMatchObject({ actors: 12, places: 8 });
		expect(() => generateArchive({ n: 0 })).toThrow(/at least 1/);
	});

	it('refuses to write into a folder that already holds files', async () => {
		const dir = await mkdtemp(path.join(os.tmpdir(), 'synthetic-'));
		try {
			await writeArchive(dir, { n: 10 });
			await expect(writeArchive(dir, { n: 10 })).rejects.toThrow(/not empty/);
			await expect(writeArchive(dir, { n: 12, replace: true })).resolves.toMatchObject({ events: 12 });
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});

	describe('a generated archive of 300 events', () => {
		let dir: string;
		let loaded: LoadedContent;
		beforeAll(async () => {
			dir = await mkdtemp(path.join(os.tmpdir(), 'synthetic-'));
			await writeArchive(dir, { n: 300, seed: 3 });
			loaded = await loadContent(dir, dir);
		});
		afterAll(() => rm(dir, { recursive: true, force: true }));

		it('passes the validator with no errors and no duplicate warnings', () => {
			expect(loaded.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.message}`)).toEqual([]);
			expect(findLikelyDuplicates(loaded.graph).map((p) => `${p.file}: ${p.message}`)).toEqual([]);
			expect(loaded.files).toBe(300 + 150 + 300 + 15 + 8);
		});

		it('has quotes that appear verbatim in their archived source text, some with a cut (…)', () => {
			const quotes = [...loaded.graph.quotes.values()];
			expect(quotes.filter((q) => q.verification === 'mismatch')).toEqual([]);
			expect(quotes.filter((q) => q.verification === 'verified').length).toBeGreaterThan(250);
			expect(quotes.some((q) => q.data.text.includes('(…)') && q.verification === 'verified')).toBe(true);
			expect(quotes.some((q) => q.data.language === 'ar' && q.verification === 'verified')).toBe(true);
		});

		it('cross-references like the real archive: prose links, backlinks, containment, claims, statements, parts', () => {
			const g = loaded.graph;
			const actors = [...g.actors.values()];
			const places = [...g.places.values()];
			const events = [...g.events.values()];
			expect(actors.filter((a) => a.mentionedBy.length > 0).length).toBeGreaterThan(actors.length / 2);
			expect(actors.some((a) => a.data.aliases.some((x) => /[\u0600-\u06FF]/.test(x)))).toBe(true);
			expect(actors.some((a) => a.data.aliases.some((x) => /^[\p{Script=Latin}\s'-]+$/u.test(x)))).toBe(true);
			expect(places.some((p) => p.ancestors.length >= 2)).toBe(true);
			expect(places.find((p) => p.id === 'syria')!.children.length).toBeGreaterThan(0);
			expect(events.filter((e) => e.claims.length > 0).length).toBeGreaterThan(20);
			expect(events.some((e) => e.parts.length > 0) || events.some((e) => e.data.partOf)).toBe(true);
			expect([...g.statements.values()].some((s) => s.quotes.length > 1)).toBe(true);
			expect(actors.some((a) => a.roles.length > 0 && a.roles[0]!.of)).toBe(true);
			expect(actors.some((a) => a.members.length > 0)).toBe(true);
			expect(events.every((e) => /\]\((?:actor|place):/.test(e.body))).toBe(true);
		});
	});
});
