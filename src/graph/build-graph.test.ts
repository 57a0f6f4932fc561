import { describe, expect, it } from 'vitest';
import { SCHEMAS } from '../model/schemas.ts';
import { type CollectionName } from '../model/kinds.ts';
import { buildGraph } from './build-graph.ts';
import type { AnyRawEntry } from './types.ts';
import { checkGraph } from '../validate/index.ts';

/** An entry as the readers hand it over: schema-checked data, the body, the file. */
const entry = (collection: CollectionName, id: string, data: object, body = ''): AnyRawEntry =>
	({ collection, id, data: SCHEMAS[collection].parse(data), body, file: `content/${collection}/${id}.md` }) as AnyRawEntry;

const ARTICLE_BODY = `Syrian President [Ahmad al-Sharaa](actor:ahmad-al-sharaa) urged insurgents in [Jableh](place:jableh) to surrender.

"Lay down your arms and surrender before it is too late," said the interim Syrian president.

The [SOHR](actor:sohr) said 311 civilians were killed.`;

const archive = (): AnyRawEntry[] => [
	entry('actors', 'ahmad-al-sharaa', { name: 'Ahmad al-Sharaa', kind: 'person', roles: [{ title: 'Interim President', of: 'syria-state', from: '2025-01-29', source: 'lorient' }], memberOf: [{ actor: 'hts', relation: 'leader' }] }),
	entry('actors', 'hts', { name: 'Hayat Tahrir al-Sham', kind: 'armed-group' }),
	entry('actors', 'syria-state', { name: 'Syria', kind: 'state' }),
	entry('actors', 'sohr', { name: 'Syrian Observatory for Human Rights', kind: 'ngo' }),
	entry('actors', 'lorient-today', { name: "L'Orient Today", kind: 'media' }),
	entry('actors', 'afp', { name: 'AFP', kind: 'media' }),
	entry('actors', 'security-forces', { name: 'Security forces', kind: 'security-force' }),
	entry('places', 'syria', { name: 'Syria', kind: 'country' }),
	entry('places', 'latakia', { name: 'Latakia Governorate', kind: 'governorate', in: 'syria' }),
	entry('places', 'jableh', { name: 'Jableh', kind: 'town', in: 'latakia' }),
	entry('places', 'qardaha', { name: 'Qardaha', kind: 'town', in: 'latakia' }),
	entry('articles', 'lorient', { title: 'Clashes', publisher: 'lorient-today', via: ['afp'], url: 'https://example.org/a', published: '2025-03-07', language: 'en', accessed: '2025-03-08' }, ARTICLE_BODY),
	entry('articles', 'lorient-fr', { title: 'Affrontements', publisher: 'lorient-today', url: 'https://example.org/b', published: '2025-03-07', language: 'fr', accessed: '2025-03-08' }, 'Le président a dit : « Déposez les armes et rendez-vous avant qu’il ne soit trop tard ».'),
	entry('articles', 'no-text', { title: 'Paywalled', publisher: 'lorient-today', url: 'https://example.org/c', published: '2025-03', language: 'en', accessed: '2025-03-08' }),
	entry('quotes', 'sharaa-surrender', { text: 'Lay down your arms and surrender before it is too late', speaker: 'ahmad-al-sharaa', source: 'lorient', said: '2025-03-07', event: 'speech', place: 'jableh' }),
	entry('quotes', 'sharaa-surrender-fr', { text: "Déposez les armes et rendez-vous avant qu'il ne soit trop tard", speaker: 'ahmad-al-sharaa', source: 'lorient-fr', statement: 'sharaa-surrender', language: 'fr', translatedFrom: 'ar' }),
	entry('quotes', 'security-source', { text: 'The operation continues', speaker: { description: 'a security source', affiliation: 'security-forces' }, source: 'no-text' }),
	entry('events', 'speech', { title: 'Speech', date: '2025-03-07', type: 'statement', actors: [{ actor: 'ahmad-al-sharaa', role: 'speaker' }], sources: ['lorient'], partOf: 'coastal-violence' }),
	entry('events', 'jableh-attack', {
		title: 'Attack in Jableh', date: '2025-03-06', type: 'battle',
		actors: [{ actor: 'security-forces', role: 'target' }, { actor: 'security-forces', role: 'reporting' }],
		places: ['jableh'], sources: ['lorient'], partOf: 'coastal-violence',
		casualties: [
			{ group: 'civilians', count: 311, claimedBy: 'sohr', asOf: '2025-03-07', source: 'lorient' },
			{ group: 'total', min: 500, claimedBy: 'sohr', asOf: '2025-03-07', source: 'lorient' },
		],
	}, 'Loyalists attacked security forces in [Jableh](place:jableh).'),
	entry('events', 'coastal-violence', { title: 'Coastal violence', date: '2025-03-06/2025-03-10', type: 'violence-against-civilians', places: ['latakia'], sources: ['lorient'] }),
	entry('events', 'qardaha-sweep', { title: 'Sweep in Qardaha', date: '2025-03-06~', type: 'security-operation', places: ['qardaha'], sources: ['lorient'] }),
	entry('events', 'fall-of-assad', { title: 'Fall of Assad', date: '2024-12-08', type: 'political-transition', sources: ['lorient'] }),
];

describe('buildGraph on a valid archive', () => {
	const g = buildGraph(archive());

	it('reports no problems', () => {
		expect(g.problems).toEqual([]);
	});

	it('has one node per entry, with its dates parsed', () => {
		expect([...g.actors.keys()]).toHaveLength(7);
		expect([...g.places.keys()]).toEqual(['syria', 'latakia', 'jableh', 'qardaha']);
		expect(g.articles.get('no-text')!.published!.start.precision).toBe('month');
		const coastal = g.events.get('coastal-violence')!;
		expect([coastal.start, coastal.end]).toEqual(['2025-03-06', '2025-03-10']);
	});

	it('links events and actors both ways, merging an actor’s roles in one event', () => {
		expect(g.events.get('speech')!.data.actors).toEqual([{ actor: 'ahmad-al-sharaa', role: 'speaker' }]);
		expect(g.actors.get('ahmad-al-sharaa')!.events).toEqual([{ id: 'speech', roles: [{ role: 'speaker' }] }]);
		expect(g.actors.get('security-forces')!.events).toEqual([{ id: 'jableh-attack', roles: [{ role: 'target' }, { role: 'reporting' }] }]);
	});

	it('links events to places and articles to the events they source', () => {
		expect(g.places.get('jableh')!.events).toEqual(['jableh-attack']);
		expect(g.places.get('latakia')!.events).toEqual(['coastal-violence']);
		expect(g.articles.get('lorient')!.events).toEqual(['fall-of-assad', 'jableh-attack', 'qardaha-sweep', 'coastal-violence', 'speech']);
	});

	it('links quotes to their speaker, source, place and event', () => {
		expect(g.actors.get('ahmad-al-sharaa')!.quotes).toEqual(['sharaa-surrender', 'sharaa-surrender-fr']);
		expect(g.articles.get('lorient')!.quotes).toEqual(['sharaa-surrender']);
		expect(g.articles.get('lorient-fr')!.quotes).toEqual(['sharaa-surrender-fr']);
		expect(g.places.get('jableh')!.quotes).toEqual(['sharaa-surrender']);
		expect(g.events.get('speech')!.quotes).toEqual(['sharaa-surrender']);
	});

	it('ties an unnamed speaker’s quote to the organisation the source names', () => {
		const q = g.quotes.get('security-source')!;
		expect([q.speakerActor, q.speakerIsNamed]).toEqual(['security-forces', false]);
		expect(g.actors.get('security-forces')!.quotes).toEqual(['security-source']);
	});

	it('groups the renderings of one utterance, in English and French, into one statement', () => {
		const s = g.statements.get('sharaa-surrender')!;
		expect(s.quotes).toEqual(['sharaa-surrender', 'sharaa-surrender-fr']);
		expect(s.speakerActor).toBe('ahmad-al-sharaa');
		expect(s.said?.edtf).toBe('2025-03-07');
		expect(g.quotes.get('sharaa-surrender-fr')!.statement).toBe('sharaa-surrender');
		// A quote reported once is its own statement.
		expect(g.statements.get('security-source')!.quotes).toEqual(['security-source']);
		expect(g.statements.size).toBe(2);
	});

	it('checks quotes against the archived text, whatever the quotation marks', () => {
		expect(g.quotes.get('sharaa-surrender')!.verification).toBe('verified');
		expect(g.quotes.get('sharaa-surrender-fr')!.verification).toBe('verified');
		expect(g.quotes.get('security-source')!.verification).toBe('unverified');
	});

	it('lists the articles about an actor: published, carried, quoting and mentioning it', () => {
		expect(g.actors.get('lorient-today')!.articles).toEqual(['lorient', 'lorient-fr', 'no-text']);
		expect(g.actors.get('afp')!.articles).toEqual(['lorient']);
		expect(g.actors.get('ahmad-al-sharaa')!.articles).toEqual(['lorient', 'lorient-fr']);
		expect(g.actors.get('sohr')!.articles).toEqual(['lorient']);
	});

	it('records prose mentions as backlinks, once per mentioning entry', () => {
		expect(g.places.get('jableh')!.mentionedBy).toEqual([{ kind: 'article', id: 'lorient' }, { kind: 'event', id: 'jableh-attack' }]);
		expect(g.articles.get('lorient')!.mentions).toEqual([
			{ kind: 'actor', id: 'ahmad-al-sharaa' },
			{ kind: 'place', id: 'jableh' },
			{ kind: 'actor', id: 'sohr' },
		]);
	});

	it('keeps casualty claims on the event and on the actor who makes them, with their as-of date', () => {
		const claims = g.events.get('jableh-attack')!.claims;
		expect(claims.map((c) => [c.group, c.count ?? c.min, c.claimedBy, c.asOfDate.edtf, c.event])).toEqual([
			['civilians', 311, 'sohr', '2025-03-07', 'jableh-attack'],
			['total', 500, 'sohr', '2025-03-07', 'jableh-attack'],
		]);
		expect(g.actors.get('sohr')!.claims).toEqual(claims);
	});

	it('knows each place’s ancestors and children', () => {
		expect(g.places.get('jableh')!.ancestors).toEqual(['latakia', 'syria']);
		expect(g.places.get('syria')!.ancestors).toEqual([]);
		expect(g.places.get('latakia')!.children).toEqual(['jableh', 'qardaha']);
		expect(g.places.get('syria')!.children).toEqual(['latakia']);
	});

	it('keeps roles and memberships both ways', () => {
		expect(g.actors.get('ahmad-al-sharaa')!.roles.map((r) => [r.title, r.of, r.from?.edtf])).toEqual([['Interim President', 'syria-state', '2025-01-29']]);
		expect(g.actors.get('syria-state')!.officeHolders).toEqual([{ id: 'ahmad-al-sharaa', title: 'Interim President' }]);
		expect(g.actors.get('hts')!.members.map((m) => [m.id, m.relation])).toEqual([['ahmad-al-sharaa', 'leader']]);
		expect(g.actors.get('ahmad-al-sharaa')!.memberOf.map((m) => [m.actor, m.relation])).toEqual([['hts', 'leader']]);
	});

	it('counts each event in its places and every place they lie in, once', () => {
		const jableh = g.places.get('jableh')!;
		const outer = g.places.get(jableh.ancestors[jableh.ancestors.length - 1]!)!;
		for (const id of jableh.eventsWithin) expect(outer.eventsWithin).toContain(id);
		expect(new Set(outer.eventsWithin).size).toBe(outer.eventsWithin.length);
		expect(outer.eventsWithin.length).toBeGreaterThan(outer.events.length);
	});

	it('orders events by start date, then end date, then id, and keeps the parts of an event', () => {
		expect(g.chronology.map((e) => e.id)).toEqual(['fall-of-assad', 'jableh-attack', 'qardaha-sweep', 'coastal-violence', 'speech']);
		expect(g.events.get('coastal-violence')!.parts).toEqual(['jableh-attack', 'speech']);
	});

	it('does not depend on the order entries arrive in', () => {
		const reversed = buildGraph(archive().reverse());
		expect(reversed.chronology.map((e) => e.id)).toEqual(g.chronology.map((e) => e.id));
		expect(reversed.places.get('jableh')!.ancestors).toEqual(['latakia', 'syria']);
		expect(reversed.problems).toEqual([]);
	});
});

describe('buildGraph collects reference problems instead of throwing', () => {
	const withOne = (...extra: AnyRawEntry[]) => buildGraph([...archive(), ...extra]).problems;
	const messages = (problems: ReturnType<typeof withOne>) => problems.map((p) => `${p.file} ${p.path.join('.')}: ${p.message}`);

	it('reports an unknown reference with the nearest existing id', () => {
		const problems = withOne(entry('events', 'e', { title: 'E', date: '2025', type: 'battle', actors: [{ actor: 'ahmad-al-shara', role: 'target' }], sources: ['lorient'] }));
		expect(messages(problems)).toEqual(['content/events/e.md actors.0.actor: Unknown actor "ahmad-al-shara": there is no content/actors/ahmad-al-shara.md.']);
		expect(problems[0]!.suggestion).toBe('ahmad-al-sharaa');
	});

	it('reports a duplicate id once and keeps the first entry', () => {
		const dup = { ...entry('actors', 'sohr', { name: 'Other', kind: 'ngo' }), file: 'content/actors/more/sohr.md' } as AnyRawEntry;
		const g = buildGraph([...archive(), dup]);
		expect(messages(g.problems)).toEqual(['content/actors/more/sohr.md : Duplicate id "sohr": content/actors/sohr.md has the same id.']);
		expect(g.actors.get('sohr')!.data.name).toBe('Syrian Observatory for Human Rights');
	});

	it('marks a quote whose words are not in its source text as a mismatch, and one whose source has no text as unverified (src/validate/rules.ts reports the first)', () => {
		const g = buildGraph([
			...archive(),
			entry('quotes', 'made-up', { text: 'We will never surrender', speaker: 'ahmad-al-sharaa', source: 'lorient' }),
			entry('quotes', 'paywalled', { text: 'Anything at all', speaker: 'ahmad-al-sharaa', source: 'no-text' }),
		]);
		expect(g.quotes.get('made-up')!.verification).toBe('mismatch');
		expect(g.quotes.get('paywalled')!.verification).toBe('unverified');
		expect(checkGraph(g).map((p) => `${p.file} ${p.path.join('.')}: ${p.message}`)).toEqual(['content/quotes/made-up.md text: The quote\'s text does not appear in its source\'s archived text (content/articles/lorient.md).']);
	});

	it('reports a place cycle once', () => {
		const g = buildGraph([entry('places', 'a', { name: 'A', kind: 'city', in: 'b' }), entry('places', 'b', { name: 'B', kind: 'city', in: 'a' }), entry('places', 'c', { name: 'C', kind: 'town', in: 'a' })]);
		expect(messages(g.problems)).toEqual(['content/places/a.md in: Places lie inside each other in a circle: a → b → a.']);
	});

	it('does not call a reference unknown when the file exists but failed its own check', () => {
		const e = entry('events', 'e', { title: 'E', date: '2025', type: 'battle', actors: [{ actor: 'broken', role: 'target' }], sources: ['lorient'] }, 'See [broken](actor:broken).');
		expect(buildGraph([...archive(), e], { invalid: new Set(['actors/broken']) }).problems).toEqual([]);
		expect(buildGraph([...archive(), e]).problems).toHaveLength(2);
	});
});
