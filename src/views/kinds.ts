/**
 * What each kind of entry looks like to a reader, computed from the graph: the name it
 * is linked by and what search knows about it. One
 * object per kind, so a new kind is one more entry here (the type checker asks for it).
 */
import { statementHasOwnPage, type Graph, type QuoteNode } from '../graph/types.ts';
import { startKey, type FuzzyDate } from '../lib/dates.ts';
import { capitalise, excerpt } from '../lib/wording.ts';
import type { EntityKind } from '../model/kinds.ts';
import { LOCALE_INFO, type Locale } from '../model/locales.ts';
import { fill, messages } from '../i18n/index.ts';
import { eventTypeLabel, type EventType } from '../model/event.ts';

/** How an entry is named wherever it is linked: titles, names, a quote's opening words. */
export type Labels = (kind: EntityKind, id: string) => string;

export interface SearchEntry {
	kind: EntityKind;
	id: string;
	title: string;
	/** When it happened or was said; for undated words, the source article's publication date (see dateReported). Sorts and filters by year. */
	date: FuzzyDate | undefined;
	/** True when `date` is only when the words were reported (the article's date), not when they were said. */
	dateReported: boolean;
	/** The names an actor or place is known by: name, Arabic name, aliases. Empty for other kinds. */
	names: string[];
	/** Words searched besides the title and names: a quote's text, an actor's description and roles. */
	text: string;
	/** A line under the result's title; empty when the result composes its own (events). */
	snippet: string;
	/** Its own prose, which full-text search indexes beside the body: a description, a quote's words. */
	prose?: string;
	/** Ids of actors and places the entry is about: the filters, and what "related" means in ranking. */
	actors: string[];
	places: string[];
	type: EventType | undefined;
	/** The speech or statement it belongs to ("event:<id>" when its words were said at an event, else "statement:<id>"): search shows one group as one result. */
	group?: string;
}

type SearchFields = Partial<Omit<SearchEntry, 'kind' | 'id'>>;

interface KindView {
	/** Its name, or undefined when the graph has no such entry. */
	label(g: Graph, id: string): string | undefined;
	/** The language its name is in, when not English (a quote's words, a source's headline). */
	language?(g: Graph, id: string): string | undefined;
	/** Its name in Arabic, where the content gives one. */
	arabic?(g: Graph, id: string): string | undefined;
	/** What search knows beyond the defaults, or undefined when it is not searchable. */
	search(g: Graph, id: string, labels: Labels): SearchFields | undefined;
}

const uniq = (xs: Iterable<string | undefined>) => [...new Set([...xs].filter((x): x is string => !!x))];
const actorName = (g: Graph, id: string | undefined) => (id ? g.actors.get(id)?.data.name : undefined);
const knownActors = (g: Graph, ids: Iterable<string | undefined>) => uniq(ids).filter((a) => g.actors.has(a));

/** A place and every place it lies in: an event in Jableh is also in Latakia Governorate. */
const withAncestors = (g: Graph, places: Iterable<string | undefined>) =>
	uniq([...places].flatMap((p) => (p && g.places.has(p) ? [p, ...g.places.get(p)!.ancestors] : [])));

/** Who spoke, as a reader sees it: the actor's name, or the description of an unnamed speaker. */
export function speakerLabel(g: Graph, q: QuoteNode): string {
	const s = q.data.speaker;
	return typeof s === 'string' ? (g.actors.get(s)?.data.name ?? s) : capitalise(s.description);
}

/** The earliest publication date among some articles. */
const earliest = (dates: (FuzzyDate | undefined)[]) =>
	dates.filter((d): d is FuzzyDate => d !== undefined).sort((a, b) => (startKey(a) < startKey(b) ? -1 : startKey(a) > startKey(b) ? 1 : 0))[0];

export const KIND_VIEWS: Record<EntityKind, KindView> = {
	actor: {
		label: (g, id) => g.actors.get(id)?.data.name,
		arabic: (g, id) => g.actors.get(id)?.data.nameArabic,
		search: (g, id) => {
			const a = g.actors.get(id);
			return a && {
				names: uniq([a.data.name, a.data.nameArabic, ...a.data.aliases]),
				text: [a.data.description ?? '', ...a.roles.map((r) => r.title)].join(' '),
				snippet: a.data.description ?? a.data.kind.replace(/-/g, ' '),
				...(a.data.description ? { prose: a.data.description } : {}),
				actors: [id],
			};
		},
	},
	place: {
		label: (g, id) => g.places.get(id)?.data.name,
		arabic: (g, id) => g.places.get(id)?.data.nameArabic,
		search: (g, id) => {
			const p = g.places.get(id);
			if (!p) return undefined;
			return {
				names: uniq([p.data.name, p.data.nameArabic, ...p.data.aliases]),
				// The result line ("City in Tartus Governorate") is composed from these in the reader's language (search/prose.ts).
				text: p.data.kind,
				places: withAncestors(g, [id]),
			};
		},
	},
	event: {
		label: (g, id) => g.events.get(id)?.data.title,
		arabic: (g, id) => g.events.get(id)?.data.titleArabic,
		search: (g, id) => {
			const e = g.events.get(id);
			return e && {
				date: e.date,
				text: eventTypeLabel(e.data.type),
				actors: knownActors(g, e.data.actors.map((a) => a.actor)),
				places: withAncestors(g, e.data.places),
				type: e.data.type,
				...(e.quotes.length ? { group: `event:${id}` } : {}),
			};
		},
	},
	quote: {
		label: (g, id) => {
			const q = g.quotes.get(id);
			return q && `“${excerpt(q.data.text)}”`;
		},
		language: (g, id) => g.quotes.get(id)?.data.language,
		search: (g, id, labels) => {
			const q = g.quotes.get(id);
			if (!q) return undefined;
			const published = g.articles.get(q.data.source)?.published;
			return {
				title: `${speakerLabel(g, q)}: ${labels('quote', id)}`,
				// Undated words sort by their article's date, shown as "reported …", never as when they were said.
				date: q.said ?? published,
				dateReported: !q.said && published !== undefined,
				text: q.data.text,
				prose: q.data.text,
				actors: knownActors(g, [q.speakerActor]),
				places: withAncestors(g, [q.data.place]),
				group: q.data.event ? `event:${q.data.event}` : `statement:${q.statement}`,
			};
		},
	},
	statement: {
		label: (g, id) => {
			const s = g.statements.get(id);
			// Named by its fullest quote: fragments ("de-escalate") say less than the whole.
			const fullest = s?.quotes.map((q) => g.quotes.get(q)!).reduce((a, b) => (b.data.text.length > a.data.text.length ? b : a));
			return fullest && `${speakerLabel(g, fullest)}: “${excerpt(fullest.data.text, 8)}”`;
		},
		language: (g, id) => {
			const q = g.statements.get(id)?.quotes[0];
			return q === undefined ? undefined : g.quotes.get(q)?.data.language;
		},
		search: (g, id) => {
			const s = g.statements.get(id);
			// Statements are listed only when several sources rendered them; otherwise the quote page is the entry.
			if (!s || !statementHasOwnPage(s)) return undefined;
			const quotes = s.quotes.map((q) => g.quotes.get(q)!);
			// Undated: the earliest source's publication date, labelled as such.
			const reportedFirst = earliest(quotes.map((q) => g.articles.get(q.data.source)?.published));
			return {
				date: s.said ?? reportedFirst,
				dateReported: !s.said && reportedFirst !== undefined,
				// Renderings in other languages add words; the same words twice add nothing.
				text: uniq(quotes.map((q) => q.data.text)).join(' '),
				prose: uniq(quotes.map((q) => q.data.text)).join(' '),
				actors: knownActors(g, [s.speakerActor]),
				places: withAncestors(g, quotes.map((q) => q.data.place)),
				group: quotes[0]!.data.event ? `event:${quotes[0]!.data.event}` : `statement:${id}`,
			};
		},
	},
	article: {
		label: (g, id) => {
			const a = g.articles.get(id);
			// A headline the source does not show is never invented.
			return a && (a.data.title ?? fill(messages('en').entries.untitledReport, { publisher: actorName(g, a.data.publisher) ?? a.data.publisher }));
		},
		arabic: (g, id) => {
			const a = g.articles.get(id);
			const publisher = a && (g.actors.get(a.data.publisher)?.data.nameArabic ?? actorName(g, a.data.publisher) ?? a.data.publisher);
			return a && !a.data.title ? fill(messages('ar').entries.untitledReport, { publisher: publisher! }) : undefined;
		},
		language: (g, id) => {
			const a = g.articles.get(id);
			return a?.data.title ? a.data.language : undefined;
		},
		search: (g, id) => {
			const a = g.articles.get(id);
			return a && {
				date: a.published,
				text: [...a.data.authors, ...a.data.topics].join(' '),
				// The result line is composed from the publisher (first of the actors) and this text.
				actors: knownActors(g, [a.data.publisher, ...a.data.via, ...a.mentions.filter((m) => m.kind === 'actor').map((m) => m.id)]),
				places: withAncestors(g, a.mentions.filter((m) => m.kind === 'place').map((m) => m.id)),
			};
		},
	},
};

/** Names for every entry of one graph. */
export const createLabels = (g: Graph): Labels => (kind, id) => KIND_VIEWS[kind].label(g, id) ?? id;

/** An entry's name as a page of one edition shows it, with the language of the name when it is not the page's. */
export interface LocalName {
	text: string;
	lang: string | undefined;
}

/**
 * On an Arabic page, the Arabic name where the content has one; otherwise the name as
 * written, marked with its language so it is read (and isolated) as such.
 */
export function localName(g: Graph, locale: Locale, kind: EntityKind, id: string): LocalName {
	const view = KIND_VIEWS[kind];
	const arabic = locale === 'ar' ? view.arabic?.(g, id) : undefined;
	if (arabic) return { text: arabic, lang: undefined };
	const lang = view.language?.(g, id) ?? 'en';
	return { text: view.label(g, id) ?? id, lang: lang === LOCALE_INFO[locale].tag ? undefined : lang };
}

/** The search entry for one page, or undefined if the page is not searchable. */
export function searchEntry(g: Graph, labels: Labels, kind: EntityKind, id: string): SearchEntry | undefined {
	const fields = KIND_VIEWS[kind].search(g, id, labels);
	if (!fields) return undefined;
	return { kind, id, title: labels(kind, id), names: [], text: '', snippet: '', actors: [], places: [], type: undefined, date: undefined, dateReported: false, ...fields };
}
