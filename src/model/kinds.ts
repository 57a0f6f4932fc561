/**
 * The kinds of entry: the one list. A row says what is plain data about a kind, its
 * collection (the folder under content/ and the URL section), its names in prose and
 * in the site's menus, and the orders it takes in search and navigation. Everything
 * else derives from it; behaviour per kind lives with the layer that needs it (schemas
 * in src/model/<kind>.ts, nodes in src/graph/nodes.ts, names and search in src/views/kinds.ts),
 * each keyed by these names, so the type checker finds a kind that one of them forgets.
 *
 * Browser code imports this file: it holds no schema and no code of its own.
 *
 * Adding a kind: a row here, a schema file (src/model/<kind>.ts), its node (src/graph/nodes.ts),
 * its view (src/views/kinds.ts) and a page folder (src/pages/<collection>/).
 */

export const KINDS = {
	// Written in this order, entries are read and their problems listed in it.
	article: { collection: 'articles', noun: 'source', plural: 'sources', menu: 'Sources', an: false, stored: true, code: 'r', searchRank: 5, menuRank: 5, nameField: 'title',
		about: "A news report or document the archive draws on: its provenance (publisher, URL, dates, language) in the frontmatter and its archived text as the body.",
		body: "the article's text exactly as published (quotes are checked against it), or nothing if it is not archived yet." },
	quote: { collection: 'quotes', noun: 'quote', plural: 'quotes', menu: 'Quotes', an: false, stored: true, code: 'q', searchRank: 3, menuRank: 4, nameField: 'text',
		about: "Words an actor said, verbatim as one article prints them. The body is empty or a short note.",
		body: "nothing, or a short note on context or translation." },
	event: { collection: 'events', noun: 'event', plural: 'events', menu: 'Events', an: true, stored: true, code: 'e', searchRank: 2, menuRank: 1, nameField: 'title',
		about: "Something that happened, dated as precisely as the sources allow, with actors and their roles, places, sources and attributed casualty claims. The body is a short factual summary.",
		body: "a short factual summary; every claim attributed (\"according to SOHR\"). Link other entries as described in CONTRIBUTING.md." },
	actor: { collection: 'actors', noun: 'actor', plural: 'actors', menu: 'Actors', an: true, stored: true, code: 'a', searchRank: 0, menuRank: 2, nameField: 'name',
		about: "A person, state, organisation, armed group, media outlet or community, with its names in every script. The body is an optional short profile.",
		body: "an optional short profile, attributed to its sources." },
	place: { collection: 'places', noun: 'place', plural: 'places', menu: 'Places', an: false, stored: true, code: 'p', searchRank: 1, menuRank: 3, nameField: 'name',
		about: "A place, with its Arabic name, other spellings, coordinates and the larger place it lies in. The body is optional.",
		body: "optional notes." },
	// Derived: the quotes that render one utterance. No files of its own, no menu entry.
	statement: { collection: 'statements', noun: 'statement', plural: 'statements', menu: 'Statements', an: false, stored: false, code: 's', searchRank: 4, menuRank: undefined, nameField: undefined,
		about: 'One utterance, reported in one or more renderings (quotes); derived from the quotes that name it.',
		body: undefined },
} as const satisfies Record<string, KindRow>;

interface KindRow {
	/** Folder under content/ and URL section (`actors/x.html`). */
	collection: string;
	/** What a reader calls one: "source" for an article. */
	noun: string;
	plural: string;
	/** The name of its index in menus and filters. */
	menu: string;
	/** "an actor", "a place": the article the kind's own name takes in messages. */
	an: boolean;
	/** True when entries are files under content/; false when the graph derives them. */
	stored: boolean;
	/** One letter for the search index's compact records. */
	code: string;
	/** Order among search results of equal rank, and in the kind filter. */
	searchRank: number;
	/** Place in the site's main menu; undefined when it has none. */
	menuRank: number | undefined;
	/** The frontmatter field that names an entry (what `npm run new` fills from its title). */
	nameField: string | undefined;
	/** What one entry is, for the field reference and the JSON Schemas. */
	about: string;
	/** What goes below the frontmatter, for `npm run new`. */
	body: string | undefined;
}

export type EntityKind = keyof typeof KINDS;
type StoredKind = { [K in EntityKind]: (typeof KINDS)[K]['stored'] extends true ? K : never }[EntityKind];
export type CollectionName = (typeof KINDS)[StoredKind]['collection'];
export type SectionName = (typeof KINDS)[EntityKind]['collection'];

const entries = Object.entries(KINDS) as [EntityKind, (typeof KINDS)[EntityKind]][];

/** Every kind, in the registry's order. */
export const ENTITY_KINDS = entries.map(([kind]) => kind);
/** The kinds kept as files, and their folders under content/, in reading order. */
const STORED_KINDS = entries.filter(([, row]) => row.stored).map(([kind]) => kind as StoredKind);
export const COLLECTIONS = STORED_KINDS.map((kind) => KINDS[kind].collection) as CollectionName[];
/** Kinds in the order search lists them. */
export const SEARCH_KINDS = [...ENTITY_KINDS].sort((a, b) => KINDS[a].searchRank - KINDS[b].searchRank);
/** Kinds with an index in the main menu, in menu order. */
export const MENU_KINDS = ENTITY_KINDS.filter((k) => KINDS[k].menuRank !== undefined).sort((a, b) => KINDS[a].menuRank! - KINDS[b].menuRank!);

/** The collection (and URL section) of a kind. */
export const collectionOf = <K extends EntityKind>(kind: K): (typeof KINDS)[K]['collection'] => KINDS[kind].collection;

const KIND_OF_COLLECTION = Object.fromEntries(entries.map(([kind, row]) => [row.collection, kind])) as Record<SectionName, EntityKind>;
/** The kind whose collection this is: `actors` → `actor`. */
export const kindOf = (collection: CollectionName): StoredKind => KIND_OF_COLLECTION[collection] as StoredKind;
export const isEntityKind = (name: string): name is EntityKind => Object.hasOwn(KINDS, name);

/** "an actor", "a place". */
export const withArticle = (kind: EntityKind) => `${KINDS[kind].an ? 'an' : 'a'} ${kind}`;
