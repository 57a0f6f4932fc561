/**
 * A deterministic synthetic archive: given N and a seed, N events, N/2 articles,
 * N quotes, N/20 actors and N/40 places, cross-referenced the way the real content is
 * (roles, memberships, place containment, sources, casualty claims, statements, prose
 * cross-links `[text](actor:id)`), with quotes printed verbatim in their source
 * articles so the validator's quote check holds. Used by `npm run bench` and by tests.
 *
 * Pure: `generateArchive` returns the files; `writeArchive` puts them on disk. Each
 * collection has its generator (places.ts, actors.ts, events.ts, articles.ts, quotes.ts);
 * they draw from one random source in a fixed order, so a seed gives the same archive.
 */
import { mkdir, rm, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { COLLECTIONS, type CollectionName } from '../../src/model/kinds.ts';
import { actorFile, castOf, generateActors, giveHistories } from './actors.ts';
import { articleFile, generateArticles } from './articles.ts';
import { attributeEvents, eventFile, generateEvents } from './events.ts';
import type { SyntheticFile } from './model.ts';
import { createNames } from './names.ts';
import { generatePlaces, placeFile } from './places.ts';
import { generateQuotes, quoteFile } from './quotes.ts';
import { createRandom } from './random.ts';

export type { SyntheticFile } from './model.ts';

export interface SyntheticOptions {
	/** Number of events; the other collections scale with it. */
	n: number;
	seed?: number;
}

export interface SyntheticArchive {
	files: SyntheticFile[];
	counts: Record<CollectionName, number>;
}

/** For N events: N/2 articles, N quotes, N/20 actors and N/40 places (small N keeps enough actors and places to cross-link). */
const articleCount = (n: number) => Math.ceil(n / 2);
const actorCount = (n: number) => Math.max(12, Math.floor(n / 20));
const placeCount = (n: number) => Math.max(8, Math.floor(n / 40));

/** How many files each collection folder got. */
const countFiles = (files: SyntheticFile[]) =>
	Object.fromEntries(COLLECTIONS.map((c) => [c, files.filter((f) => f.path.startsWith(`${c}/`)).length])) as Record<CollectionName, number>;

export function generateArchive(options: SyntheticOptions): SyntheticArchive {
	const { n } = options;
	if (!Number.isInteger(n) || n < 1) throw new Error(`N must be a whole number of events, at least 1 (got ${n})`);
	const rnd = createRandom(options.seed ?? 1);
	const names = createNames();
	const places = generatePlaces(rnd, names, placeCount(n));
	const placeById = new Map(places.all.map((p) => [p.id, p]));
	const actors = generateActors(rnd, names, actorCount(n), places.local);
	const actorById = new Map(actors.map((a) => [a.id, a]));
	const cast = castOf(actors);
	const span = Math.max(120, Math.ceil(n / 12));
	const events = generateEvents(rnd, names, n, { places, placeById, cast, span, articleCount: articleCount(n) });
	const articles = generateArticles(rnd, names, articleCount(n), events, placeById, cast);
	attributeEvents(rnd, events, articles, cast);
	giveHistories(rnd, actors, cast, span, (day) => articles[Math.min(articles.length - 1, Math.max(0, Math.floor((day / span) * articles.length)))]!);
	const quotes = generateQuotes(rnd, names, n, { articles, local: places.local, cast });
	const files = [
		...quotes.map(quoteFile),
		...articles.map((a) => articleFile(rnd, a, placeById, actorById)),
		...events.map((e) => eventFile(e, articles)),
		...actors.map((a) => actorFile(rnd, a, placeById, actorById)),
		...places.all.map((p) => placeFile(p, placeById)),
	];
	return { files, counts: countFiles(files) };
}

/**
 * Writes a synthetic archive into `dir` (a content folder with one folder per
 * collection). Refuses a non-empty folder unless `replace` is set, so it never mixes
 * with or silently deletes other content.
 */
export async function writeArchive(dir: string, options: SyntheticOptions & { replace?: boolean }): Promise<SyntheticArchive['counts']> {
	const existing = await readdir(dir).catch(() => []);
	if (existing.length > 0) {
		if (!options.replace) throw new Error(`${dir} is not empty; choose an empty folder or pass replace (--force) to overwrite it`);
		await rm(dir, { recursive: true, force: true });
	}
	const archive = generateArchive(options);
	for (const c of COLLECTIONS) await mkdir(path.join(dir, c), { recursive: true });
	const batch = 256;
	for (let i = 0; i < archive.files.length; i += batch) {
		await Promise.all(archive.files.slice(i, i + batch).map((f) => writeFile(path.join(dir, f.path), f.text)));
	}
	return archive.counts;
}
