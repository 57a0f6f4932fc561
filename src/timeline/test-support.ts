/** Small archives for the timeline's unit tests (not shipped). */
import { timelineText } from '../i18n/areas.ts';
import { parseFuzzyDate } from '../lib/dates.ts';
import type { TimelineWording } from './chart-text.ts';
import { packTimeline, unpackTimeline, type TimelineEventInput } from './timeline-data.ts';

export const TYPES: [string, string][] = [['battle', 'Battle'], ['protest', 'Protest'], ['diplomatic', 'Diplomatic']];
const ACTORS: Record<string, string> = { sohr: 'Syrian Observatory for Human Rights', 'ahmad-al-sharaa': 'Ahmad al-Sharaa', mod: 'Ministry of Defence' };
const PLACES: Record<string, [string, string | undefined]> = { syria: ['Syria', undefined], latakia: ['Latakia Governorate', 'syria'], jableh: ['Jableh', 'latakia'], damascus: ['Damascus', 'syria'] };

export type Row = [edtf: string, type: string, actors?: string[], places?: string[]];

export function inputs(rows: Row[]): TimelineEventInput[] {
	return rows.map(([edtf, type, actors = [], places = []]) => {
		const r = parseFuzzyDate(edtf);
		if (!r.ok) throw new Error(r.reason);
		return { date: r.date, type, actors, places, claims: [] };
	});
}

/** Other spellings, as in the real content: the text filter finds an actor or place by each. */
const SPELLINGS: Record<string, string[]> = {
	sohr: ['المرصد السوري لحقوق الإنسان', 'SOHR'],
	'ahmad-al-sharaa': ['أحمد الشرع', 'Abu Mohammad al-Jolani'],
	latakia: ['محافظة اللاذقية', 'Lattakia', 'اللاذقية'],
	jableh: ['جبلة', 'Jablah'],
};

export const dictionaries = {
	types: TYPES,
	actorName: (id: string) => ACTORS[id] ?? id,
	placeName: (id: string) => PLACES[id]?.[0] ?? id,
	placeParent: (id: string) => PLACES[id]?.[1],
	actorSpellings: (id: string) => SPELLINGS[id] ?? [],
	placeSpellings: (id: string) => SPELLINGS[id] ?? [],
	isPerson: (id: string) => id === 'ahmad-al-sharaa',
};

/** Packs and unpacks, as the page does: what the client sees. */
export const sampleData = (rows: Row[]) => unpackTimeline(JSON.parse(JSON.stringify(packTimeline(inputs(rows), dictionaries))));

/** The timeline's words in each language, as a page embeds them. */
export const EN: TimelineWording = { locale: 'en', m: timelineText('en') };
export const AR: TimelineWording = { locale: 'ar', m: timelineText('ar') };
