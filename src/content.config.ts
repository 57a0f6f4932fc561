/**
 * Astro's view of content/: one collection per folder, validated by the same schemas
 * the validator uses. The folder can be swapped (tests, benchmarks) with ARCHIVE_CONTENT.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './content-io/content-dir.ts';
import { COLLECTIONS, SCHEMAS, type CollectionName } from './schema/index.ts';

const collection = (name: CollectionName) =>
	defineCollection({
		loader: glob({ pattern: '**/*.md', base: `${contentDir()}/${name}`, generateId: ({ entry }) => entry.replace(/^.*\//, '').replace(/\.md$/, '') }),
		schema: SCHEMAS[name],
	});

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as {
	[C in CollectionName]: ReturnType<typeof collection>;
};
