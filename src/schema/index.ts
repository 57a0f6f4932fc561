/** The content model: one schema per collection, keyed by collection name. */
import { ActorSchema } from './actor.ts';
import { ArticleSchema } from './article.ts';
import { EventSchema } from './event.ts';
import { PlaceSchema } from './place.ts';
import { QuoteSchema } from './quote.ts';

export const SCHEMAS = {
	articles: ArticleSchema,
	quotes: QuoteSchema,
	events: EventSchema,
	actors: ActorSchema,
	places: PlaceSchema,
} as const;

export type CollectionName = keyof typeof SCHEMAS;
export const COLLECTIONS = Object.keys(SCHEMAS) as CollectionName[];

/** The word used in prose links (`[text](actor:id)`) and URLs for each collection. */
export const KIND_OF: Record<CollectionName, EntityKind> = {
	articles: 'article',
	quotes: 'quote',
	events: 'event',
	actors: 'actor',
	places: 'place',
};
export type EntityKind = 'article' | 'quote' | 'statement' | 'event' | 'actor' | 'place';

export { ActorSchema, ArticleSchema, EventSchema, PlaceSchema, QuoteSchema };
export type { Actor } from './actor.ts';
export type { Article } from './article.ts';
export type { CasualtyClaim, Event, EventType } from './event.ts';
export type { Place } from './place.ts';
export type { Quote } from './quote.ts';
