/**
 * The collection (and URL section) of each kind; statements are derived from quotes,
 * not stored. Kept apart from the zod schemas so browser code can import it cheaply.
 */
import type { CollectionName, EntityKind } from './index.ts';

export const COLLECTION_OF_KIND: Record<EntityKind, CollectionName | 'statements'> = {
	article: 'articles',
	quote: 'quotes',
	statement: 'statements',
	event: 'events',
	actor: 'actors',
	place: 'places',
};
