/** Full text for search from disk, built from the real content. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../content-io/load-content.ts';
import { createLabels } from '../views/kinds.ts';
import { buildFullText, fullTextScript } from './build-full-text.ts';
import { FULL_TEXT_GLOBAL, type FullText } from './full-text.ts';
import { prepareTextPass, type TextPass } from './text-pass.ts';
import { aboutOf, prepareIndex } from './rank.ts';
import { nameTable } from './names.ts';
import { SAME_RESULTS } from '../../tests/search-queries.ts';
import { buildSearchIndex } from './build-index.ts';
import { decodeIndex } from './index-format.ts';
import { bodyProse } from './prose.ts';
import { bodyOf } from '../graph/types.ts';
import type { EntityKind } from '../model/kinds.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
let data: FullText;
let records: ReturnType<typeof decodeIndex>['records'];
let bodyText: (kind: EntityKind, id: string) => string;
let prepareFullText: (d: FullText) => TextPass;

beforeAll(async () => {
	const { graph } = await loadContent(path.join(root, 'content'), root);
	const labels = createLabels(graph);
	data = buildFullText(graph, labels);
	const decoded = decodeIndex(buildSearchIndex(graph, labels));
	records = decoded.records;
	const index = prepareIndex(decoded);
	prepareFullText = (d) => prepareTextPass(d, index.names, (at) => aboutOf(index, at));
	bodyText = (kind, id) => bodyProse(bodyOf(graph, kind, id));
});

const at = (i: number) => `${records[i]!.kind}:${records[i]!.id}`;

describe('buildFullText', () => {
	it("points at the fallback index's records and holds their bodies as plain text", () => {
		const article = data.r.find(([i]) => records[i]!.kind === 'article');
		expect(article).toBeDefined();
		expect(article![1]).toContain('Clashes in Assad strongholds');
		expect(article![1]).not.toMatch(/\]\(|actor:|^#|\((?:event|quote)\)/m);
	});

	it("gives every text to the record at its position in the fallback index, and misses no body", () => {
		for (const [i, text] of data.r) expect(text).toBe(bodyText(records[i]!.kind, records[i]!.id));
		const withBody = records.flatMap((r, i) => (bodyText(r.kind, r.id) ? [i] : []));
		expect(data.r.map(([i]) => i)).toEqual(withBody);
		expect(withBody.length).toBeGreaterThan(10);
	});

	it('is a classic script that no text can break out of', () => {
		const script = fullTextScript({ v: 1, r: [[0, '</script><script>alert(1)</script>']] });
		expect(script.startsWith(`window.${FULL_TEXT_GLOBAL}=`)).toBe(true);
		expect(script).not.toContain('</script>');
	});
});

describe('prepareFullText', () => {
	it('finds records whose text holds every word, folding case and accents, the last word as a prefix', () => {
		const text = prepareFullText(data);
		const found = text.find('STRONGHOLDS').map(at);
		expect(found).toContain('article:lorient-today-2025-03-07-sharaa-threatens-alawite-insurgents');
		expect(text.find('strongh').map(at)).toEqual(expect.arrayContaining([...found, 'actor:bashar-al-assad']));
		expect(text.find('strongholds zzzunknownword')).toEqual([]);
		expect(text.find('')).toEqual([]);
	});

	it('shows the words around the first match, marked', () => {
		const text = prepareFullText(data);
		const [first] = text.find('strongholds');
		const segments = text.excerpt(first!, 'strongholds');
		expect(segments.map((s) => s.text).join('')).not.toContain('(event)');
		expect(segments.filter((s) => s.mark).map((s) => s.text.toLowerCase())).toContain('strongholds');
		expect(segments.map((s) => s.text).join('').length).toBeLessThan(240);
	});

	it('gives one set for every spelling of a name, in both scripts', () => {
		const text = prepareFullText(data);
		for (const group of SAME_RESULTS) {
			const [first, ...rest] = group.map((q) => text.find(q).map(at));
			expect(first!.length, group[0]).toBeGreaterThan(0);
			for (const [i, other] of rest.entries()) expect(other, group[i + 1]).toEqual(first);
		}
	});

	it('refuses text written by another version of the site', () => {
		expect(() => prepareFullText({ v: 99, r: [] })).toThrow(/version 99/);
	});
});

describe('prepareFullText, small cases', () => {
	const text = prepareTextPass({ v: 1, r: [[0, 'قال الشرع إن دمشق آمنة'], [1, Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ')]] }, nameTable([]), () => []);

	it('compares Arabic words without their article, as the index does', () => {
		expect(text.find('شرع')).toEqual([0]);
		expect(text.find('الشرع')).toEqual([0]);
	});

	it('keeps the excerpt full near the end of a text', () => {
		const shown = text.excerpt(1, 'w58').map((s) => s.text).join('');
		expect(shown.split(' ').filter((w) => /^w\d+$/.test(w))).toHaveLength(32);
		expect(shown.startsWith('… ')).toBe(true);
	});
});
