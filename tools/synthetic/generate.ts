/**
 * A deterministic synthetic archive: given N and a seed, N events, N/2 articles,
 * N quotes, N/20 actors and N/40 places, cross-referenced the way the real content is
 * (roles, memberships, place containment, sources, casualty claims, statements, prose
 * cross-links `[text](actor:id)`), with quotes printed verbatim in their source
 * articles so the validator's quote check holds. Used by `npm run bench` and by tests.
 *
 * Pure: `generateArchive` returns the files; `writeArchive` puts them on disk.
 */
import { mkdir, rm, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CollectionName } from '../../src/schema/index.ts';
import type { EventType } from '../../src/schema/event.ts';
import { normaliseName } from '../../src/lib/normalise-name.ts';
import { normaliseForMatch } from '../../src/lib/text-match.ts';
import { slugify } from '../../src/lib/slugify.ts';
import { createRandom, type Random } from './random.ts';
import * as V from './vocabulary.ts';

export interface SyntheticOptions {
	/** Number of events; the other collections scale with it. */
	n: number;
	seed?: number;
}

export interface SyntheticFile {
	/** Path inside the content folder, e.g. `events/2025-03-07-clashes-in-tell-abyad.md`. */
	path: string;
	text: string;
}

export interface SyntheticArchive {
	files: SyntheticFile[];
	counts: Record<CollectionName, number>;
}

/** Collection sizes for N events (small N keeps enough actors and places to cross-link). */
export function sizesFor(n: number): Record<CollectionName, number> {
	if (!Number.isInteger(n) || n < 1) throw new Error(`N must be a whole number of events, at least 1 (got ${n})`);
	return {
		events: n,
		articles: Math.ceil(n / 2),
		quotes: n,
		actors: Math.max(12, Math.floor(n / 20)),
		places: Math.max(8, Math.floor(n / 40)),
	};
}

const START = Date.UTC(2024, 11, 8);
const DAY = 86_400_000;
const isoDay = (day: number) => new Date(START + day * DAY).toISOString().slice(0, 10);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dayWords = (day: number) => {
	const d = new Date(START + day * DAY);
	return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

// ---------------------------------------------------------------------------
// YAML frontmatter: JSON strings are valid YAML double-quoted scalars.

type Yaml = string | number | undefined | Yaml[] | { [key: string]: Yaml };

function yamlLines(obj: { [key: string]: Yaml }, indent: string, out: string[], firstPrefix?: string) {
	let first = true;
	for (const [key, value] of Object.entries(obj)) {
		if (value === undefined) continue;
		const lead = first && firstPrefix !== undefined ? firstPrefix : indent;
		first = false;
		if (Array.isArray(value)) {
			if (value.length === 0) continue;
			if (value.every((v) => typeof v !== 'object')) {
				out.push(`${lead}${key}: [${value.map((v) => JSON.stringify(v)).join(', ')}]`);
			} else {
				out.push(`${lead}${key}:`);
				for (const item of value) yamlLines(item as { [key: string]: Yaml }, `${indent}    `, out, `${indent}  - `);
			}
		} else if (typeof value === 'object') {
			out.push(`${lead}${key}:`);
			yamlLines(value, `${indent}  `, out);
		} else out.push(`${lead}${key}: ${JSON.stringify(value)}`);
	}
}

const markdown = (frontmatter: { [key: string]: Yaml }, body: string) => {
	const lines = ['---'];
	yamlLines(frontmatter, '', lines);
	lines.push('---', '');
	return `${lines.join('\n')}${body}${body ? '\n' : ''}`;
};

// ---------------------------------------------------------------------------

interface ActorSpec {
	id: string;
	name: string;
	nameArabic?: string;
	kind: string;
	aliases: string[];
	category: 'person' | 'org' | 'media' | 'agency' | 'monitor' | 'gov';
	home: string;
	fm: { [key: string]: Yaml };
}

interface PlaceSpec {
	id: string;
	name: string;
	nameArabic: string;
	kind: string;
	parent?: string;
}

interface EventSpec {
	id: string;
	day: number;
	edtf: string;
	title: string;
	type: EventType;
	actors: { actor: string; role: string }[];
	places: string[];
	sources: number[];
}

interface QuoteSpec {
	id: string;
	text: string;
	/** The words as the article prints them, around the speaker's attribution. */
	printed: (speaker: string) => string;
	speaker: ActorSpec | { description: string; affiliation?: ActorSpec };
	language: 'en' | 'ar';
}

const EVENT_TYPE_WEIGHTS: [EventType, number][] = [
	['battle', 10], ['explosion-remote-violence', 10], ['violence-against-civilians', 10], ['protest', 10], ['riot', 4],
	['strategic-development', 12], ['security-operation', 10], ['political-transition', 6], ['constitutional', 3],
	['diplomatic', 8], ['statement', 8], ['humanitarian', 6], ['justice', 3],
];
const VIOLENT = new Set<EventType>(['battle', 'explosion-remote-violence', 'violence-against-civilians', 'security-operation', 'riot']);

function weighted<T>(rnd: Random, options: [T, number][]): T {
	const total = options.reduce((s, [, w]) => s + w, 0);
	let r = rnd.next() * total;
	for (const [value, w] of options) if ((r -= w) < 0) return value;
	return options[options.length - 1]![0];
}

/** Applies a few transliteration variants; undefined when none applies. */
function latinVariant(rnd: Random, name: string): string | undefined {
	const applicable = V.LATIN_VARIANTS.filter(([re]) => { re.lastIndex = 0; return re.test(name); });
	if (applicable.length === 0) return undefined;
	let out = name;
	for (const [re, to] of rnd.sample(applicable, rnd.int(1, 2))) out = out.replace(re, to);
	return out === name ? undefined : out;
}

export function generateArchive(options: SyntheticOptions): SyntheticArchive {
	const { n } = options;
	const size = sizesFor(n);
	const rnd = createRandom(options.seed ?? 1);
	const files: SyntheticFile[] = [];

	// Names are unique after normalisation, so the duplicate check has nothing to report.
	const takenNames = new Set<string>();
	const takenIds = new Set<string>();
	const claimName = (...names: (string | undefined)[]) => {
		const keys = names.filter((s): s is string => !!s).map(normaliseName);
		if (keys.some((k) => takenNames.has(k))) return false;
		for (const k of keys) takenNames.add(k);
		return true;
	};
	const uniqueId = (base: string) => {
		const root = base.slice(0, 72).replace(/-+$/, '') || 'entry';
		let id = root;
		for (let i = 2; takenIds.has(id); i++) id = `${root}-${i}`;
		takenIds.add(id);
		return id;
	};

	// ---- Places: Syria, governorates, then towns and neighbourhoods inside them.
	const places: PlaceSpec[] = [];
	const placeFm: { [key: string]: Yaml }[] = [];
	const addPlace = (spec: PlaceSpec, coordinates: [number, number], aliases: string[]) => {
		places.push(spec);
		placeFm.push({
			name: spec.name,
			nameArabic: spec.nameArabic,
			kind: spec.kind,
			aliases,
			coordinates: [Number(coordinates[0].toFixed(4)), Number(coordinates[1].toFixed(4))],
			in: spec.parent,
			wikidata: rnd.chance(0.3) ? `Q${200000 + places.length}` : undefined,
		});
	};
	claimName('Syria', 'سوريا', 'Syrian Arab Republic', 'الجمهورية العربية السورية');
	addPlace({ id: uniqueId('syria'), name: 'Syria', nameArabic: 'سوريا', kind: 'country' }, [35, 38.5], ['Syrian Arab Republic', 'الجمهورية العربية السورية']);
	const governorates = V.GOVERNORATES.slice(0, Math.min(V.GOVERNORATES.length, Math.max(3, Math.round(size.places * 0.08))));
	const govCoords = new Map<string, [number, number]>();
	for (const [name, ar, lat, lon] of governorates) {
		claimName(name, ar);
		const id = uniqueId(slugify(name));
		govCoords.set(id, [lat, lon]);
		addPlace({ id, name, nameArabic: ar, kind: 'governorate', parent: 'syria' }, [lat, lon], []);
	}
	const cities: PlaceSpec[] = [];
	while (places.length < size.places) {
		const gov = rnd.pick(places.slice(1, 1 + governorates.length));
		const inCity = cities.length > 3 && rnd.chance(0.15) ? rnd.pick(cities) : undefined;
		let name = '';
		let ar = '';
		for (let attempt = 0; ; attempt++) {
			const [p, pa] = rnd.pick(V.PLACE_PREFIXES);
			const [r, ra] = rnd.pick(V.PLACE_ROOTS);
			name = `${p} ${r}`;
			ar = `${pa} ${ra}`;
			if (attempt > 20) {
				const [d, da] = rnd.pick(V.DIRECTIONS);
				name = `${name} ${d}${attempt > 40 ? ` ${attempt}` : ''}`;
				ar = `${ar} ${da}${attempt > 40 ? ` ${attempt}` : ''}`;
			}
			if (inCity) { name = `${name} Quarter`; ar = `حي ${ar}`; }
			if (claimName(name, ar)) break;
		}
		const kind = inCity ? 'neighbourhood' : weighted(rnd, [['city', 2], ['town', 5], ['village', 6], ['district', 1], ['site', 1]] as [string, number][]);
		const base = govCoords.get(inCity?.parent ?? gov.id) ?? [35, 38];
		const aliases: string[] = [];
		const variant = latinVariant(rnd, name);
		if (variant && claimName(variant)) aliases.push(variant);
		if (rnd.chance(0.4) && claimName(`بلدة ${ar}`)) aliases.push(`بلدة ${ar}`);
		const spec: PlaceSpec = { id: uniqueId(slugify(name)), name, nameArabic: ar, kind, parent: inCity?.id ?? gov.id };
		addPlace(spec, [base[0] + (rnd.next() - 0.5) * 0.6, base[1] + (rnd.next() - 0.5) * 0.6], aliases);
		if (kind === 'city' || kind === 'town') cities.push(spec);
	}
	const localPlaces = places.length > 1 + governorates.length ? places.slice(1 + governorates.length) : places.slice(1);

	// ---- Actors: who they are now; roles and memberships once articles exist.
	const actors: ActorSpec[] = [];
	const nMedia = Math.max(3, Math.round(size.actors * 0.1));
	const nAgencies = Math.max(1, Math.round(nMedia * 0.2));
	const nMonitors = Math.max(1, Math.round(size.actors * 0.05));
	const nGov = Math.max(2, Math.round(size.actors * 0.1));
	const nOrgs = Math.max(2, Math.round(size.actors * 0.25));
	const nPersons = size.actors - nMedia - nMonitors - nGov - nOrgs;
	const addActor = (category: ActorSpec['category'], kind: string, name: string, nameArabic: string | undefined, aliases: string[]) => {
		const spec: ActorSpec = { id: uniqueId(slugify(name)), name, kind, category, aliases, home: rnd.pick(localPlaces).id, fm: {}, ...(nameArabic ? { nameArabic } : {}) };
		actors.push(spec);
		return spec;
	};
	const nameFrom = (make: (attempt: number) => [string, string], extraAliases: (name: string) => string[] = () => []) => {
		for (let attempt = 0; ; attempt++) {
			const [name, ar] = make(attempt);
			if (!claimName(name, ar)) continue;
			const aliases: string[] = [];
			const variant = latinVariant(rnd, name);
			if (variant && claimName(variant)) aliases.push(variant);
			for (const a of extraAliases(name)) if (claimName(a)) aliases.push(a);
			return { name, ar, aliases };
		}
	};
	for (let i = 0; i < nMedia; i++) {
		const agency = i < nAgencies;
		const { name, ar, aliases } = nameFrom((attempt) => {
			const [q, qa] = rnd.pick(V.MEDIA_QUALIFIERS);
			const [m, ma] = agency ? V.AGENCY_NOUN : rnd.pick(V.MEDIA_NOUNS);
			const suffix = attempt > 15 ? ` ${rnd.pick(V.GOVERNORATES)[0]}${attempt > 30 ? ` ${attempt}` : ''}` : '';
			return [`${q} ${m}${suffix}`, `${ma} ${qa}${suffix}`];
		});
		addActor(agency ? 'agency' : 'media', 'media', name, ar, aliases);
	}
	for (let i = 0; i < nMonitors; i++) {
		const { name, ar, aliases } = nameFrom((attempt) => {
			const [m, ma] = rnd.pick(V.MONITOR_PATTERNS);
			const where = attempt === 0 && i === 0 ? ['Syrian', 'السوري'] : rnd.pick(V.GOVERNORATES);
			return [`${where[0]} ${m}${attempt > 20 ? ` ${attempt}` : ''}`, `${ma} في ${where[1]}${attempt > 20 ? ` ${attempt}` : ''}`];
		});
		addActor('monitor', 'ngo', name, ar, aliases);
	}
	const govNames: [string, string, string][] = [
		['Presidency of the Republic', 'رئاسة الجمهورية', 'government-body'],
		...V.MINISTRIES.map(([m, a]) => [`Ministry of ${m}`, `وزارة ${a}`, 'government-body'] as [string, string, string]),
		...V.STATES.map(([s, a]) => [s, a, 'state'] as [string, string, string]),
		...V.GOVERNORATES.map(([g, a]) => [`${g} Governorate Council`, `مجلس محافظة ${a}`, 'government-body'] as [string, string, string]),
	];
	for (let i = 0; i < nGov; i++) {
		const [name0, ar0, kind] = govNames[i % govNames.length]!;
		const { name, ar, aliases } = nameFrom((attempt) => {
			const round = Math.floor(i / govNames.length) + attempt;
			return round === 0 ? [name0, ar0] : [`${name0} (${round + 1})`, `${ar0} (${round + 1})`];
		});
		addActor('gov', kind, name, ar, aliases);
	}
	for (let i = 0; i < nOrgs; i++) {
		let kind = 'armed-group';
		const { name, ar, aliases } = nameFrom((attempt) => {
			const [q, qa] = rnd.pick(V.ORG_QUALIFIERS);
			const [o, oa, k] = rnd.pick(V.ORG_NOUNS);
			kind = k;
			const [g, ga] = attempt > 10 ? rnd.pick(V.GOVERNORATES) : ['', ''];
			const extra = attempt > 30 ? ` ${attempt}` : '';
			return [`${g ? `${g} ` : ''}${q} ${o}${extra}`, `${oa} ${qa}${ga ? ` في ${ga}` : ''}${extra}`];
		});
		addActor('org', kind, name, ar, aliases);
	}
	for (let i = 0; i < Math.max(3, nPersons); i++) {
		const { name, ar, aliases } = nameFrom((attempt) => {
			const [f, fa] = rnd.pick(V.FIRST_NAMES);
			const [l, la] = rnd.pick(V.FAMILY_NAMES);
			if (attempt < 10) return [`${f} ${l}`, `${fa} ${la}`];
			const [m, ma] = rnd.pick(V.FIRST_NAMES);
			const extra = attempt > 40 ? ` ${attempt}` : '';
			return [`${f} ${m} ${l}${extra}`, `${fa} ${ma} ${la}${extra}`];
		}, () => {
			if (!rnd.chance(0.3)) return [];
			const [k, ka] = rnd.pick(V.FIRST_NAMES);
			const [l, la] = rnd.pick(V.FAMILY_NAMES);
			return [`Abu ${k} ${l}`, `أبو ${ka} ${la}`];
		});
		addActor('person', 'person', name, ar, aliases);
	}
	const byCategory = (...c: ActorSpec['category'][]) => actors.filter((a) => c.includes(a.category));
	const media = byCategory('media');
	const agencies = byCategory('agency');
	const monitors = byCategory('monitor');
	const govs = byCategory('gov');
	const orgs = byCategory('org');
	const armed = orgs.filter((o) => o.kind === 'armed-group' || o.kind === 'security-force');
	const fighters = armed.length >= 2 ? armed : orgs;
	const persons = byCategory('person');
	const placeName = new Map(places.map((p) => [p.id, p]));
	const actorById = new Map(actors.map((a) => [a.id, a]));
	const link = (a: { id: string; name: string }, kind = 'actor') => `[${a.name}](${kind}:${a.id})`;
	const placeLink = (id: string) => `[${placeName.get(id)!.name}](place:${id})`;

	// ---- Events, in date order: days spread over a span that grows with the archive.
	const span = Math.max(120, Math.ceil(n / 12));
	const days = Array.from({ length: n }, () => rnd.int(0, span - 1)).sort((a, b) => a - b);
	const datePlace = new Set<string>();
	const events: EventSpec[] = [];
	let umbrella: EventSpec | undefined;
	const eventFm: { [key: string]: Yaml }[] = [];
	const eventBodies: ((articles: { id: string; publisher: ActorSpec }[]) => string)[] = [];
	for (let i = 0; i < n; i++) {
		let day = days[i]!;
		const type = weighted(rnd, EVENT_TYPE_WEIGHTS);
		const precision = rnd.next();
		let edtf = precision < 0.88 ? isoDay(day) : precision < 0.94 ? isoDay(day).slice(0, 7) : precision < 0.97 ? `${isoDay(day)}~` : `${isoDay(day)}/${isoDay(day + 2)}`;
		const national = type === 'political-transition' || type === 'constitutional' || type === 'diplomatic';
		const placeIds: string[] = [];
		for (let attempt = 0; placeIds.length === 0; attempt++) {
			const p = national && rnd.chance(0.5) && attempt === 0 ? 'syria' : rnd.pickSkewed(localPlaces).id;
			// Every place is taken that day (small archives): move to the next day.
			if (attempt > 0 && attempt % 30 === 0) edtf = isoDay(++day);
			if (datePlace.has(`${edtf}@${p}`)) continue;
			datePlace.add(`${edtf}@${p}`);
			placeIds.push(p);
		}
		if (rnd.chance(0.2)) {
			const second = rnd.pick(localPlaces).id;
			if (!placeIds.includes(second) && !datePlace.has(`${edtf}@${second}`)) {
				datePlace.add(`${edtf}@${second}`);
				placeIds.push(second);
			}
		}
		const where = placeName.get(placeIds[0]!)!;
		const a = rnd.pickSkewed(fighters);
		const b = rnd.pick(fighters.filter((f) => f !== a));
		const p = rnd.pickSkewed(persons);
		const gov = rnd.pickSkewed(govs);
		const roster: [ActorSpec, string][] = [];
		let title = '';
		let lead = '';
		switch (type) {
			case 'battle':
				title = `Clashes between ${a.name} and ${b.name} near ${where.name}`;
				roster.push([a, 'participant'], [b, 'participant']);
				lead = `Fighters of ${link(a)} and ${link(b)} clashed on the outskirts of ${placeLink(where.id)}.`;
				break;
			case 'explosion-remote-violence':
				title = `${rnd.pick(['Drone strike on', 'Shelling of', 'Car bomb in', 'Explosion at a checkpoint in'])} ${where.name}`;
				roster.push([a, 'perpetrator'], [b, 'target']);
				lead = `A blast hit ${placeLink(where.id)}; local sources blamed ${link(a)}, while ${link(b)} said its positions were the target.`;
				break;
			case 'violence-against-civilians':
				title = `${rnd.pick(['Killings of civilians in', 'Abductions reported in', 'Field executions alleged in', 'Attack on a family home in'])} ${where.name}`;
				roster.push([a, 'perpetrator']);
				lead = `Residents of ${placeLink(where.id)} reported that gunmen linked to ${link(a)} attacked civilians.`;
				break;
			case 'protest':
				title = `Protest in ${where.name} over ${rnd.pick(V.ISSUES)}`;
				roster.push([gov, 'subject']);
				lead = `Hundreds gathered in the main square of ${placeLink(where.id)}, addressing their demands to ${link(gov)}.`;
				break;
			case 'riot':
				title = `Unrest in ${where.name} after ${rnd.pick(V.ISSUES)}`;
				roster.push([a, 'target']);
				lead = `Angry crowds in ${placeLink(where.id)} set tyres alight and surrounded a post of ${link(a)}.`;
				break;
			case 'strategic-development':
				title = `${a.name} ${rnd.pick(['takes control of', 'deploys to', 'withdraws from', 'imposes a curfew in'])} ${where.name}`;
				roster.push([a, 'participant']);
				lead = `${link(a)} moved units into ${placeLink(where.id)} under an arrangement with ${link(gov)}.`;
				roster.push([gov, 'organiser']);
				break;
			case 'security-operation':
				title = `Security sweep in ${where.name}`;
				roster.push([gov, 'perpetrator'], [a, 'target']);
				lead = `Forces under ${link(gov)} began a sweep of ${placeLink(where.id)}, searching for members of ${link(a)}.`;
				break;
			case 'political-transition':
				title = `${p.name} appointed ${rnd.pick(V.ROLE_TITLES).toLowerCase()} at the ${gov.name}`;
				roster.push([p, 'subject'], [gov, 'organiser']);
				lead = `${link(gov)} announced that ${link(p)} would take up the post with immediate effect.`;
				break;
			case 'constitutional':
				title = `${gov.name} ${rnd.pick(['publishes a draft law on', 'adopts a decree on', 'opens consultations on'])} ${rnd.pick(V.ISSUES)}`;
				roster.push([gov, 'organiser']);
				lead = `The text, published by ${link(gov)}, was read out at a session in ${placeLink(where.id)}.`;
				break;
			case 'diplomatic':
				title = `${gov.name} delegation ${rnd.pick(['visits', 'holds talks in', 'signs an agreement in'])} ${where.name}`;
				roster.push([gov, 'participant'], [p, 'participant']);
				lead = `A delegation of ${link(gov)} met ${link(p)} in ${placeLink(where.id)}.`;
				break;
			case 'statement':
				title = `${p.name} ${rnd.pick(['addresses', 'speaks to', 'issues a statement to'])} ${rnd.pick(['the nation', 'community leaders', 'the press', 'families of the missing'])}`;
				roster.push([p, 'speaker']);
				lead = `${link(p)} spoke in ${placeLink(where.id)}.`;
				break;
			case 'humanitarian':
				title = `${rnd.pick(['Aid convoy reaches', 'Families displaced from', 'Water cut in', 'Field hospital opens in'])} ${where.name}`;
				roster.push([rnd.pick(monitors), 'reporting']);
				lead = `Humanitarian workers described the situation in ${placeLink(where.id)} as critical.`;
				break;
			case 'justice':
				title = `${gov.name} opens inquiry into events in ${where.name}`;
				roster.push([gov, 'organiser'], [a, 'subject']);
				lead = `${link(gov)} said investigators would examine accusations against ${link(a)} in ${placeLink(where.id)}.`;
				break;
		}
		const seen = new Set<string>();
		const eventActors = roster.filter(([x, role]) => !seen.has(`${x.id}:${role}`) && seen.add(`${x.id}:${role}`)).map(([x, role]) => ({ actor: x.id, role }));
		const id = uniqueId(`${isoDay(day)}-${slugify(title)}`);
		const art = Math.floor(i / 2);
		const sources = [art];
		if (rnd.chance(0.25)) sources.push(Math.min(size.articles - 1, art + rnd.int(1, 4)));
		const spec: EventSpec = { id, day, edtf, title, type, actors: eventActors, places: placeIds, sources: [...new Set(sources)] };
		events.push(spec);
		const isUmbrella = i % 97 === 0;
		const partOf = !isUmbrella && umbrella && rnd.chance(0.05) ? umbrella.id : undefined;
		if (isUmbrella) umbrella = spec;
		const previous = i > 0 && rnd.chance(0.3) ? events[rnd.int(Math.max(0, i - 50), i - 1)] : undefined;
		eventFm.push({ title, date: edtf, type, actors: eventActors, places: placeIds, partOf });
		// Summaries are written in their own words, as in the real archive: their sentences are not the articles'.
		const withFiller = rnd.pick(V.SUMMARY_SENTENCES);
		const second = rnd.pick(V.SUMMARY_SENTENCES);
		eventBodies.push((sourceArticles) => {
			const paras = [`${lead} ${withFiller}`];
			const pub = sourceArticles[0]!.publisher;
			paras.push(`${link(pub)} reported the events the same day. ${second}${previous ? ` It followed [${previous.title}](event:${previous.id}).` : ''}`);
			return paras.join('\n\n');
		});
	}

	// ---- Articles: article j is the first report of events 2j and 2j+1.
	interface ArticleSpec { id: string; day: number; publisher: ActorSpec; language: 'en' | 'ar'; events: EventSpec[]; quotes: QuoteSpec[]; empty: boolean; fm: { [key: string]: Yaml } }
	const articles: ArticleSpec[] = [];
	for (let j = 0; j < size.articles; j++) {
		const covered = events.slice(2 * j, 2 * j + 2);
		const first = covered[0] ?? events[events.length - 1]!;
		const day = Math.max(...covered.map((e) => e.day), first.day) + rnd.int(0, 1);
		const publisher = rnd.pickSkewed(media);
		const language = j % 20 === 7 ? 'ar' : 'en';
		const where = placeName.get(first.places[0]!)!;
		const title = language === 'ar'
			? `${rnd.pick(['تطورات جديدة في', 'توتر في', 'ماذا يجري في', 'شهود عيان من'])} ${where.nameArabic}`
			: `${first.title}: ${rnd.pick(['what we know', 'monitors count the cost', 'residents describe the day', 'officials promise answers', 'a day of uncertainty', 'the view from the ground'])}`;
		const id = uniqueId(`${publisher.id}-${isoDay(day)}-${slugify(title) || 'report'}`);
		const url = `https://${publisher.id}.example.org/${isoDay(day).replace(/-/g, '/')}/${id.slice(publisher.id.length + 12)}`;
		const accessed = isoDay(day + rnd.int(0, 30));
		const authors = rnd.chance(0.6) ? [`${rnd.pick(V.FIRST_NAMES)[0]} ${rnd.pick(V.FAMILY_NAMES)[0]}`] : [];
		articles.push({
			id, day, publisher, language, events: covered, quotes: [], empty: rnd.chance(0.04),
			fm: {
				title,
				publisher: publisher.id,
				via: rnd.chance(0.2) ? [rnd.pick(agencies).id] : [],
				authors,
				url,
				published: isoDay(day),
				language,
				accessed,
				archived: rnd.chance(0.3) ? `https://web.archive.org/web/${accessed.replace(/-/g, '')}000000/${url}` : undefined,
				image: rnd.chance(0.3) ? { caption: `A street in ${where.name}.`, credit: `${publisher.name}` } : undefined,
				topics: ['Syria', rnd.pick(['Politics', 'Security', 'Humanitarian', 'Economy', 'Justice'])],
			},
		});
	}
	for (let i = 0; i < events.length; i++) {
		const e = events[i]!;
		const claims: Yaml[] = [];
		if (VIOLENT.has(e.type) && rnd.chance(0.7)) {
			for (let c = rnd.int(1, 3); c > 0; c--) {
				const count = rnd.int(1, 60);
				const range = rnd.chance(0.3);
				claims.push({
					kind: rnd.chance(0.8) ? 'killed' : 'injured',
					...(range ? { min: count, max: count + rnd.int(1, 20) } : { count }),
					group: rnd.pick(['civilians', 'security-forces', 'combatants', 'total']),
					claimedBy: rnd.chance(0.7) ? rnd.pickSkewed(monitors).id : rnd.pick(govs).id,
					asOf: isoDay(e.day + rnd.int(0, 3)),
					source: articles[rnd.pick(e.sources)]!.id,
				});
			}
		}
		eventFm[i]!.sources = e.sources.map((s) => articles[s]!.id);
		eventFm[i]!.casualties = claims;
		// Who did it is a claim: a perpetrator is named by a monitor or a government, as in the real archive.
		eventFm[i]!.actors = e.actors.map((a) =>
			a.role === 'perpetrator' ? { ...a, claimedBy: rnd.chance(0.7) ? rnd.pickSkewed(monitors).id : rnd.pick(govs).id, source: articles[e.sources[0]!]!.id } : a,
		);
	}

	// ---- Actor roles and memberships, now that there are articles to cite.
	const articleNear = (day: number) => articles[Math.min(articles.length - 1, Math.max(0, Math.floor((day / span) * articles.length)))]!;
	for (const a of actors) {
		const roles: Yaml[] = [];
		const memberOf: Yaml[] = [];
		if (a.category === 'person' && rnd.chance(0.5)) {
			const from = rnd.int(0, span - 1);
			const of = rnd.chance(0.6) ? rnd.pickSkewed(govs) : rnd.pick(orgs);
			const ended = rnd.chance(0.25);
			roles.push({ title: rnd.pick(V.ROLE_TITLES), of: of.id, from: isoDay(from), to: ended ? isoDay(from + rnd.int(10, 200)) : undefined, source: articleNear(from).id });
		}
		if (a.category === 'person' && rnd.chance(0.5)) {
			memberOf.push({ actor: rnd.pickSkewed(orgs).id, relation: rnd.pick(['member', 'leader', 'affiliated']), from: isoDay(rnd.int(0, 60)) });
		}
		if (a.category === 'org' && rnd.chance(0.25)) {
			const parent = rnd.pick(orgs);
			if (parent !== a) memberOf.push({ actor: parent.id, relation: 'part-of', source: articleNear(rnd.int(0, span - 1)).id });
		}
		const isPerson = a.category === 'person';
		a.fm = {
			name: a.name,
			nameArabic: a.nameArabic,
			kind: a.kind,
			aliases: a.aliases,
			description: isPerson ? `Syrian public figure from ${placeName.get(a.home)!.name}.` : `${a.kind.replace(/-/g, ' ')} active in ${placeName.get(a.home)!.name}.`.replace(/^./, (c) => c.toUpperCase()),
			roles,
			memberOf,
			wikidata: rnd.chance(0.2) ? `Q${100000 + actors.indexOf(a)}` : undefined,
		};
	}

	// ---- Quotes: each printed verbatim in its source article's text.
	const quotes: QuoteSpec[] = [];
	const takenQuotes = new Set<string>();
	for (let k = 0; k < n; k++) {
		const article = rnd.chance(0.75) ? articles[Math.min(articles.length - 1, Math.floor(k / 2))]! : rnd.pick(articles);
		const language = article.language;
		const grouped = k > 0 && rnd.chance(0.06) ? quotes[rnd.int(Math.max(0, k - 30), k - 1)] : undefined;
		const groupWith = grouped && 'kind' in grouped.speaker ? grouped : undefined;
		const speaker: QuoteSpec['speaker'] = groupWith
			? groupWith.speaker
			: rnd.chance(0.75)
				? rnd.pickSkewed(persons)
				: { description: rnd.pick(V.UNNAMED_SPEAKERS), ...(rnd.chance(0.7) ? { affiliation: rnd.pick([...orgs, ...govs]) } : {}) };
		let text = '';
		let printed: QuoteSpec['printed'] = () => '';
		for (let attempt = 0; ; attempt++) {
			const place = rnd.pickSkewed(localPlaces);
			if (language === 'ar') {
				const opening = rnd.pick(V.QUOTE_OPENINGS_AR).replace('{p}', place.nameArabic);
				const tail = rnd.pick(V.QUOTE_TAILS_AR);
				text = `${opening} ${tail}${attempt > 30 ? ` ${attempt}` : ''}`;
				const t = text;
				printed = (who) => `وقال ${who}: «${t}».`;
			} else {
				const opening = rnd.pick(V.QUOTE_OPENINGS).replace('{p}', place.name);
				const tail = rnd.chance(0.7) ? rnd.pick(V.QUOTE_TAILS) : '';
				const extra = attempt > 30 ? ` for the ${attempt}th time` : '';
				if (tail && rnd.chance(0.12)) {
					// A cut: the quote leaves out the speaker's aside, marked (…).
					text = `${opening} (…) ${tail}${extra}`;
					printed = (who) => `“${opening},” ${who} said, “and I say this clearly, ${tail}${extra}.”`;
				} else {
					text = `${opening}${tail ? `, ${tail}` : ''}${extra}`;
					const t = text;
					printed = (who) => `“${t},” ${who} said.`;
				}
			}
			const key = normaliseForMatch(text).toLowerCase();
			if (takenQuotes.has(key)) continue;
			takenQuotes.add(key);
			break;
		}
		const speakerName = 'kind' in speaker ? speaker.name : speaker.description;
		const id = uniqueId(`${slugify(speakerName)}-${isoDay(article.day)}`);
		const q: QuoteSpec = { id, text, printed, speaker, language };
		quotes.push(q);
		article.quotes.push(q);
		const said = Math.max(0, article.day - rnd.int(0, 1));
		const event = article.events.length > 0 && rnd.chance(0.4) ? rnd.pick(article.events) : undefined;
		const fm: { [key: string]: Yaml } = {
			text,
			speaker: 'kind' in speaker ? speaker.id : { description: speaker.description, affiliation: speaker.affiliation?.id },
			source: article.id,
			said: isoDay(said),
			medium: rnd.chance(0.3) ? rnd.pick(['speech broadcast on state television', 'statement on Telegram', 'press conference in Damascus', `interview with ${article.publisher.name}`]) : undefined,
			place: rnd.chance(0.3) ? rnd.pick(localPlaces).id : undefined,
			statement: groupWith ? (groupWith as QuoteSpec & { statement?: string }).statement ?? groupWith.id : undefined,
			language,
			translatedFrom: groupWith && language === 'en' ? 'ar' : undefined,
			event: event?.id,
		};
		if (groupWith) (q as QuoteSpec & { statement?: string }).statement = fm.statement as string;
		const body = event && rnd.chance(0.5) ? `Said during [${event.title}](event:${event.id}).` : '';
		files.push({ path: `quotes/${id}.md`, text: markdown(fm, body) });
	}

	// ---- Article texts, which carry their quotes verbatim.
	for (const article of articles) {
		const paras: string[] = [];
		if (!article.empty) {
			const ar = article.language === 'ar';
			for (const e of article.events) {
				const where = placeName.get(e.places[0]!)!;
				const who = e.actors[0] ? actorById.get(e.actors[0].actor) : undefined;
				paras.push(ar
					? `في ${dayWords(e.day)}، شهدت [${where.nameArabic}](place:${where.id}) أحداثاً جديدة${who?.nameArabic ? ` شارك فيها [${who.nameArabic}](actor:${who.id})` : ''}. ${rnd.pick(V.FILLER_SENTENCES_AR)}`
					: `${e.title} on ${dayWords(e.day)}, according to people in [${where.name}](place:${where.id})${who ? `; ${link(who)} was involved` : ''}. ${rnd.sample(V.FILLER_SENTENCES, 2).join(' ')}`);
			}
			for (const q of article.quotes) {
				const who = 'kind' in q.speaker
					? (article.language === 'ar' ? `[${q.speaker.nameArabic ?? q.speaker.name}](actor:${q.speaker.id})` : link(q.speaker))
					: q.speaker.description;
				paras.push(`${q.printed(who)} ${article.language === 'ar' ? rnd.pick(V.FILLER_SENTENCES_AR) : rnd.pick(V.FILLER_SENTENCES)}`);
			}
			paras.push(article.language === 'ar' ? rnd.pick(V.FILLER_SENTENCES_AR) : rnd.sample(V.FILLER_SENTENCES, 2).join(' '));
		}
		files.push({ path: `articles/${article.id}.md`, text: markdown(article.fm, paras.join('\n\n')) });
	}
	events.forEach((e, i) => {
		const body = eventBodies[i]!(e.sources.map((s) => articles[s]!));
		files.push({ path: `events/${e.id}.md`, text: markdown(eventFm[i]!, body) });
	});
	for (const a of actors) {
		const home = placeLink(a.home);
		const member = (a.fm.memberOf as { actor: string }[] | undefined)?.[0];
		const body = [
			a.category === 'person'
				? `${a.name} comes from ${home} and has appeared in reports since the fall of the former government.`
				: `${a.name} is based in ${home}. ${rnd.pick(V.SUMMARY_SENTENCES)}`,
			member ? `Reports tie ${a.category === 'person' ? 'them' : 'it'} to ${link(actorById.get(member.actor)!)}.` : '',
		].filter(Boolean).join('\n\n');
		files.push({ path: `actors/${a.id}.md`, text: markdown(a.fm, body) });
	}
	places.forEach((p, i) => {
		const body = p.parent ? `${p.name} is a ${p.kind} in ${placeLink(p.parent)}.` : `${p.name} is the country this archive covers.`;
		files.push({ path: `places/${p.id}.md`, text: markdown(placeFm[i]!, body) });
	});

	return { files, counts: { events: events.length, articles: articles.length, quotes: quotes.length, actors: actors.length, places: places.length } };
}

/**
 * Writes a synthetic archive into `dir` (a content folder with one folder per
 * collection). Refuses a non-empty folder unless `replace` is set, so it never mixes
 * with or silently deletes other content.
 */
export async function writeArchive(dir: string, options: SyntheticOptions & { replace?: boolean }): Promise<SyntheticArchive['counts']> {
	const existing = await readdir(dir).catch(() => []);
	if (existing.length > 0) {
		if (!options.replace) throw new Error(`${dir} is not empty; choose an empty folder or pass replace (--force) to overwrite it`);
		await rm(dir, { recursive: true, force: true });
	}
	const archive = generateArchive(options);
	for (const c of ['articles', 'quotes', 'events', 'actors', 'places']) await mkdir(path.join(dir, c), { recursive: true });
	const batch = 256;
	for (let i = 0; i < archive.files.length; i += batch) {
		await Promise.all(archive.files.slice(i, i + batch).map((f) => writeFile(path.join(dir, f.path), f.text)));
	}
	return archive.counts;
}
