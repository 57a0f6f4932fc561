import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { type Options as SanitizeOptions } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkEntityLinks from './remark-entity-links.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

const render = async (markdown: string, sanitize = false) => {
	const processor = unified().use(remarkParse).use(remarkEntityLinks).use(remarkRehype);
	// The cast: sanitize-schema.ts's attribute lists infer as arrays, not the tuples the type wants.
	if (sanitize) processor.use(rehypeSanitize, sanitizeSchema as SanitizeOptions);
	return String(await processor.use(rehypeStringify).process(markdown));
};

describe('remarkEntityLinks', () => {
	it('turns [text](kind:id) into a relative link to the entry page, from a page one folder deep', async () => {
		expect(await render('Syrian President [Ahmad al-Sharaa](actor:ahmad-al-sharaa) spoke.')).toBe(
			'<p>Syrian President <a href="../actors/ahmad-al-sharaa.html" class="entity-link entity-link--actor">Ahmad al-Sharaa</a> spoke.</p>',
		);
	});

	it('links every kind to its own section', async () => {
		const html = await render(
			'[a](article:a) [q](quote:q) [s](statement:s) [e](event:e) [p](place:p)',
		);
		expect([...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual([
			'../articles/a.html',
			'../quotes/q.html',
			'../statements/s.html',
			'../events/e.html',
			'../places/p.html',
		]);
	});

	it('keeps a link title and the link text formatting', async () => {
		expect(await render('[*SOHR*](actor:sohr "the observatory")')).toBe(
			'<p><a href="../actors/sohr.html" title="the observatory" class="entity-link entity-link--actor"><em>SOHR</em></a></p>',
		);
	});

	it('leaves web links and links that are not entity links alone', async () => {
		expect(await render('[AFP](https://www.afp.com) and [x](person:sohr)')).toBe(
			'<p><a href="https://www.afp.com">AFP</a> and <a href="person:sohr">x</a></p>',
		);
	});

	it('survives the site sanitiser: the link keeps its relative URL', async () => {
		expect(await render('[Jableh](place:jableh)', true)).toMatch(/^<p><a href="\.\.\/places\/jableh\.html"[^>]*>Jableh<\/a><\/p>$/);
	});

	it('survives the site sanitiser with its classes', async () => {
		expect(await render('[Jableh](place:jableh)', true)).toBe(
			'<p><a href="../places/jableh.html" class="entity-link entity-link--place">Jableh</a></p>',
		);
	});
});
