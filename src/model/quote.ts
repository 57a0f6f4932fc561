import { z } from 'astro/zod';
import { actorRef, articleRef, eventRef, fuzzyDate, id, language, line, placeRef } from './fields.ts';

/** Who spoke: an actor id, or a speaker the source leaves unnamed, described as it describes them. */
const SpeakerSchema = z.union([
	actorRef('Id of the actor who spoke.'),
	z
		.object({
			description: line('The speaker as the source describes them, e.g. "a security source".'),
			affiliation: actorRef('The organisation the source ties the speaker to.').optional(),
		})
		.strict(),
]);

export const QuoteSchema = z
	.object({
		text: line('The words exactly as the source article prints them, without the surrounding quotation marks. Mark a cut with (…).'),
		speaker: SpeakerSchema.describe('An actor id, or { description, affiliation } for a speaker the source does not name.'),
		source: articleRef('The article that reports the words. Required: a quote without a source is not archived.'),
		said: fuzzyDate('When the words were said, as precisely as the source supports.').optional(),
		medium: line('Where or how it was said, e.g. "speech broadcast on the Syrian presidency\'s Telegram channel".').optional(),
		place: placeRef('Where it was said, if known.').optional(),
		statement: id('the statement this quote renders').optional().describe('Groups quotes of one utterance (other sources, other translations) into one statement. Leave out for a statement reported once: the quote\'s own id is used.'),
		language: language('Language of the text as printed here.').default('en'),
		translatedFrom: language('Language the words were originally said in, if this is a translation.').optional(),
		event: eventRef('The event at which the words were said or that they respond to, e.g. a speech.').optional(),
	})
	.strict();

export type Quote = z.infer<typeof QuoteSchema>;
