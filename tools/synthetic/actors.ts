/**
 * Actors of the synthetic archive: media (a few of them agencies), monitors, government
 * bodies and states, organisations, and people; then, once there are articles to cite,
 * their roles and memberships.
 */
import { slugify } from '../../src/lib/slugify.ts';
import { writeEntry } from '../../src/content-io/write-entry.ts';
import { isoDay, link, unlessEmpty, type ActorCategory, type ActorSpec, type ArticleSpec, type Cast, type PlaceSpec, type SyntheticFile } from './model.ts';
import { latinVariant, type Names } from './names.ts';
import type { Random } from './random.ts';
import * as V from './vocabulary.ts';

/** A name for the given attempt (later attempts add words, so names never run out); an organisation's names say its kind. */
type Make = (attempt: number) => [name: string, nameArabic: string, kind?: string];

const GOV_NAMES: [string, string, string][] = [
	['Presidency of the Republic', 'رئاسة الجمهورية', 'government-body'],
	...V.MINISTRIES.map(([m, a]) => [`Ministry of ${m}`, `وزارة ${a}`, 'government-body'] as [string, string, string]),
	...V.STATES.map(([s, a]) => [s, a, 'state'] as [string, string, string]),
	...V.GOVERNORATES.map(([g, a]) => [`${g} Governorate Council`, `مجلس محافظة ${a}`, 'government-body'] as [string, string, string]),
];

/** `count` actors (at least three people), each from one of the local places. */
export function generateActors(rnd: Random, names: Names, count: number, local: PlaceSpec[]): ActorSpec[] {
	const actors: ActorSpec[] = [];
	/** Makes names until one is free, then gives it its aliases: a transliteration variant, and `extra` ones. */
	const add = (category: ActorCategory, kind: string, make: Make, extra: () => string[] = () => []) => {
		for (let attempt = 0; ; attempt++) {
			const [name, nameArabic, madeKind] = make(attempt);
			if (!names.claim(name, nameArabic)) continue;
			const aliases: string[] = [];
			const variant = latinVariant(rnd, name);
			if (variant && names.claim(variant)) aliases.push(variant);
			for (const a of extra()) if (names.claim(a)) aliases.push(a);
			actors.push({ id: names.uniqueId(slugify(name)), name, nameArabic, kind: madeKind ?? kind, category, aliases, home: rnd.pick(local).id, roles: [], memberOf: [] });
			return;
		}
	};
	const nMedia = Math.max(3, Math.round(count * 0.1));
	const nAgencies = Math.max(1, Math.round(nMedia * 0.2));
	const nMonitors = Math.max(1, Math.round(count * 0.05));
	const nGov = Math.max(2, Math.round(count * 0.1));
	const nOrgs = Math.max(2, Math.round(count * 0.25));
	const nPersons = Math.max(3, count - nMedia - nMonitors - nGov - nOrgs);
	for (let i = 0; i < nMedia; i++) add(i < nAgencies ? 'agency' : 'media', 'media', mediaName(rnd, i < nAgencies));
	for (let i = 0; i < nMonitors; i++) add('monitor', 'ngo', monitorName(rnd, i === 0));
	for (let i = 0; i < nGov; i++) add('gov', GOV_NAMES[i % GOV_NAMES.length]![2], govName(i));
	for (let i = 0; i < nOrgs; i++) add('org', 'armed-group', orgName(rnd));
	for (let i = 0; i < nPersons; i++) add('person', 'person', personName(rnd), () => nomDeGuerre(rnd));
	return actors;
}

function mediaName(rnd: Random, agency: boolean): Make {
	return (attempt) => {
		const [q, qa] = rnd.pick(V.MEDIA_QUALIFIERS);
		const [m, ma] = agency ? V.AGENCY_NOUN : rnd.pick(V.MEDIA_NOUNS);
		const suffix = attempt > 15 ? ` ${rnd.pick(V.GOVERNORATES)[0]}${attempt > 30 ? ` ${attempt}` : ''}` : '';
		return [`${q} ${m}${suffix}`, `${ma} ${qa}${suffix}`];
	};
}

/** A monitoring group of a governorate; the first one is national. */
function monitorName(rnd: Random, national: boolean): Make {
	return (attempt) => {
		const [m, ma] = rnd.pick(V.MONITOR_PATTERNS);
		const where = attempt === 0 && national ? ['Syrian', 'السوري'] : rnd.pick(V.GOVERNORATES);
		const extra = attempt > 20 ? ` ${attempt}` : '';
		return [`${where[0]} ${m}${extra}`, `${ma} في ${where[1]}${extra}`];
	};
}

/** The i-th government body or state, numbered once the list has been used up. */
function govName(i: number): Make {
	const [name, nameArabic] = GOV_NAMES[i % GOV_NAMES.length]!;
	return (attempt) => {
		const round = Math.floor(i / GOV_NAMES.length) + attempt;
		return round === 0 ? [name, nameArabic] : [`${name} (${round + 1})`, `${nameArabic} (${round + 1})`];
	};
}

function orgName(rnd: Random): Make {
	return (attempt) => {
		const [q, qa] = rnd.pick(V.ORG_QUALIFIERS);
		const [o, oa, kind] = rnd.pick(V.ORG_NOUNS);
		const [g, ga] = attempt > 10 ? rnd.pick(V.GOVERNORATES) : ['', ''];
		const extra = attempt > 30 ? ` ${attempt}` : '';
		return [`${g ? `${g} ` : ''}${q} ${o}${extra}`, `${oa} ${qa}${ga ? ` في ${ga}` : ''}${extra}`, kind];
	};
}

function personName(rnd: Random): Make {
	return (attempt) => {
		const [f, fa] = rnd.pick(V.FIRST_NAMES);
		const [l, la] = rnd.pick(V.FAMILY_NAMES);
		if (attempt < 10) return [`${f} ${l}`, `${fa} ${la}`];
		const [m, ma] = rnd.pick(V.FIRST_NAMES);
		const extra = attempt > 40 ? ` ${attempt}` : '';
		return [`${f} ${m} ${l}${extra}`, `${fa} ${ma} ${la}${extra}`];
	};
}

/** Some people are also known by a kunya, in Latin and Arabic script. */
function nomDeGuerre(rnd: Random): string[] {
	if (!rnd.chance(0.3)) return [];
	const [k, ka] = rnd.pick(V.FIRST_NAMES);
	const [l, la] = rnd.pick(V.FAMILY_NAMES);
	return [`Abu ${k} ${l}`, `أبو ${ka} ${la}`];
}

export function castOf(actors: ActorSpec[]): Cast {
	const of = (...c: ActorCategory[]) => actors.filter((a) => c.includes(a.category));
	const orgs = of('org');
	const armed = orgs.filter((o) => o.kind === 'armed-group' || o.kind === 'security-force');
	return { media: of('media'), agencies: of('agency'), monitors: of('monitor'), govs: of('gov'), orgs, fighters: armed.length >= 2 ? armed : orgs, persons: of('person') };
}

/**
 * Roles and memberships, each citing the article nearest its start; some ended. Called
 * once the articles exist.
 */
export function giveHistories(rnd: Random, actors: ActorSpec[], cast: Cast, span: number, articleNear: (day: number) => ArticleSpec): void {
	for (const [index, a] of actors.entries()) {
		if (a.category === 'person' && rnd.chance(0.5)) {
			const from = rnd.int(0, span - 1);
			const of = rnd.chance(0.6) ? rnd.pickSkewed(cast.govs) : rnd.pick(cast.orgs);
			const ended = rnd.chance(0.25);
			const title = rnd.pick(V.ROLE_TITLES);
			const to = ended ? isoDay(from + rnd.int(10, 200)) : undefined;
			a.roles.push({ title, of: of.id, from: isoDay(from), to, source: articleNear(from).id });
		}
		if (a.category === 'person' && rnd.chance(0.5)) {
			const actor = rnd.pickSkewed(cast.orgs).id;
			const relation = rnd.pick(['member', 'leader', 'affiliated']);
			a.memberOf.push({ actor, relation, from: isoDay(rnd.int(0, 60)) });
		}
		if (a.category === 'org' && rnd.chance(0.25)) {
			const parent = rnd.pick(cast.orgs);
			if (parent !== a) a.memberOf.push({ actor: parent.id, relation: 'part-of', source: articleNear(rnd.int(0, span - 1)).id });
		}
		if (rnd.chance(0.2)) a.wikidata = `Q${100000 + index}`;
	}
}

export function actorFile(rnd: Random, a: ActorSpec, placeById: Map<string, PlaceSpec>, actorById: Map<string, ActorSpec>): SyntheticFile {
	const home = placeById.get(a.home)!;
	const person = a.category === 'person';
	const description = person ? `Syrian public figure from ${home.name}.` : `${a.kind.replace(/-/g, ' ')} active in ${home.name}.`.replace(/^./, (c) => c.toUpperCase());
	const frontmatter = {
		name: a.name,
		nameArabic: a.nameArabic,
		kind: a.kind,
		aliases: unlessEmpty(a.aliases),
		description,
		roles: unlessEmpty(a.roles),
		memberOf: unlessEmpty(a.memberOf),
		wikidata: a.wikidata,
	};
	const member = a.memberOf[0];
	const body = [
		person
			? `${a.name} comes from ${link(home, 'place')} and has appeared in reports since the fall of the former government.`
			: `${a.name} is based in ${link(home, 'place')}. ${rnd.pick(V.SUMMARY_SENTENCES)}`,
		member ? `Reports tie ${person ? 'them' : 'it'} to ${link(actorById.get(member.actor)!)}.` : '',
	].filter(Boolean).join('\n\n');
	return { path: `actors/${a.id}.md`, text: writeEntry(frontmatter, body) };
}
