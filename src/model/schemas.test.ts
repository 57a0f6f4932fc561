import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { ActorSchema, ArticleSchema, EventSchema, PlaceSchema, QuoteSchema, SCHEMAS } from './schemas.ts';

/** The issues as `path: code`, to see what was refused without pinning zod's wording. */
const refusals = (schema: z.ZodType, value: unknown) => {
	const r = schema.safeParse(value);
	return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`);
};

const article = {
	title: 'Clashes in Syria',
	publisher: 'lorient-today',
	url: 'https://today.lorientlejour.com/article/1450902',
	published: '2025-03-07',
	language: 'en',
	accessed: '2025-03-08',
};
const event = { title: 'Attack in Jableh', date: '2025-03-06', type: 'battle', sources: ['a'] };
const claim = { group: 'civilians', count: 311, claimedBy: 'sohr', asOf: '2025-03-07', source: 'a' };

describe('ArticleSchema', () => {
	it('accepts a minimal article and fills in the lists', () => {
		expect(ArticleSchema.parse(article)).toEqual({ ...article, via: [], authors: [], topics: [] });
	});

	it('requires publisher, url and language; a headline or date the source does not show may be left out', () => {
		expect(refusals(ArticleSchema, {}).sort()).toEqual(['language: invalid_type', 'publisher: invalid_type', 'url: invalid_type'].sort());
		const { title: _t, published: _p, ...bare } = article;
		expect(refusals(ArticleSchema, bare)).toEqual([]);
		const { accessed: _unknown, ...notAccessed } = article;
		expect(ArticleSchema.parse(notAccessed).accessed).toBeUndefined();
	});

	it('refuses links that would run code or are not web addresses', () => {
		expect(refusals(ArticleSchema, { ...article, url: 'javascript:alert(1)' })).toEqual(['url: custom']);
		expect(refusals(ArticleSchema, { ...article, archived: 'data:text/html,x' })).toEqual(['archived: custom']);
		expect(refusals(ArticleSchema, { ...article, url: 'example.org/a' })).toEqual(['url: custom']);
		expect(refusals(ArticleSchema, { ...article, archived: 'http://web.archive.org/web/2025/x' })).toEqual([]);
	});

	it('refuses a language that is not a BCP 47 tag, and unknown fields', () => {
		expect(refusals(ArticleSchema, { ...article, language: 'English' })).toEqual(['language: invalid_format']);
		expect(refusals(ArticleSchema, { ...article, langauge: 'en' })).toEqual([': unrecognized_keys']);
	});

	it('takes dates as YAML readers give them: a Date, a bare year', () => {
		const parsed = ArticleSchema.parse({ ...article, published: new Date(Date.UTC(2025, 2, 7)), accessed: 2025 });
		expect(parsed.published).toBe('2025-03-07');
		expect(parsed.accessed).toBe('2025');
		expect(refusals(ArticleSchema, { ...article, published: '2025-02-30' })).toEqual(['published: custom']);
	});

	it('keeps an image caption and credit', () => {
		expect(ArticleSchema.parse({ ...article, image: { caption: 'A caption', credit: 'AFP' } }).image).toEqual({ caption: 'A caption', credit: 'AFP' });
		expect(refusals(ArticleSchema, { ...article, image: { credit: 'AFP' } })).toEqual(['image.caption: invalid_type']);
	});
});

describe('QuoteSchema', () => {
	const quote = { text: 'Lay down your arms', speaker: 'ahmad-al-sharaa', source: 'a' };

	it('accepts a named speaker and defaults the language to English', () => {
		expect(QuoteSchema.parse(quote)).toEqual({ ...quote, language: 'en' });
	});

	it('accepts an unnamed speaker described as the source describes them, tied to an organisation', () => {
		const speaker = { description: 'a security source quoted by SANA', affiliation: 'sana' };
		expect(QuoteSchema.parse({ ...quote, speaker }).speaker).toEqual(speaker);
		expect(refusals(QuoteSchema, { ...quote, speaker: { affiliation: 'sana' } })).toEqual(['speaker: invalid_union']);
		expect(refusals(QuoteSchema, { ...quote, speaker: { description: 'a source', afiliation: 'sana' } })).toEqual(['speaker: unrecognized_keys']);
		expect(refusals(QuoteSchema, { ...quote, speaker: 'Ahmad al-Sharaa' })).toEqual(['speaker: invalid_format']);
	});

	it('requires a source article', () => {
		expect(refusals(QuoteSchema, { text: 'x', speaker: 'y' })).toEqual(['source: invalid_type']);
	});

	it('refuses empty text and text hiding bidirectional control characters', () => {
		expect(refusals(QuoteSchema, { ...quote, text: '   ' })).toEqual(['text: too_small']);
		expect(refusals(QuoteSchema, { ...quote, text: 'abc\u202Edef' })).toEqual(['text: custom']);
	});

	it('keeps translation and statement grouping fields', () => {
		const parsed = QuoteSchema.parse({ ...quote, language: 'fr', translatedFrom: 'ar', statement: 'sharaa-surrender', said: '2025-03-07' });
		expect(parsed).toMatchObject({ language: 'fr', translatedFrom: 'ar', statement: 'sharaa-surrender', said: '2025-03-07' });
	});
});

describe('EventSchema', () => {
	it('accepts a minimal event and fills in the lists', () => {
		expect(EventSchema.parse(event)).toEqual({ ...event, actors: [], places: [], casualties: [], otherDates: [] });
	});

	it('needs at least one source article', () => {
		expect(refusals(EventSchema, { ...event, sources: [] })).toEqual(['sources: too_small']);
		expect(refusals(EventSchema, { ...event, sources: undefined })).toEqual(['sources: invalid_type']);
	});

	it('takes a type and actor roles only from their vocabularies', () => {
		expect(refusals(EventSchema, { ...event, type: 'clash' })).toEqual(['type: invalid_value']);
		expect(refusals(EventSchema, { ...event, actors: [{ actor: 'sohr', role: 'witness' }] })).toEqual(['actors.0.role: invalid_value']);
		for (const type of ['diplomatic', 'constitutional', 'political-transition', 'violence-against-civilians']) {
			expect(refusals(EventSchema, { ...event, type })).toEqual([]);
		}
	});

	it('refuses an event date range that ends before it starts', () => {
		expect(refusals(EventSchema, { ...event, date: '2025-03-08/2025-03-06' })).toEqual(['date: custom']);
		expect(refusals(EventSchema, { ...event, date: '2025-03-06/2025-03-08' })).toEqual([]);
	});

	it('takes a casualty claim as one figure or a range, attributed and dated', () => {
		const parse = (c: object) => EventSchema.parse({ ...event, casualties: [c] }).casualties[0];
		expect(parse(claim)).toEqual({ ...claim, kind: 'killed', unverified: false });
		expect(parse({ ...claim, count: undefined, min: 40, max: 60 })).toMatchObject({ min: 40, max: 60 });
		expect(parse({ ...claim, count: undefined, min: 300 })).toMatchObject({ min: 300 });
	});

	it('takes a claim that gives its figure only in words, and marks one its source could not verify', () => {
		const parse = (c: object) => EventSchema.parse({ ...event, casualties: [c] }).casualties[0];
		expect(parse({ ...claim, count: undefined, words: 'dozens of bodies', unverified: true })).toMatchObject({ words: 'dozens of bodies', unverified: true });
		expect(refusals(EventSchema, { ...event, casualties: [{ ...claim, words: 'several' }] })).toEqual(['casualties.0.words: custom']);
	});

	it('refuses a claim with no figure, with both forms, with min above max, or without who claims it', () => {
		const bad = (c: object) => refusals(EventSchema, { ...event, casualties: [c] });
		expect(bad({ ...claim, count: undefined })).toEqual(['casualties.0.count: custom']);
		expect(bad({ ...claim, min: 1 })).toEqual(['casualties.0.count: custom']);
		expect(bad({ ...claim, count: undefined, min: 60, max: 40 })).toEqual(['casualties.0.max: custom']);
		expect(bad({ ...claim, count: -1 })).toEqual(['casualties.0.count: too_small']);
		expect(bad({ ...claim, count: 2.5 })).toEqual(['casualties.0.count: invalid_type']);
		expect(bad({ ...claim, claimedBy: undefined })).toEqual(['casualties.0.claimedBy: invalid_type']);
		expect(bad({ ...claim, group: 'soldiers' })).toEqual(['casualties.0.group: invalid_value']);
	});
});

describe('ActorSchema', () => {
	it('accepts roles over time and memberships with dates', () => {
		const actor = ActorSchema.parse({
			name: 'Ahmad al-Sharaa',
			nameArabic: 'أحمد الشرع',
			kind: 'person',
			aliases: ['Abu Mohammad al-Jolani', 'أبو محمد الجولاني'],
			roles: [{ title: 'Interim President', of: 'syria', from: '2025-01-29', source: 'lorient' }],
			memberOf: [{ actor: 'hts', relation: 'leader', to: '2025-01' }],
			wikidata: 'Q2',
		});
		expect(actor.roles).toEqual([{ title: 'Interim President', of: 'syria', from: '2025-01-29', source: 'lorient' }]);
		expect(actor.memberOf).toEqual([{ actor: 'hts', relation: 'leader', to: '2025-01' }]);
	});

	it('defaults a membership relation to member, and refuses ids that are not file names', () => {
		expect(ActorSchema.parse({ name: 'x', kind: 'person', memberOf: [{ actor: 'hts' }] }).memberOf[0]!.relation).toBe('member');
		expect(refusals(ActorSchema, { name: 'x', kind: 'person', memberOf: [{ actor: 'HTS' }] })).toEqual(['memberOf.0.actor: invalid_format']);
	});

	it('refuses a malformed Wikidata id and an unknown kind', () => {
		expect(refusals(ActorSchema, { name: 'x', kind: 'person', wikidata: 'wd:Q5' })).toEqual(['wikidata: invalid_format']);
		expect(refusals(ActorSchema, { name: 'x', kind: 'militia' })).toEqual(['kind: invalid_value']);
	});
});

describe('PlaceSchema', () => {
	it('accepts coordinates and the place it lies in', () => {
		const place = { name: 'Jableh', nameArabic: 'جبلة', kind: 'town', coordinates: [35.36, 35.92], in: 'latakia-governorate' };
		expect(PlaceSchema.parse(place)).toEqual({ ...place, aliases: [] });
	});

	it('refuses coordinates off the globe or not a pair', () => {
		expect(refusals(PlaceSchema, { name: 'x', kind: 'city', coordinates: [95, 10] })).toEqual(['coordinates.0: too_big']);
		expect(refusals(PlaceSchema, { name: 'x', kind: 'city', coordinates: [10, -181] })).toEqual(['coordinates.1: too_small']);
		expect(refusals(PlaceSchema, { name: 'x', kind: 'city', coordinates: [10] })).toEqual(['coordinates: too_small']);
	});
});

describe('every field is documented', () => {
	// The field reference for contributors is generated from these descriptions.
	type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; out?: z.ZodType; options?: z.ZodType[] };
	const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
	/** The field's wrappers (optional, default, preprocess) and what they wrap, outermost first. */
	const layers = (s: z.ZodType) => {
		const out = [s];
		for (let d = defOf(s); d.innerType || (d.type === 'pipe' && d.out); d = defOf(out[out.length - 1]!)) out.push((d.innerType ?? d.out)!);
		return out;
	};
	const undocumented = (schema: z.ZodType, at: string, out: string[]): string[] => {
		const inner = layers(schema).at(-1)!;
		const def = defOf(inner);
		if (def.type === 'array') return undocumented(def.element!, at, out);
		if (def.type === 'union') {
			for (const option of def.options!) undocumented(option, at, out);
			return out;
		}
		if (def.type !== 'object') return out;
		for (const [key, field] of Object.entries(def.shape!)) {
			if (!layers(field).some((l) => l.description)) out.push(`${at}${key}`);
			undocumented(field, `${at}${key}.`, out);
		}
		return out;
	};

	it.each(Object.entries(SCHEMAS))('%s', (_name, schema) => {
		expect(undocumented(schema as z.ZodType, '', [])).toEqual([]);
	});

	it('the check finds a field without a description, even nested in a list', () => {
		const probe = PlaceSchema.extend({ bare: z.string().optional(), list: z.array(z.object({ inner: z.number() })).describe('A list.') });
		expect(undocumented(probe, '', [])).toEqual(['bare', 'list.inner']);
	});
});

describe('sources and contested facts', () => {
	const cited = { status: 'cited', publisher: 'reuters', url: 'https://example.org/r', language: 'en', accessed: '2026-12-01', title: 'Headline' };

	it('a cited source needs the date it was read', () => {
		expect(refusals(ArticleSchema, cited)).toEqual([]);
		const { accessed: _a, ...unread } = cited;
		expect(refusals(ArticleSchema, unread)).toEqual(['accessed: custom']);
		expect(refusals(ArticleSchema, { ...cited, status: 'copied' })).toEqual(['status: invalid_value']);
	});

	it('an attributed role names both who alleges it and the article that reports it', () => {
		const base = { title: 'Bombing', date: '2025-06-22', type: 'explosion-remote-violence', sources: ['a'] };
		const alleged = { actor: 'islamic-state', role: 'perpetrator', claimedBy: 'syrian-ministry-of-interior', source: 'a' };
		expect(refusals(EventSchema, { ...base, actors: [alleged] })).toEqual([]);
		expect(refusals(EventSchema, { ...base, actors: [{ ...alleged, source: undefined }] })).toEqual(['actors.0.claimedBy: custom']);
	});

	it('keeps every date a source gives, each with its source', () => {
		const base = { title: 'Talks', date: '2025-08-19', type: 'diplomatic', sources: ['a'] };
		const parsed = EventSchema.parse({ ...base, otherDates: [{ date: '2025-08-20', source: 'b' }] });
		expect(parsed.otherDates).toEqual([{ date: '2025-08-20', source: 'b' }]);
		expect(refusals(EventSchema, { ...base, otherDates: [{ date: '2025-08-20' }] })).toEqual(['otherDates.0.source: invalid_type']);
	});

	it('a role without a source is refused', () => {
		expect(refusals(ActorSchema, { name: 'X', kind: 'person', roles: [{ title: 'Minister' }] })).toEqual(['roles.0.source: invalid_type']);
	});
});
