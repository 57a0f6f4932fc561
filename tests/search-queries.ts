/**
 * The search test list: queries readers type, each with the page it must return first.
 * Checked against the real content by src/search/search-queries.test.ts (the ranking
 * alone) and in Chromium by tests/browser/search.test.ts, served and from file://.
 * `query` is the search page's query string, so filters can be part of a case.
 */
export interface SearchCase {
	query: string;
	first: string;
	why: string;
}

const sharaa = 'actors/ahmad-al-sharaa.html';

export const SEARCH_CASES: SearchCase[] = [
	{ query: 'q=al-Sharaa', first: sharaa, why: 'alias, Latin' },
	{ query: "q=al-Shara'a", first: sharaa, why: 'apostrophe for ayn' },
	{ query: 'q=al Sharaa', first: sharaa, why: 'space for hyphen' },
	{ query: 'q=alsharaa', first: sharaa, why: 'article written together' },
	{ query: 'q=Ahmed al-Sharaa', first: sharaa, why: 'alias, e for a' },
	{ query: 'q=Ahmed Sharaa', first: sharaa, why: 'no alias: skeleton of "Ahmad al-Sharaa"' },
	{ query: 'q=el-Chareh', first: sharaa, why: 'French transliteration, part of an alias' },
	{ query: 'q=Abu Mohammad al-Jolani', first: sharaa, why: 'nom de guerre' },
	{ query: 'q=Abou Mohamed al-Joulani', first: sharaa, why: 'French spelling of the nom de guerre' },
	{ query: 'q=al-Golani', first: sharaa, why: 'alias with g' },
	{ query: 'q=أحمد الشرع', first: sharaa, why: 'Arabic name' },
	{ query: 'q=احمد الشرع', first: sharaa, why: 'Arabic, alef without hamza' },
	{ query: 'q=أَحْمَد الشَّرَع', first: sharaa, why: 'Arabic with harakat and shadda' },
	{ query: 'q=ابو محمد الجولانى', first: sharaa, why: 'Arabic alias, alef maqsura for ya, no hamza' },
	{ query: 'q=Tartous', first: 'places/tartus.html', why: 'place alias' },
	{ query: 'q=tartus', first: 'places/tartus.html', why: 'place name, lower case' },
	{ query: 'q=طرطوس', first: 'places/tartus.html', why: 'place, Arabic' },
	{ query: 'q=Lattakia', first: 'places/latakia.html', why: 'place alias' },
	{ query: 'q=اللاذقية', first: 'places/latakia.html', why: 'place, Arabic' },
	{ query: 'q=اللاذقيه', first: 'places/latakia.html', why: 'Arabic, ha for ta marbuta' },
	{ query: 'q=Lattakia Governorate', first: 'places/latakia-governorate.html', why: 'the governorate, not the city' },
	{ query: 'q=Jablah', first: 'places/jableh.html', why: 'place alias' },
	{ query: 'q=القرداحة', first: 'places/qardaha.html', why: 'place, Arabic with article' },
	{ query: 'q=HTS', first: 'actors/hay-at-tahrir-al-sham.html', why: 'acronym alias' },
	{ query: 'q=Syrian Observatory', first: 'actors/sohr.html', why: 'organisation alias' },
	{ query: 'q=stop the bloodbath', first: 'quotes/russia-stop-the-bloodbath.html', why: "a quote's words" },
	{ query: 'q=monopoly of arms', first: 'quotes/ahmad-al-sharaa-2025-03-07-monopoly-of-arms.html', why: "words inside a longer quote" },
	{ query: 'kind=event&q=curfew', first: 'events/curfew-imposed-homs-2025-11-23.html', why: "a word of an event's title, newest first" },
	{ query: 'q=diplomatic&sort=newest', first: 'events/security-council-meets-on-syria-after-us-withdrawal-2026-04-22.html', why: 'an event type, newest first (by relevance, the Ukraine event whose title says "diplomatic" comes first)' },
	{ query: 'kind=event&type=Battle&sort=oldest', first: 'events/sna-captures-manbij-from-sdf-2024-12-09.html', why: 'type filter without words, oldest first' },
	{ query: 'q=security+forces&place=Jableh', first: 'events/jableh-attack-2025-03-06.html', why: 'words and a place filter' },
	{ query: 'q=al-Sharaa&kind=quote', first: 'quotes/ahmad-al-sharaa-2025-03-07-before-it-is-too-late.html', why: "an actor's quotes through the kind filter" },
];

/**
 * Spellings of one actor or place, in both scripts: each group must give one result set,
 * in one order, from the index and from the full text, served and from disk.
 */
export const SAME_RESULTS: string[][] = [
	['Tartus', 'Tartous', 'طرطوس'],
	['Latakia', 'Lattakia', 'اللاذقية'],
	['Ahmad al-Sharaa', 'Jolani', 'الشرع', 'Ahmed Sharaa'],
	['Jableh', 'Jablah', 'جبلة'],
	['SOHR', 'Syrian Observatory for Human Rights', 'المرصد السوري لحقوق الإنسان'],
];
