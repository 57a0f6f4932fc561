/**
 * Quotes of the synthetic archive: N quotes, each printed verbatim in its source article
 * (the article's text is written afterwards, around them), some with a cut (…), some in
 * Arabic, some by unnamed speakers, some grouped with an earlier quote into one statement.
 */
import { slugify } from '../../src/lib/slugify.ts';
import { normaliseForMatch } from '../../src/lib/text-match.ts';
import { writeEntry } from '../../src/content-io/write-entry.ts';
import { isNamedSpeaker, isoDay, type ArticleSpec, type Cast, type PlaceSpec, type QuoteSpec, type SyntheticFile } from './model.ts';
import type { Names } from './names.ts';
import type { Random } from './random.ts';
import * as V from './vocabulary.ts';

export interface QuoteWorld {
	articles: ArticleSpec[];
	local: PlaceSpec[];
	cast: Cast;
}

/** `n` quotes; each is also added to its article's quotes. */
export function generateQuotes(rnd: Random, names: Names, n: number, world: QuoteWorld): QuoteSpec[] {
	const { articles, local, cast } = world;
	const quotes: QuoteSpec[] = [];
	const taken = new Set<string>();
	for (let k = 0; k < n; k++) {
		const article = rnd.chance(0.75) ? articles[Math.min(articles.length - 1, Math.floor(k / 2))]! : rnd.pick(articles);
		const { language } = article;
		const grouped = k > 0 && rnd.chance(0.06) ? quotes[rnd.int(Math.max(0, k - 30), k - 1)] : undefined;
		const groupWith = grouped && isNamedSpeaker(grouped.speaker) ? grouped : undefined;
		const speaker: QuoteSpec['speaker'] = groupWith
			? groupWith.speaker
			: rnd.chance(0.75)
				? rnd.pickSkewed(cast.persons)
				: { description: rnd.pick(V.UNNAMED_SPEAKERS), ...(rnd.chance(0.7) ? { affiliation: rnd.pick([...cast.orgs, ...cast.govs]) } : {}) };
		const { text, printed } = quoteWords(rnd, language, local, taken);
		const id = names.uniqueId(`${slugify(isNamedSpeaker(speaker) ? speaker.name : speaker.description)}-${isoDay(article.day)}`);
		const said = Math.max(0, article.day - rnd.int(0, 1));
		const event = article.events.length > 0 && rnd.chance(0.4) ? rnd.pick(article.events) : undefined;
		const statement = groupWith ? (groupWith.statement ?? groupWith.id) : undefined;
		const frontmatter = {
			text,
			speaker: isNamedSpeaker(speaker) ? speaker.id : { description: speaker.description, affiliation: speaker.affiliation?.id },
			source: article.id,
			said: isoDay(said),
			medium: rnd.chance(0.3) ? rnd.pick(['speech broadcast on state television', 'statement on Telegram', 'press conference in Damascus', `interview with ${article.publisher.name}`]) : undefined,
			place: rnd.chance(0.3) ? rnd.pick(local).id : undefined,
			statement,
			language,
			translatedFrom: groupWith && language === 'en' ? 'ar' : undefined,
			event: event?.id,
		};
		const body = event && rnd.chance(0.5) ? `Said during [${event.title}](event:${event.id}).` : '';
		const quote: QuoteSpec = { id, text, printed, speaker, language, statement, frontmatter, body };
		quotes.push(quote);
		article.quotes.push(quote);
	}
	return quotes;
}

/** Words not yet quoted, and how the article prints them around the speaker's name. */
function quoteWords(rnd: Random, language: 'en' | 'ar', local: PlaceSpec[], taken: Set<string>): Pick<QuoteSpec, 'text' | 'printed'> {
	for (let attempt = 0; ; attempt++) {
		const place = rnd.pickSkewed(local);
		const words = language === 'ar' ? arabicWords(rnd, place, attempt) : englishWords(rnd, place, attempt);
		const key = normaliseForMatch(words.text).toLowerCase();
		if (taken.has(key)) continue;
		taken.add(key);
		return words;
	}
}

function arabicWords(rnd: Random, place: PlaceSpec, attempt: number): Pick<QuoteSpec, 'text' | 'printed'> {
	const opening = rnd.pick(V.QUOTE_OPENINGS_AR).replace('{p}', place.nameArabic);
	const text = `${opening} ${rnd.pick(V.QUOTE_TAILS_AR)}${attempt > 30 ? ` ${attempt}` : ''}`;
	return { text, printed: (who) => `وقال ${who}: «${text}».` };
}

function englishWords(rnd: Random, place: PlaceSpec, attempt: number): Pick<QuoteSpec, 'text' | 'printed'> {
	const opening = rnd.pick(V.QUOTE_OPENINGS).replace('{p}', place.name);
	const tail = rnd.chance(0.7) ? rnd.pick(V.QUOTE_TAILS) : '';
	const extra = attempt > 30 ? ` for the ${attempt}th time` : '';
	if (tail && rnd.chance(0.12)) {
		// A cut: the quote leaves out the speaker's aside, marked (…).
		return { text: `${opening} (…) ${tail}${extra}`, printed: (who) => `“${opening},” ${who} said, “and I say this clearly, ${tail}${extra}.”` };
	}
	const text = `${opening}${tail ? `, ${tail}` : ''}${extra}`;
	return { text, printed: (who) => `“${text},” ${who} said.` };
}

export function quoteFile(quote: QuoteSpec): SyntheticFile {
	return { path: `quotes/${quote.id}.md`, text: writeEntry(quote.frontmatter, quote.body) };
}
