/** What QuoteCard shows: the words, linked to their page, and a caption "Speaker, date, medium. Reported in Article." with whatever parts there are. */
import type { Graph } from '../graph/types.ts';
import type { FuzzyDate } from '../lib/dates.ts';
import { capitalise } from '../lib/wording.ts';
import { paths } from '../model/urls.ts';
import type { EntryLinkView, PageLinks } from './entry-links.ts';
import type { Locale } from '../model/locales.ts';
import { messages } from '../i18n/index.ts';

export interface QuoteCardView {
	/** The edition the caption is worded in; `language` is the quote's own. */
	locale: Locale;
	language: string;
	/** The source's address, for the blockquote's `cite`. */
	cite: string | undefined;
	href: string;
	text: string;
	/** A named speaker's link, or an unnamed one described (with the actor they belong to). */
	speaker: { link: EntryLinkView } | { description: string; affiliation: EntryLinkView | undefined } | undefined;
	/** Each later part of the caption with the punctuation before it. */
	said: { before: string; date: FuzzyDate } | undefined;
	medium: { before: string; text: string } | undefined;
	source: { before: string; link: EntryLinkView } | undefined;
	unverified: boolean;
}

export function quoteCard(graph: Graph, to: PageLinks, id: string, { showSpeaker = true, showSource = true } = {}): QuoteCardView {
	const q = graph.quotes.get(id)!;
	const speaker = q.data.speaker;
	const lead = [showSpeaker, q.said !== undefined, q.data.medium !== undefined];
	const comma = (i: number) => (lead.slice(0, i).some(Boolean) ? messages(to.locale).site.listComma : '');
	const medium = q.data.medium && (lead.slice(0, 2).some(Boolean) ? q.data.medium : capitalise(q.data.medium));
	return {
		locale: to.locale,
		language: q.data.language,
		cite: graph.articles.get(q.data.source)?.data.url,
		href: to.url(paths.entry('quote', id)),
		text: q.data.text,
		speaker: !showSpeaker ? undefined
			: typeof speaker === 'string' ? { link: to('actor', speaker) }
			: { description: capitalise(speaker.description), affiliation: speaker.affiliation ? to('actor', speaker.affiliation) : undefined },
		said: q.said && { before: comma(1), date: q.said },
		medium: medium ? { before: comma(2), text: medium } : undefined,
		source: showSource ? { before: lead.some(Boolean) ? '. ' : '', link: to('article', q.data.source) } : undefined,
		unverified: q.verification === 'unverified',
	};
}
