/**
 * What the hover and focus card says about an event: title, date, type, places,
 * actors and, in brief, who claims how many casualties.
 */
import type { CasualtyClaim } from '../model/schemas.ts';
import { fill, formatNumber } from '../i18n/format.ts';
import { claimWordsIn } from '../views/claim-words.ts';
import type { TimelineWording } from './chart-text.ts';
import type { TimelineData } from './timeline-data.ts';

/** "at least 300 civilians killed (Syrian Observatory for Human Rights)". */
export function claimText(w: TimelineWording, c: TimelineData['claims'][number][number], claimant: string): string {
	const figure = { min: c.low >= 0 ? c.low : undefined, max: c.high >= 0 ? c.high : undefined };
	return fill(w.m.claim, { claim: claimWordsIn({ locale: w.locale, m: w.m.claims }, { ...figure, kind: c.kind as CasualtyClaim['kind'], group: c.group as CasualtyClaim['group'] }), claimant });
}

/** "Perpetrator: Bani Khaled tribe, according to SOHR": an alleged role is never shown as fact. */
export const attributionText = (w: TimelineWording, role: string, actor: string, claimant: string) =>
	fill(w.m.attribution, { role: w.m.roles[role as keyof TimelineWording['m']['roles']] ?? role, actor, claimant });

export interface EventCard {
	title: string;
	date: string;
	type: string;
	places: string[];
	actors: string[];
	claims: string[];
	/** "Perpetrator: Bani Khaled tribe, according to SOHR". */
	attributions: string[];
}

const MAX_NAMES = 4;
export function eventCard(w: TimelineWording, data: TimelineData, i: number, title: string, date: string): EventCard {
	const more = (names: string[]) => (names.length > MAX_NAMES ? [...names.slice(0, MAX_NAMES - 1), fill(w.m.more, { n: formatNumber(w.locale, names.length - MAX_NAMES + 1) })] : names);
	const names = (at: Uint32Array, list: Uint32Array, name: (k: number) => string) => {
		const out: string[] = [];
		for (let k = at[i]!; k < at[i + 1]!; k++) out.push(name(list[k]!));
		return more(out);
	};
	return {
		title,
		date,
		type: data.types[data.type[i]!]!.label,
		places: names(data.placeAt, data.placeList, (k) => data.places[k]!.name),
		actors: names(data.actorAt, data.actorList, (k) => data.actors[k]!.name),
		claims: data.claims[i]!.slice(0, 3).map((c) => claimText(w, c, data.actors[c.by]?.name ?? w.m.unattributed)),
		attributions: data.attributions[i]!.slice(0, 3).map((r) => attributionText(w, r.role, data.actors[r.actor]?.name ?? '', data.actors[r.by]?.name ?? w.m.unattributed)),
	};
}
