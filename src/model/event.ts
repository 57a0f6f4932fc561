import { z } from 'astro/zod';
import { actorRef, articleRef, eventRef, fuzzyDate, line, placeRef } from './fields.ts';
import { CLAIM_KINDS, VICTIM_GROUPS } from './claim-kinds.ts';

/**
 * Event types: ACLED's six (acleddata.com codebook) plus what a political transition
 * needs, so the archive can be compared with conflict data and still record politics.
 */
/** Each event type's name and what it covers (ACLED's categories, widened for a transition). */
export const EVENT_TYPES = {
	'battle': { label: 'Battle', meaning: 'armed clash between organised groups.' },
	'explosion-remote-violence': { label: 'Explosion or remote violence', meaning: 'shelling, air or drone strike, bomb.' },
	'violence-against-civilians': { label: 'Violence against civilians', meaning: 'killings, abductions, attacks on unarmed people.' },
	'protest': { label: 'Protest', meaning: 'a peaceful demonstration or gathering.' },
	'riot': { label: 'Riot', meaning: 'violent demonstration or mob violence.' },
	'strategic-development': { label: 'Strategic development', meaning: 'deployments, takeovers, agreements, curfews and other non-violent moves that shape the conflict.' },
	'security-operation': { label: 'Security operation', meaning: 'a sweep, raid or campaign by state forces.' },
	'political-transition': { label: 'Political transition', meaning: 'change of government or regime, appointments, dissolutions.' },
	'constitutional': { label: 'Constitutional', meaning: 'constitutions, declarations, elections, legal frameworks.' },
	'diplomatic': { label: 'Diplomatic', meaning: 'recognition, membership, visits, sanctions, international statements.' },
	'statement': { label: 'Statement', meaning: 'a speech, announcement or declaration that is itself the news.' },
	'humanitarian': { label: 'Humanitarian', meaning: 'displacement, aid, access.' },
	'justice': { label: 'Justice and accountability', meaning: 'investigations, trials, commissions.' },
} as const;
export type EventType = keyof typeof EVENT_TYPES;
/** "Battle", "Violence against civilians". */
export const eventTypeLabel = (type: EventType): string => EVENT_TYPES[type].label;
const typeIds = Object.keys(EVENT_TYPES) as [EventType, ...EventType[]];

const ACTOR_ROLES = ['perpetrator', 'target', 'participant', 'speaker', 'organiser', 'subject', 'reacting', 'mediator', 'reporting'] as const;

const CasualtyClaimSchema = z
	.object({
		kind: z.enum(CLAIM_KINDS).default('killed').describe('What the figure counts; killed-or-injured for one total of both, as a source gives it.'),
		count: z.number().int().nonnegative().optional().describe('The figure, when the claim gives one number.'),
		min: z.number().int().nonnegative().optional().describe('Lower bound, for "at least" or a range.'),
		max: z.number().int().nonnegative().optional().describe('Upper bound, for a range.'),
		words: line('The figure in the claim\'s own words when it gives no number, e.g. "several", "dozens of bodies".').optional(),
		unverified: z.boolean().default(false).describe('True when the source says it could not verify the claim (e.g. "AFP could not independently verify").'),
		group: z.enum(VICTIM_GROUPS).describe('Whom the figure counts: civilians, security-forces, combatants or total.'),
		who: line('The group in the claim\'s own words, e.g. "Alawite civilians".').optional(),
		claimedBy: actorRef('Who makes the claim, e.g. sohr.'),
		asOf: fuzzyDate('The date the figure was true as of.'),
		source: articleRef('The article that reports the claim.'),
	})
	.strict()
	.refine((c) => c.count !== undefined || c.min !== undefined || c.max !== undefined || c.words !== undefined, {
		error: 'a casualty claim needs a figure',
		path: ['count'],
		params: { fix: 'Add "count: N" for a single figure, "min: N" for "at least N", "min:" and "max:" for a range, or "words:" with the claim\'s own words when it gives no number ("several").' },
	})
	.refine((c) => c.words === undefined || (c.count === undefined && c.min === undefined && c.max === undefined), {
		error: 'words is given together with a number',
		path: ['words'],
		params: { fix: 'Keep "words" only for a claim that gives no number; with a number, use count, min or max.' },
	})
	.refine((c) => c.count === undefined || (c.min === undefined && c.max === undefined), {
		error: 'count is given together with min or max',
		path: ['count'],
		params: { fix: 'Keep either count (one figure) or min/max (a range), not both.' },
	})
	.refine((c) => c.min === undefined || c.max === undefined || c.min <= c.max, {
		error: 'max is smaller than min',
		path: ['max'],
		params: { fix: 'Check both figures against the source; swap them if they were entered the wrong way round.' },
	});

export const EventSchema = z
	.object({
		title: line('A short factual title, e.g. "Attack on security forces in Jableh".'),
		titleArabic: line('The title in Arabic, shown on the Arabic pages (optional: without it they show the English title, marked as English).').optional(),
		summaryArabic: z
			.string()
			.trim()
			.min(1, { error: 'must not be empty' })
			.describe('A short summary in Arabic, shown on the Arabic pages in place of the English body (optional: without it they show the English body, marked as English). Plain text; a blank line starts a new paragraph.')
			.optional(),
		date: fuzzyDate('When it happened, as precisely as the sources support.'),
		type: z.enum(typeIds).describe(`One of: ${typeIds.join(', ')}.`),
		actors: z
			.array(
				z
					.object({
						actor: actorRef('Id of the actor.'),
						role: z.enum(ACTOR_ROLES).describe(`The actor's part in the event: ${ACTOR_ROLES.join(', ')}.`),
						claimedBy: actorRef('When the role is an allegation (a perpetrator named by one side), who makes it.').optional(),
						source: articleRef('The article that reports the allegation; required with claimedBy.').optional(),
					})
					.strict()
					.refine((a) => (a.claimedBy === undefined) === (a.source === undefined), {
						error: 'an attributed role needs both claimedBy and source',
						path: ['claimedBy'],
						params: { fix: 'Give claimedBy (who alleges the role) and source (the article that reports it) together, or neither when the role is undisputed.' },
					}),
			)
			.default([])
			.describe('Who took part, each with a role. A contested role (who did it) names its claimant and source; conflicting attributions are all kept.'),
		places: z.array(placeRef('Id of a place.')).default([]).describe('Where it happened.'),
		sources: z.array(articleRef('Id of an article.')).min(1, { error: 'an event needs at least one source article' }).describe('Articles that report it (at least one).'),
		casualties: z.array(CasualtyClaimSchema).default([]).describe('Casualty claims, each attributed to who made it and dated; conflicting claims are all kept.'),
		otherDates: z
			.array(
				z
					.object({
						date: fuzzyDate('The date this source gives for the event.'),
						source: articleRef('The article that gives it.'),
						note: line('Why the dates differ, in your own words, if known.').optional(),
					})
					.strict(),
			)
			.default([])
			.describe('Dates other sources give for this event, when they disagree with "date"; each is kept with its source.'),
		partOf: eventRef('A larger event this one is part of, e.g. the coastal violence of March 2025.').optional(),
	})
	.strict();

export type Event = z.infer<typeof EventSchema>;
export type CasualtyClaim = z.infer<typeof CasualtyClaimSchema>;
