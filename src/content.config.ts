/**
 * Astro's view of content/: one collection per folder, filled by the archive's own loader
 * from the same read and checks as the validator (src/integrations/content-loader.ts).
 * The folder can be swapped (tests, benchmarks) with ARCHIVE_CONTENT.
 */
import { defineCollection } from 'astro:content';
import { archiveLoader } from './integrations/content-loader.ts';
import { COLLECTIONS, type CollectionName } from './model/kinds.ts';
import { SCHEMAS } from './model/schemas.ts';

const collection = (name: CollectionName) => defineCollection({ loader: archiveLoader(name), schema: SCHEMAS[name] });

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as {
	[C in CollectionName]: ReturnType<typeof collection>;
};
