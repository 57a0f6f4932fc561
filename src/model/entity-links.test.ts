import { describe, expect, it } from 'vitest';
import { findEntityLinks, parseEntityHref } from './entity-links.ts';

describe('parseEntityHref', () => {
	it('reads kind:id for every kind', () => {
		for (const kind of ['article', 'quote', 'statement', 'event', 'actor', 'place'] as const) {
			expect(parseEntityHref(`${kind}:some-id-2`)).toEqual({ kind, id: 'some-id-2' });
		}
	});

	it('refuses other links and malformed ids', () => {
		expect(parseEntityHref('https://example.org')).toBeUndefined();
		expect(parseEntityHref('mailto:a@b.org')).toBeUndefined();
		expect(parseEntityHref('person:ahmad-al-sharaa')).toBeUndefined();
		expect(parseEntityHref('actor:Ahmad')).toBeUndefined();
		expect(parseEntityHref('actor:ahmad--al-sharaa')).toBeUndefined();
		expect(parseEntityHref('actor:')).toBeUndefined();
		expect(parseEntityHref('actors:sohr')).toBeUndefined();
	});
});

describe('findEntityLinks', () => {
	const body = [
		'Syrian President [Ahmad al-Sharaa](actor:ahmad-al-sharaa) spoke.',
		'',
		'Clashes in [Jableh](place:jableh) and [the coast](https://example.org/coast).',
		'Also [a typo](actor:Ahmad Sharaa), [a wrong kind](person:sohr) and [a plural](actors:sohr).',
	].join('\n');
	const { links, malformed } = findEntityLinks(body);

	it('finds each entity link with its text, line and column', () => {
		expect(links).toEqual([
			{ kind: 'actor', id: 'ahmad-al-sharaa', text: 'Ahmad al-Sharaa', line: 1, column: 18 },
			{ kind: 'place', id: 'jableh', text: 'Jableh', line: 3, column: 12 },
		]);
	});

	it('reports links that look like entity links but are malformed, and leaves web links alone', () => {
		expect(malformed).toEqual([
			{ href: 'actor:Ahmad Sharaa', line: 4, column: 6 },
			{ href: 'person:sohr', line: 4, column: 36 },
			{ href: 'actors:sohr', line: 4, column: 68 },
		]);
	});

	it('reads links with a title or an <enclosed> destination as Markdown does', () => {
		expect(findEntityLinks('[SOHR](actor:sohr "the observatory") and [AFP](<actor:afp>)').links.map((l) => l.id)).toEqual(['sohr', 'afp']);
	});

	it('finds nothing in a body without links', () => {
		expect(findEntityLinks('Plain text.\n\nMore text.')).toEqual({ links: [], malformed: [] });
	});
});
