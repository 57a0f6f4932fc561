/** What Pagefind is given to index, made from the real content. */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../content-io/load-content.ts';
import { createLabels, type Labels } from '../views/kinds.ts';
import type { Graph } from '../graph/types.ts';
import { paths } from '../model/urls.ts';
import { pagefindDocuments, type PagefindDocument } from './pagefind-documents.ts';
import { searchEntries } from './search-entries.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
let graph: Graph;
let labels: Labels;
let docs: PagefindDocument[];
const doc = (kind: Parameters<typeof paths.entry>[0], id: string) => docs.find((d) => d.url === `/${paths.entry(kind, id)}`)!;
/** The words Pagefind indexes: the main element's text outside the ignored block. */
const indexedWords = (d: PagefindDocument) =>
	d.html
		.replace(/<div hidden data-pagefind-ignore>.*?<\/div>/, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ');

beforeAll(async () => {
	({ graph } = await loadContent(path.join(root, 'content'), root));
	labels = createLabels(graph);
	docs = pagefindDocuments(graph, labels);
});

describe('pagefindDocuments', () => {
	it('gives every searchable entry one document, at its page URL', () => {
		const entries = searchEntries(graph, labels);
		expect(docs.map((d) => d.url)).toEqual(entries.map((e) => `/${paths.entry(e.kind, e.id)}`));
		expect(new Set(docs.map((d) => d.url)).size).toBe(docs.length);
	});

	it("indexes an actor's title and prose, not its spellings or the titles of the entries its page lists", () => {
		const d = doc('actor', 'ahmad-al-sharaa');
		const words = indexedWords(d);
		expect(words).toContain('Interim president of Syria');
		// Other spellings are asked for one by one (names.ts searchTerms): as a list they would be the excerpt.
		expect(words).not.toContain('al-Golani');
		expect(words).not.toContain('أحمد الشرع');
		const listed = graph.actors.get('ahmad-al-sharaa')!.events.map((e) => graph.events.get(e.id)!.data.title);
		expect(listed.length).toBeGreaterThan(0);
		for (const title of listed) expect(words).not.toContain(title);
	});

	it("indexes an article's full text as plain words, without Markdown", () => {
		const [id, article] = [...graph.articles.entries()].find(([, a]) => a.status === 'archived')!;
		const words = indexedWords(doc('article', id));
		const sentence = article.body.split('\n').find((l) => /^[A-Z][^[\]*_#>]{40,}$/.test(l.trim()))!;
		expect(sentence).toBeDefined();
		expect(words).toContain(sentence.trim().slice(0, 40));
		expect(words).not.toMatch(/\]\(|actor:|place:|\((?:event|quote)\)/);
	});

	it('carries meta, filters and the date sort as Pagefind attributes', () => {
		const html = doc('event', 'jableh-attack-2025-03-06').html;
		expect(html).toContain('<span data-pagefind-filter="kind">event</span>');
		expect(html).toContain('<span data-pagefind-filter="place">Latakia Governorate</span>');
		expect(html).toContain('<span data-pagefind-sort="date">2025-03-06</span>');
		expect(html).toContain('<span data-pagefind-meta="date">6 March 2025</span>');
	});

	it('escapes text, so words that look like markup stay words', () => {
		const g = structuredClone(graph);
		const a = g.actors.get('ahmad-al-sharaa')!;
		a.data.name = 'Eve <script>alert(1)</script> & "co"';
		a.body = 'A <b>bold</b> claim & more';
		const d = pagefindDocuments(g, createLabels(g)).find((x) => x.url === '/actors/ahmad-al-sharaa.html')!;
		expect(d.html).not.toContain('<script>');
		expect(d.html).toContain('Eve &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;co&quot;');
		expect(d.html).toContain('<p>A bold claim &amp; more</p>');
	});
});
