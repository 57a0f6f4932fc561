/**
 * Events of the synthetic archive, in date order over a span that grows with the archive:
 * each at a place not already taken that day, with its cast, its sources (article j
 * first reports events 2j and 2j+1), sometimes part of a larger event; then, once the
 * articles exist, their casualty claims and who is said to have done it.
 */
import { slugify } from '../../src/lib/slugify.ts';
import { writeEntry } from '../../src/content-io/write-entry.ts';
import type { EventType } from '../../src/model/event.ts';
import { STORIES, type Players } from './event-stories.ts';
import { isoDay, link, unlessEmpty, type ArticleSpec, type CasualtyClaim, type Cast, type EventSpec, type PlaceSpec, type SyntheticFile } from './model.ts';
import type { Names } from './names.ts';
import type { Places } from './places.ts';
import { weighted, type Random } from './random.ts';
import * as V from './vocabulary.ts';

const EVENT_TYPE_WEIGHTS: [EventType, number][] = [
	['battle', 10], ['explosion-remote-violence', 10], ['violence-against-civilians', 10], ['protest', 10], ['riot', 4],
	['strategic-development', 12], ['security-operation', 10], ['political-transition', 6], ['constitutional', 3],
	['diplomatic', 8], ['statement', 8], ['humanitarian', 6], ['justice', 3],
];
const VIOLENT = new Set<EventType>(['battle', 'explosion-remote-violence', 'violence-against-civilians', 'security-operation', 'riot']);
const NATIONAL = new Set<EventType>(['political-transition', 'constitutional', 'diplomatic']);
/** Every 97th event is an umbrella that later ones may be part of. */
const UMBRELLA_EVERY = 97;

export interface EventWorld {
	places: Places;
	placeById: Map<string, PlaceSpec>;
	cast: Cast;
	/** Days the events are spread over. */
	span: number;
	articleCount: number;
}

export function generateEvents(rnd: Random, names: Names, n: number, world: EventWorld): EventSpec[] {
	const days = Array.from({ length: n }, () => rnd.int(0, world.span - 1)).sort((a, b) => a - b);
	const taken = new Set<string>();
	const events: EventSpec[] = [];
	let umbrella: EventSpec | undefined;
	for (let i = 0; i < n; i++) {
		const type = weighted(rnd, EVENT_TYPE_WEIGHTS);
		const { day, edtf, places } = eventWhenAndWhere(rnd, days[i]!, type, world.places.local, taken);
		const { cast } = world;
		const a = rnd.pickSkewed(cast.fighters);
		const players: Players = {
			a,
			b: rnd.pick(cast.fighters.filter((f) => f !== a)),
			p: rnd.pickSkewed(cast.persons),
			gov: rnd.pickSkewed(cast.govs),
			where: world.placeById.get(places[0]!)!,
			monitors: cast.monitors,
		};
		const { title, roster, lead } = STORIES[type](rnd, players);
		const seen = new Set<string>();
		const actors = roster.filter(([x, role]) => !seen.has(`${x.id}:${role}`) && seen.add(`${x.id}:${role}`)).map(([x, role]) => ({ actor: x.id, role }));
		const id = names.uniqueId(`${isoDay(day)}-${slugify(title)}`);
		const sources = [Math.floor(i / 2)];
		if (rnd.chance(0.25)) sources.push(Math.min(world.articleCount - 1, sources[0]! + rnd.int(1, 4)));
		const isUmbrella = i % UMBRELLA_EVERY === 0;
		const partOf = !isUmbrella && umbrella && rnd.chance(0.05) ? umbrella.id : undefined;
		const previous = i > 0 && rnd.chance(0.3) ? events[rnd.int(Math.max(0, i - 50), i - 1)] : undefined;
		// Summaries are written in their own words, as in the real archive: their sentences are not the articles'.
		const summary = { lead, filler: rnd.pick(V.SUMMARY_SENTENCES), second: rnd.pick(V.SUMMARY_SENTENCES), previous };
		const spec: EventSpec = { id, day, edtf, title, type, actors, places, sources: [...new Set(sources)], partOf, casualties: [], summary };
		events.push(spec);
		if (isUmbrella) umbrella = spec;
	}
	return events;
}

/**
 * The event's date, as precise as the sources would be, and its places: one not taken
 * that day (moving to the next day when all are, in small archives), sometimes a second.
 */
function eventWhenAndWhere(rnd: Random, day: number, type: EventType, local: PlaceSpec[], taken: Set<string>) {
	const precision = rnd.next();
	let edtf = precision < 0.88 ? isoDay(day) : precision < 0.94 ? isoDay(day).slice(0, 7) : precision < 0.97 ? `${isoDay(day)}~` : `${isoDay(day)}/${isoDay(day + 2)}`;
	const national = NATIONAL.has(type);
	const places: string[] = [];
	for (let attempt = 0; places.length === 0; attempt++) {
		const p = national && rnd.chance(0.5) && attempt === 0 ? 'syria' : rnd.pickSkewed(local).id;
		if (attempt > 0 && attempt % 30 === 0) edtf = isoDay(++day);
		if (taken.has(`${edtf}@${p}`)) continue;
		taken.add(`${edtf}@${p}`);
		places.push(p);
	}
	if (rnd.chance(0.2)) {
		const second = rnd.pick(local).id;
		if (!places.includes(second) && !taken.has(`${edtf}@${second}`)) {
			taken.add(`${edtf}@${second}`);
			places.push(second);
		}
	}
	return { day, edtf, places };
}

/**
 * Casualty claims for violent events, and a claimant for each perpetrator: who did it is
 * a claim, made by a monitor or a government, as in the real archive.
 */
export function attributeEvents(rnd: Random, events: EventSpec[], articles: ArticleSpec[], cast: Cast): void {
	const claimant = () => (rnd.chance(0.7) ? rnd.pickSkewed(cast.monitors).id : rnd.pick(cast.govs).id);
	for (const e of events) {
		if (VIOLENT.has(e.type) && rnd.chance(0.7)) {
			for (let c = rnd.int(1, 3); c > 0; c--) {
				const count = rnd.int(1, 60);
				const range = rnd.chance(0.3);
				const kind = rnd.chance(0.8) ? 'killed' : 'injured';
				const figure = range ? { min: count, max: count + rnd.int(1, 20) } : { count };
				const group = rnd.pick(['civilians', 'security-forces', 'combatants', 'total']);
				const claimedBy = claimant();
				const claim: CasualtyClaim = { kind, ...figure, group, claimedBy, asOf: isoDay(e.day + rnd.int(0, 3)), source: articles[rnd.pick(e.sources)]!.id };
				e.casualties.push(claim);
			}
		}
		e.actors = e.actors.map((a) => (a.role === 'perpetrator' ? { ...a, claimedBy: claimant(), source: articles[e.sources[0]!]!.id } : a));
	}
}

export function eventFile(e: EventSpec, articles: ArticleSpec[]): SyntheticFile {
	const frontmatter = {
		title: e.title,
		date: e.edtf,
		type: e.type,
		actors: unlessEmpty(e.actors),
		places: e.places,
		sources: e.sources.map((s) => articles[s]!.id),
		casualties: unlessEmpty(e.casualties),
		partOf: e.partOf,
	};
	const { lead, filler, second, previous } = e.summary;
	const publisher = articles[e.sources[0]!]!.publisher;
	const body = [
		`${lead} ${filler}`,
		`${link(publisher)} reported the events the same day. ${second}${previous ? ` It followed [${previous.title}](event:${previous.id}).` : ''}`,
	].join('\n\n');
	return { path: `events/${e.id}.md`, text: writeEntry(frontmatter, body) };
}
