import { z } from 'astro/zod';
import { actorRef, fuzzyDate, language, line, url } from './fields.ts';

/**
 * A source is either archived (its text is held in the file's body, so quotes are checked
 * against it) or cited (metadata only: publisher, URL, headline, dates; no text is copied).
 */
const SOURCE_STATUSES = ['archived', 'cited'] as const;

export const ArticleSchema = z
	.object({
		status: z
			.enum(SOURCE_STATUSES)
			.optional()
			.describe('"archived" when the file\'s body holds the source\'s text (only with the right to keep it); "cited" when only its metadata is recorded and the body stays empty. Left out, a file with text is archived and one without is cited.'),
		title: line('The headline exactly as published; leave out when the source shows none (never make one up).').optional(),
		publisher: actorRef('The media outlet that published it (an actor of kind "media").'),
		via: z.array(actorRef('A wire service or outlet.')).default([]).describe('Agencies whose material the article carries, e.g. afp.'),
		authors: z.array(line('An author as credited.')).default([]).describe('Bylines as printed; leave empty when there is none.'),
		url: url('Where the article was published.'),
		published: fuzzyDate('When it was published, as precisely as the source shows; leave out when it shows no date.').optional(),
		language: language('Language of the source (BCP 47), e.g. "en".'),
		accessed: fuzzyDate('When the source was read at its URL (required for cited sources); leave out if not known.').optional(),
		archived: url('A copy in a web archive, e.g. a Wayback Machine URL.').optional(),
		image: z
			.object({
				caption: line('The caption as printed.'),
				credit: line('The credit as printed.').optional(),
				date: fuzzyDate('When the picture was taken, if the caption says.').optional(),
			})
			.strict()
			.optional()
			.describe('The lead image\'s caption and credit (the image itself is not archived).'),
		topics: z.array(line('A topic.')).default([]).describe('Section labels or topics the publisher gave it.'),
	})
	.strict()
	.refine((a) => a.status !== 'cited' || a.accessed !== undefined, {
		error: 'a cited source needs the date it was read',
		path: ['accessed'],
		params: { fix: 'Add accessed: "YYYY-MM-DD", the day you read the page at its URL.' },
	});

export type Article = z.infer<typeof ArticleSchema>;
