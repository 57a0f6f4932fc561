/**
 * The synthetic entries as the generators build them, before they are written: each
 * collection's generator fills its own, and the file writers turn them into frontmatter
 * and text. Shared helpers: the calendar and prose links.
 */
import type { EventType } from '../../src/model/event.ts';

export interface SyntheticFile {
	/** Path inside the content folder, e.g. `events/2025-03-07-clashes-in-tell-abyad.md`. */
	path: string;
	text: string;
}

export interface PlaceSpec {
	id: string;
	name: string;
	nameArabic: string;
	kind: string;
	parent?: string;
	aliases: string[];
	coordinates: [number, number];
	wikidata?: string;
}

export type ActorCategory = 'person' | 'org' | 'media' | 'agency' | 'monitor' | 'gov';

export interface ActorSpec {
	id: string;
	name: string;
	nameArabic?: string;
	kind: string;
	aliases: string[];
	category: ActorCategory;
	/** Id of the place the actor is from or based in. */
	home: string;
	roles: { title: string; of: string; from: string; to?: string | undefined; source: string }[];
	memberOf: { actor: string; relation: string; from?: string; source?: string }[];
	wikidata?: string;
}

/** The actors by what they are, as the generators pick them. */
export interface Cast {
	media: ActorSpec[];
	agencies: ActorSpec[];
	monitors: ActorSpec[];
	govs: ActorSpec[];
	orgs: ActorSpec[];
	/** Armed groups and security forces (organisations, when there are too few). */
	fighters: ActorSpec[];
	persons: ActorSpec[];
}

export interface EventActor {
	actor: string;
	role: string;
	claimedBy?: string;
	source?: string;
}

export interface CasualtyClaim {
	kind: 'killed' | 'injured';
	count?: number;
	min?: number;
	max?: number;
	group: string;
	claimedBy: string;
	asOf: string;
	source: string;
}

export interface EventSpec {
	id: string;
	day: number;
	edtf: string;
	title: string;
	type: EventType;
	actors: EventActor[];
	places: string[];
	/** Indexes into the articles: article j first reports events 2j and 2j+1. */
	sources: number[];
	partOf?: string | undefined;
	casualties: CasualtyClaim[];
	/** The summary's opening sentence and two of its own (not the articles') sentences. */
	summary: { lead: string; filler: string; second: string; previous?: EventSpec | undefined };
}

export interface QuoteSpec {
	id: string;
	text: string;
	/** The words as the article prints them, around the speaker's attribution. */
	printed: (speaker: string) => string;
	speaker: ActorSpec | { description: string; affiliation?: ActorSpec };
	language: 'en' | 'ar';
	/** The statement the quote belongs to, when it is one of several reports of it. */
	statement?: string | undefined;
	frontmatter: Record<string, unknown>;
	body: string;
}

export interface ArticleSpec {
	id: string;
	day: number;
	publisher: ActorSpec;
	language: 'en' | 'ar';
	events: EventSpec[];
	quotes: QuoteSpec[];
	/** A cited article: no archived text. */
	empty: boolean;
	frontmatter: Record<string, unknown>;
}

export const isNamedSpeaker = (speaker: QuoteSpec['speaker']): speaker is ActorSpec => 'kind' in speaker;

const START = Date.UTC(2024, 11, 8);
const DAY = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Day `day` of the archive (day 0 is 8 December 2024) as YYYY-MM-DD. */
export const isoDay = (day: number) => new Date(START + day * DAY).toISOString().slice(0, 10);

/** Day `day` of the archive as prose, e.g. "8 December 2024". */
export function dayWords(day: number): string {
	const d = new Date(START + day * DAY);
	return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A prose cross-link, `[name](kind:id)`. */
export const link = (entry: { id: string; name: string }, kind: 'actor' | 'place' = 'actor') => `[${entry.name}](${kind}:${entry.id})`;

/** A list, or undefined (the field left out) when it is empty, as contributors write files. */
export const unlessEmpty = <T>(items: T[]): T[] | undefined => (items.length > 0 ? items : undefined);
