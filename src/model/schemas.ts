/** The content model: one schema per collection, keyed by collection name (the collections are listed in src/model/kinds.ts). */
import type { CollectionName } from './kinds.ts';
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

} as const satisfies Record<CollectionName, unknown>;


export { ActorSchema, ArticleSchema, EventSchema, PlaceSchema, QuoteSchema };
export type { Actor } from './actor.ts';
export type { Article } from './article.ts';
export type { CasualtyClaim, Event, EventType } from './event.ts';
export type { Place } from './place.ts';
export type { Quote } from './quote.ts';
