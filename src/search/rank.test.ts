import { describe, expect, it } from 'vitest';
import { parseFuzzyDate } from '../lib/dates.ts';
import { encodeIndex } from './build-index.ts';
import { decodeIndex, displayDate, indexScript, INDEX_GLOBAL } from './index-format.ts';
import { parseSearchState } from './query-state.ts';
import { prepareIndex, search } from './rank.ts';
import type { SearchEntry } from '../views/kinds.ts';

const date = (s: string) => {
	const p = parseFuzzyDate(s);
	if (!p.ok) throw new Error(s);
	return p.date;
};
const entry = (e: Partial<SearchEntry> & Pick<SearchEntry, 'kind' | 'id' | 'title'>): SearchEntry => ({ date: undefined, dateReported: false, names: [], text: '', snippet: '', actors: [], places: [], type: undefined, ...e });

const entries: SearchEntry[] = [
	entry({ kind: 'actor', id: 'ahmad-al-sharaa', title: 'Ahmad al-Sharaa', names: ['أحمد الشرع', 'al-Golani', 'Ahmad el-Chareh'], actors: ['ahmad-al-sharaa'] }),
	entry({ kind: 'actor', id: 'sohr', title: 'Syrian Observatory for Human Rights', names: ['SOHR'], actors: ['sohr'] }),
	entry({ kind: 'actor', id: 'farouk-al-sharaa', title: 'Farouk al-Sharaa', actors: ['farouk-al-sharaa'] }),
	entry({ kind: 'place', id: 'latakia-governorate', title: 'Latakia Governorate', places: ['latakia-governorate'] }),
	entry({ kind: 'place', id: 'latakia', title: 'Latakia', names: ['اللاذقية', 'Lattakia'], places: ['latakia', 'latakia-governorate'] }),
	entry({ kind: 'place', id: 'jableh', title: 'Jableh', places: ['jableh', 'latakia-governorate'] }),
	entry({ kind: 'event', id: 'speech', title: 'Speech to the nation', date: date('2025-03-07'), text: 'Statement', type: 'statement', actors: ['ahmad-al-sharaa'], places: [] }),
	entry({ kind: 'event', id: 'jableh-attack', title: 'Attack in Jableh', date: date('2025-03-06'), text: 'Battle', type: 'battle', places: ['jableh', 'latakia-governorate'] }),
	entry({ kind: 'event', id: 'latakia-clashes', title: 'Clashes in Latakia city', date: date('2025-03-05'), text: 'Battle', type: 'battle', places: ['latakia', 'latakia-governorate'] }),
	entry({ kind: 'event', id: 'old-battle', title: 'An old clash', date: date('2012'), text: 'Battle', type: 'battle' }),
	entry({ kind: 'quote', id: 'undated', title: 'SOHR: “figures rose”', date: date('2025-03-09'), dateReported: true, text: 'figures rose', actors: ['sohr'] }),
	entry({ kind: 'quote', id: 'too-late', title: 'Ahmad al-Sharaa: “before it is too late”', date: date('2025-03-07'), text: 'before it is too late', actors: ['ahmad-al-sharaa'] }),
	entry({ kind: 'article', id: 'profile', title: 'Who is al-Sharaa?', date: date('2025-01-10'), snippet: 'A newspaper', actors: ['sohr'] }),
	entry({ kind: 'article', id: 'mentions', title: 'Report', date: date('2025-03-08'), snippet: 'A newspaper', actors: ['ahmad-al-sharaa'] }),
];
const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const actors = entries.filter((e) => e.kind === 'actor').map((e) => [e.id, e.title] as [string, string]);
const places = entries.filter((e) => e.kind === 'place').map((e) => [e.id, e.title] as [string, string]);
const encoded = encodeIndex(entries, actors, places);
const index = prepareIndex(decodeIndex(encoded));
const find = (query: string) => ids(search(index, parseSearchState(query)).map((h) => h.record));

describe('the index file', () => {
	it('is a classic script that assigns one global, safe inside an HTML page', () => {
		const script = indexScript(encodeIndex([entry({ kind: 'actor', id: 'x', title: '</script><b>' })], [['x', '</script><b>']], []));
		expect(script.startsWith(`window.${INDEX_GLOBAL}=`)).toBe(true);
		expect(script).not.toContain('</script>');
		const window: Record<string, unknown> = {};
		new Function('window', script)(window);
		expect(decodeIndex(window[INDEX_GLOBAL] as never).records[0]!.title).toBe('</script><b>');
	});

	it('drops empty trailing fields and decodes what it encoded', () => {
		expect(encoded.r.find((r) => r[1] === 'farouk-al-sharaa')).toEqual(['a', 'farouk-al-sharaa', '', 'Farouk al-Sharaa', '', [], [2]]);
		const decoded = decodeIndex(encoded).records.find((r) => r.id === 'jableh-attack')!;
		expect(decoded).toMatchObject({ kind: 'event', date: '2025-03-06', type: 0, places: [2, 0], actors: [] });
	});

	it("keeps whether a quote's date is only its article's, so the result says \"reported\"", () => {
		const records = decodeIndex(encoded).records;
		const undated = records.find((r) => r.id === 'undated')!;
		expect(undated).toMatchObject({ date: '2025-03-09', reported: true });
		expect(displayDate(date(undated.date), undated.reported)).toBe('reported 9 March 2025');
		const said = records.find((r) => r.id === 'too-late')!;
		expect(said.reported).toBe(false);
		expect(displayDate(date(said.date), said.reported)).toBe('7 March 2025');
	});
});

describe('ranking', () => {
	it('puts the entity an alias names first, then its events and quotes, then other mentions', () => {
		const hits = find('q=al-Golani');
		expect(hits.slice(0, 3)).toEqual(['ahmad-al-sharaa', 'speech', 'too-late']);
		expect(hits.indexOf('mentions')).toBeGreaterThan(hits.indexOf('too-late'));
	});

	it('finds the entity by its Arabic name with or without hamza, and by skeleton', () => {
		expect(find('q=احمد الشرع')[0]).toBe('ahmad-al-sharaa');
		expect(find('q=Ahmed Sharaa')[0]).toBe('ahmad-al-sharaa');
		expect(find('q=el-Chareh')[0]).toBe('ahmad-al-sharaa');
	});

	it('prefers a whole-name match to a partial one, and both to titles that mention the words', () => {
		const hits = find('q=Farouk al-Sharaa');
		expect(hits[0]).toBe('farouk-al-sharaa');
		const partial = find('q=Sharaa');
		expect(partial.slice(0, 2).sort()).toEqual(['ahmad-al-sharaa', 'farouk-al-sharaa']);
		expect(partial.indexOf('profile')).toBeGreaterThan(1);
	});

	it('puts the city before the governorate named after it, and events in the city before those elsewhere in the governorate', () => {
		const hits = find('q=Latakia');
		expect(hits.slice(0, 3)).toEqual(['latakia', 'latakia-governorate', 'latakia-clashes']);
		expect(hits.indexOf('jableh-attack')).toBeGreaterThan(hits.indexOf('latakia-clashes'));
	});

	it("finds a quote by its words, and nothing for words it doesn't have", () => {
		expect(find('q=too late')[0]).toBe('too-late');
		expect(find('q=too early')).toEqual([]);
		expect(find('q=')).toEqual([]);
	});

	it('breaks ties by date, newest first', () => {
		expect(find('q=battle')).toEqual(['jableh-attack', 'latakia-clashes', 'old-battle']);
	});

	it('matches the last word by its start, earlier words whole', () => {
		expect(find('q=Latak')[0]).toBe('latakia');
		expect(find('q=city Latak')).toEqual(['latakia-clashes']);
		expect(find('q=Latak city')).toEqual([]);
		expect(find('q=La')).toEqual([]);
	});

	it('matches Arabic words with and without the article', () => {
		expect(find('q=لاذقية')[0]).toBe('latakia');
		expect(find('q=الشرع')[0]).toBe('ahmad-al-sharaa');
		expect(find('q=شرع')[0]).toBe('ahmad-al-sharaa');
	});
});

describe('filters and order', () => {
	it('filters by kind, type, year, actor and place (a place includes the places in it)', () => {
		expect(find('q=al-Sharaa&kind=quote')).toEqual(['too-late']);
		expect(find('type=Battle&year=2025')).toEqual(['jableh-attack', 'latakia-clashes']);
		expect(find('kind=event&place=Latakia Governorate')).toEqual(['jableh-attack', 'latakia-clashes']);
		expect(find('kind=event&actor=ahmad al-sharaa')).toEqual(['speech']);
	});

	it('puts entries of one day in kind order, whichever way dates are sorted', () => {
		expect(find('year=2025')).toEqual(['undated', 'mentions', 'speech', 'too-late', 'jableh-attack', 'latakia-clashes', 'profile']);
		expect(find('year=2025&sort=oldest')).toEqual(['profile', 'latakia-clashes', 'jableh-attack', 'speech', 'too-late', 'mentions', 'undated']);
	});

	it('sorts by date either way, undated entries last', () => {
		expect(find('q=battle&sort=oldest')).toEqual(['old-battle', 'latakia-clashes', 'jableh-attack']);
		expect(find('q=al-Sharaa&sort=newest').at(-1)).toMatch(/sharaa/);
		expect(find('q=al-Sharaa&sort=newest')[0]).toBe('mentions');
	});
});
