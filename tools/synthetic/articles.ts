/**
 * Articles of the synthetic archive: article j is the first report of events 2j and 2j+1,
 * one in twenty is in Arabic, a few are cited without their text. Their texts are written
 * last, because they print their quotes verbatim (the validator checks that they do).
 */
import { slugify } from '../../src/lib/slugify.ts';
import { writeEntry } from '../../src/content-io/write-entry.ts';
import { dayWords, isNamedSpeaker, isoDay, link, unlessEmpty, type ActorSpec, type ArticleSpec, type Cast, type EventSpec, type PlaceSpec, type QuoteSpec, type SyntheticFile } from './model.ts';
import type { Names } from './names.ts';
import type { Random } from './random.ts';
import * as V from './vocabulary.ts';

const HEADLINES_AR = ['تطورات جديدة في', 'توتر في', 'ماذا يجري في', 'شهود عيان من'];
const HEADLINE_ENDINGS = ['what we know', 'monitors count the cost', 'residents describe the day', 'officials promise answers', 'a day of uncertainty', 'the view from the ground'];
const TOPICS = ['Politics', 'Security', 'Humanitarian', 'Economy', 'Justice'];

export function generateArticles(rnd: Random, names: Names, count: number, events: EventSpec[], placeById: Map<string, PlaceSpec>, cast: Cast): ArticleSpec[] {
	const articles: ArticleSpec[] = [];
	for (let j = 0; j < count; j++) {
		const covered = events.slice(2 * j, 2 * j + 2);
		const first = covered[0] ?? events[events.length - 1]!;
		const day = Math.max(...covered.map((e) => e.day), first.day) + rnd.int(0, 1);
		const publisher = rnd.pickSkewed(cast.media);
		const language = j % 20 === 7 ? 'ar' : 'en';
		const where = placeById.get(first.places[0]!)!;
		const title = language === 'ar' ? `${rnd.pick(HEADLINES_AR)} ${where.nameArabic}` : `${first.title}: ${rnd.pick(HEADLINE_ENDINGS)}`;
		const id = names.uniqueId(`${publisher.id}-${isoDay(day)}-${slugify(title) || 'report'}`);
		const url = `https://${publisher.id}.example.org/${isoDay(day).replace(/-/g, '/')}/${id.slice(publisher.id.length + 12)}`;
		const accessed = isoDay(day + rnd.int(0, 30));
		const authors = rnd.chance(0.6) ? [`${rnd.pick(V.FIRST_NAMES)[0]} ${rnd.pick(V.FAMILY_NAMES)[0]}`] : [];
		const empty = rnd.chance(0.04);
		const frontmatter = {
			title,
			publisher: publisher.id,
			via: rnd.chance(0.2) ? [rnd.pick(cast.agencies).id] : undefined,
			authors: unlessEmpty(authors),
			url,
			published: isoDay(day),
			language,
			accessed,
			archived: rnd.chance(0.3) ? `https://web.archive.org/web/${accessed.replace(/-/g, '')}000000/${url}` : undefined,
			image: rnd.chance(0.3) ? { caption: `A street in ${where.name}.`, credit: publisher.name } : undefined,
			topics: ['Syria', rnd.pick(TOPICS)],
		};
		articles.push({ id, day, publisher, language, events: covered, quotes: [], empty, frontmatter });
	}
	return articles;
}

/** The article's text: a paragraph per event it reports, its quotes as printed, and filler. */
export function articleFile(rnd: Random, article: ArticleSpec, placeById: Map<string, PlaceSpec>, actorById: Map<string, ActorSpec>): SyntheticFile {
	const ar = article.language === 'ar';
	const filler = () => (ar ? rnd.pick(V.FILLER_SENTENCES_AR) : rnd.sample(V.FILLER_SENTENCES, 2).join(' '));
	const paras: string[] = [];
	if (!article.empty) {
		for (const e of article.events) {
			const where = placeById.get(e.places[0]!)!;
			const who = e.actors[0] ? actorById.get(e.actors[0].actor) : undefined;
			paras.push(ar
				? `في ${dayWords(e.day)}، شهدت [${where.nameArabic}](place:${where.id}) أحداثاً جديدة${who?.nameArabic ? ` شارك فيها [${who.nameArabic}](actor:${who.id})` : ''}. ${filler()}`
				: `${e.title} on ${dayWords(e.day)}, according to people in ${link(where, 'place')}${who ? `; ${link(who)} was involved` : ''}. ${filler()}`);
		}
		for (const q of article.quotes) paras.push(`${q.printed(attribution(q, ar))} ${ar ? rnd.pick(V.FILLER_SENTENCES_AR) : rnd.pick(V.FILLER_SENTENCES)}`);
		paras.push(filler());
	}
	return { path: `articles/${article.id}.md`, text: writeEntry(article.frontmatter, paras.join('\n\n')) };
}

/** Who the article says spoke: a link to the actor (by their Arabic name in Arabic), or the source's description. */
function attribution(q: QuoteSpec, ar: boolean): string {
	if (!isNamedSpeaker(q.speaker)) return q.speaker.description;
	return ar ? `[${q.speaker.nameArabic ?? q.speaker.name}](actor:${q.speaker.id})` : link(q.speaker);
}
