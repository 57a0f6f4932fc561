import { z } from 'astro/zod';
import { actorRef, fuzzyDate, language, line, url } from './fields.ts';

export const ArticleSchema = z
	.object({
		title: line('The headline exactly as published.'),
		publisher: actorRef('The media outlet that published it (an actor of kind "media").'),
		via: z.array(actorRef('A wire service or outlet.')).default([]).describe('Agencies whose material the article carries, e.g. afp.'),
		authors: z.array(line('An author as credited.')).default([]).describe('Bylines as printed; leave empty when there is none.'),
		url: url('Where the article was published.'),
		published: fuzzyDate('When it was published, as precisely as known.'),
		language: language('Language of the archived text (BCP 47), e.g. "en".'),
		accessed: fuzzyDate('When the archived text was taken from the URL; leave out if not known.').optional(),
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
	.strict();

export type Article = z.infer<typeof ArticleSchema>;
