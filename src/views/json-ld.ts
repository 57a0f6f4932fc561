/**
 * schema.org JSON-LD for each entry page, typed by schema-dts (so a property that does not
 * exist on its type is a type error), and Dataset for the exports. `link` turns a site path
 * into the address written: absolute with a site URL, else relative to the page, which
 * JSON-LD resolves against the page's own address.
 */
import type { Dataset, Event, NewsArticle, Organization, Person, Place, Quotation, Thing, WithContext } from 'schema-dts';
import type { Graph } from '../graph/types.ts';
import { machineDate, type FuzzyDate } from '../lib/dates.ts';
import { markdownToText } from '../lib/markdown-text.ts';
import { excerpt } from '../lib/wording.ts';
import { absoluteUrl, linkerFor, paths, type SitePath } from '../model/urls.ts';
import { entryPath } from './entry-path.ts';
import { speakerLabel } from './kinds.ts';
import { ARCHIVE_AUTHOR, ARCHIVE_NAME } from './cite.ts';

type Link = (to: SitePath) => string;
export type JsonLd = WithContext<Thing>;

const wikidataUrl = (q: string | undefined) => (q ? `https://www.wikidata.org/wiki/${q}` : undefined);
const date = (d: FuzzyDate | undefined) => (d ? machineDate(d).split('/')[0] : undefined);
const summary = (body: string) => {
	const text = markdownToText(body).trim();
	return text ? excerpt(text, 60) : undefined;
};
/** schema-dts allows a bare string for any node; these are always objects. */
type Node<T> = Exclude<T, string>;
/** A schema.org node whose properties may still be undefined (compact drops them). */
type Loose<T> = T extends string ? never : { [K in keyof T]?: T[K] | undefined };
/** Drops undefined and empty-list values: schema.org has no use for them. */
function compact<T>(o: Loose<T>): Node<T> {
	return Object.fromEntries(Object.entries(o as object).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0))) as Node<T>;
}

function actorNode(g: Graph, id: string, link: Link): Node<Person> | Node<Organization> {
	const a = g.actors.get(id);
	const base = { '@id': link(paths.entry('actor', id)), name: a?.data.name ?? id };
	return a?.data.kind === 'person' ? { '@type': 'Person', ...base } : { '@type': 'Organization', ...base };
}

function placeNode(g: Graph, id: string, link: Link): Node<Place> {
	const p = g.places.get(id);
	const [latitude, longitude] = p?.data.coordinates ?? [];
	return compact<Place>({
		'@type': 'Place', '@id': link(paths.entry('place', id)), name: p?.data.name ?? id,
		geo: latitude !== undefined && longitude !== undefined ? { '@type': 'GeoCoordinates', latitude, longitude } : undefined,
	});
}

function articleNode(g: Graph, id: string, link: Link): Node<NewsArticle> {
	const a = g.articles.get(id)!;
	return compact<NewsArticle>({
		'@type': 'NewsArticle', '@id': link(paths.entry('article', id)),
		headline: a.data.title, url: a.data.url, datePublished: date(a.published), inLanguage: a.data.language,
		publisher: actorNode(g, a.data.publisher, link) as Node<Organization>,
	});
}

const withContext = (node: Node<Thing>): JsonLd => ({ '@context': 'https://schema.org', ...node }) as JsonLd;

// One function per kind: each entry page calls its own.
export function eventJsonLd(g: Graph, id: string, link: Link): JsonLd {
	const e = g.events.get(id)!;
	const [start, end] = machineDate(e.date).split('/');
	return withContext(compact<Event>({
		'@type': 'Event', '@id': link(paths.entry('event', id)), url: link(paths.entry('event', id)),
		name: e.data.title, description: summary(e.body), startDate: start, endDate: end,
		location: e.data.places.map((p) => placeNode(g, p, link)),
		subjectOf: e.data.sources.map((s) => articleNode(g, s, link)),
	}));
}

export function actorJsonLd(g: Graph, id: string, link: Link): JsonLd {
	const a = g.actors.get(id)!;
	// Person and Organization share these properties (from Thing); the node says which it is.
	return withContext(compact<Person>({
		...(actorNode(g, id, link) as Node<Person>), url: link(paths.entry('actor', id)),
		alternateName: [a.data.nameArabic, ...a.data.aliases].filter((n): n is string => !!n),
		description: a.data.description, sameAs: wikidataUrl(a.data.wikidata),
	}));
}

export function placeJsonLd(g: Graph, id: string, link: Link): JsonLd {
	const p = g.places.get(id)!;
	return withContext(compact<Place>({
		...placeNode(g, id, link), url: link(paths.entry('place', id)),
		alternateName: [p.data.nameArabic, ...p.data.aliases].filter((n): n is string => !!n),
		containedInPlace: p.data.in ? placeNode(g, p.data.in, link) : undefined,
		sameAs: wikidataUrl(p.data.wikidata),
	}));
}

export function articleJsonLd(g: Graph, id: string, link: Link): JsonLd {
	const a = g.articles.get(id)!;
	return withContext(compact<NewsArticle>({
		...articleNode(g, id, link),
		author: a.data.authors.map((name): Node<Person> => ({ '@type': 'Person', name })),
		archivedAt: a.data.archived, keywords: a.data.topics.join(', ') || undefined,
	}));
}

export const quoteJsonLd = (g: Graph, id: string, link: Link): JsonLd => withContext(quotation(g, id, link));

/** A statement is its first rendering, with the others as its translations or other reports. */
export function statementJsonLd(g: Graph, id: string, link: Link): JsonLd {
	const s = g.statements.get(id)!;
	return withContext({ ...quotation(g, s.quotes[0]!, link), '@id': link(entryPath(g, 'statement', id)), workTranslation: s.quotes.slice(1).map((q) => quotation(g, q, link)) });
}

function quotation(g: Graph, id: string, link: Link): Node<Quotation> {
	const q = g.quotes.get(id)!;
	const speaker = q.speakerIsNamed && q.speakerActor ? actorNode(g, q.speakerActor, link) : ({ '@type': 'Person', name: speakerLabel(g, q) } as Person);
	return compact<Quotation>({
		'@type': 'Quotation', '@id': link(paths.entry('quote', id)), url: link(paths.entry('quote', id)),
		text: q.data.text, inLanguage: q.data.language, dateCreated: date(q.said),
		spokenByCharacter: speaker, isBasedOn: articleNode(g, q.data.source, link),
	});
}

/** The licence of the archive's own data (summaries, metadata, exports); quoted words stay their publishers'. */
export const DATA_LICENCE = { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', url: 'https://creativecommons.org/licenses/by/4.0/' };

export interface ExportFile {
	name: string;
	/** Its media type. */
	format: string;
	description: string;
}

/** The exports as one schema.org Dataset. */
export function datasetJsonLd(files: readonly ExportFile[], link: Link): JsonLd {
	const dataset: WithContext<Dataset> = {
		'@context': 'https://schema.org', '@type': 'Dataset', name: `${ARCHIVE_NAME}: data`,
		description: "Events, actors, places, sources, quotes and casualty claims of Syria's transition since 8 December 2024, with the sources of every statement.",
		url: link(paths.about), license: DATA_LICENCE.url, creator: { '@type': 'Organization', name: ARCHIVE_AUTHOR },
		temporalCoverage: '2024-12-08/..', spatialCoverage: { '@type': 'Place', name: 'Syria' },
		isAccessibleForFree: true,
		distribution: files.map((f) => ({ '@type': 'DataDownload', name: f.name, encodingFormat: f.format, description: f.description, contentUrl: link(paths.data(f.name)) })),
	};
	return dataset as JsonLd;
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the element. */
export const jsonLdText = (data: JsonLd) => JSON.stringify(data).replace(/</g, '\\u003c');

/** How data on the page at `from` names other pages: absolutely with a site URL, else relative to it. */
export const dataLinker = (site: URL | undefined, from: SitePath): Link => (site ? (to) => absoluteUrl(site, to) : linkerFor(from));
