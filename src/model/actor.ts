import { z } from 'astro/zod';
import { actorRef, articleRef, fuzzyDate, line, wikidata } from './fields.ts';

export const ACTOR_KINDS = [
	'person',
	'state',
	'government-body',
	'armed-group',
	'security-force',
	'political-party',
	'organisation',
	'ngo',
	'international-organisation',
	'media',
	'community',
] as const;

export const ActorSchema = z
	.object({
		name: line('The name most English-language sources use.'),
		nameArabic: line('The name in Arabic script, if the actor has one.').optional(),
		kind: z.enum(ACTOR_KINDS).describe('What sort of actor this is.'),
		aliases: z
			.array(line('One alias.'))
			.default([])
			.describe('Other names and spellings, in any script: transliterations (al-Shara\'a, el-Chareh), noms de guerre (Abu Mohammad al-Jolani), Arabic forms. Search finds the actor by each of them.'),
		description: line('One sentence saying who or what this is, as the sources support.').optional(),
		roles: z
			.array(
				z
					.object({
						title: line('The role, e.g. "Interim President".'),
						of: actorRef('The organisation or state the role is held in.').optional(),
						from: fuzzyDate('When the role began.').optional(),
						to: fuzzyDate('When the role ended; leave out while it lasts.').optional(),
						source: articleRef('Article that states the role (required: a role without a source is not shown as fact).'),
					})
					.strict(),
			)
			.default([])
			.describe('Positions held over time.'),
		memberOf: z
			.array(
				z
					.object({
						actor: actorRef('The group, organisation or coalition.'),
						relation: z.enum(['member', 'part-of', 'leader', 'ally', 'affiliated']).default('member').describe('How this actor relates to it.'),
						from: fuzzyDate('When it began.').optional(),
						to: fuzzyDate('When it ended.').optional(),
						source: articleRef('Article that states it.').optional(),
					})
					.strict(),
			)
			.default([])
			.describe('Groups this actor belongs to or is part of, with dates.'),
		wikidata: wikidata.optional(),
	})
	.strict();

export type Actor = z.infer<typeof ActorSchema>;
