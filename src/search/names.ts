/**
 * The one notion of "this text names that actor or place", shared by the search ranker,
 * both full-text passes (Pagefind's, served; the bodies' text, from disk), the facets and
 * the timeline's filter. A query is read into parts: runs of words that are a spelling
 * of an entity (its name, Arabic name, an alias, or for a person the family name of one
 * of them), and plain words. A name part then matches any spelling of the entities it
 * names, so "Tartus", "Tartous" and "طرطوس" find the same entries.
 *
 * Words compare by key: folded (fold.ts), the Latin article (al-, el-…) dropped, the
 * Arabic article and the clitics before it (و، ف، ب، ك، ل) dropped, and Latin words of
 * reduced to their transliteration skeleton, unless it is under three letters: US or
 * HTS must be spelled as written, their skeletons would meet too many English words.
 */
import { LATIN_ARTICLES, searchTokens, skeleton } from './fold.ts';

/** An actor or place as the table is built from it. */
export interface NameSource {
	/** Its name first, then its Arabic name and aliases. */
	names: readonly string[];
	/** A person is also named by the family name of any of their names ("Sharaa", "الشرع"). */
	person?: boolean;
	/** For a place, the position (in the same list) of the place it lies in. */
	within?: number;
}

interface Entity {
	names: readonly string[];
	person: boolean;
	/** The key sequences of its spellings: what a text must hold to name it. */
	forms: string[][];
	/** Folded, space-free spellings, to tell a spelling as written from a fuzzy one. */
	compact: Set<string>;
	within: number;
}

export interface NameTable {
	readonly entities: readonly Entity[];
	/** Entity positions by the keys of a spelling, joined with spaces. */
	readonly byForm: ReadonlyMap<string, readonly number[]>;
	/** People by the key of a family name, read only when no spelling matches ("Jolani", "الشرع"). */
	readonly byFamily: ReadonlyMap<string, readonly number[]>;
	/** The most keys in one spelling. */
	readonly longest: number;
	/** Every spelling folded, in code-unit order, for prefix look-ups. */
	readonly sorted: readonly { folded: string; entity: number; name: string }[];
	/** Words of texts already read (the timeline filters the same titles at every keystroke). */
	readonly read: Map<string, Words>;
}

/** A text's words: folded, and their keys ('' for a dropped article). */
export interface Words {
	folded: string[];
	keys: string[];
}

const ARABIC = /[\u0600-\u06FF]/;
const ARABIC_CLITIC_ARTICLE = /^(?:[وف]?[بكل]?ال|[وف]?لل)(?=[^\s]{2})/;

const keyCache = new Map<string, string>();

/** The key of one folded word (see the header); '' for a Latin article. */
export function wordKey(folded: string): string {
	let key = keyCache.get(folded);
	if (key !== undefined) return key;
	if (ARABIC.test(folded)) key = folded.replace(ARABIC_CLITIC_ARTICLE, '');
	else if (LATIN_ARTICLES.has(folded)) key = '';
	else if (/^\d+$/.test(folded)) key = folded;
	else {
		// "alsharaa", the article written together, meets "al-Sharaa" when what is left is still a name.
		const joined = /^(?:al|el)(.{4,})$/.exec(folded);
		const bare = joined ? skeleton(joined[1]!) : '';
		const whole = skeleton(folded);
		key = bare.length >= 4 ? bare : whole.length >= 3 ? whole : folded;
	}
	if (keyCache.size > 200_000) keyCache.clear();
	keyCache.set(folded, key);
	return key;
}

/** A text's folded words and their keys. */
export function plainWords(text: string): Words {
	const folded = searchTokens(text);
	return { folded, keys: folded.map(wordKey) };
}

/** The keys of a spelling without its articles. */
const formKeys = (name: string) => plainWords(name).keys.filter(Boolean);

export function nameTable(sources: readonly NameSource[]): NameTable {
	const byForm = new Map<string, number[]>();
	const byFamily = new Map<string, number[]>();
	const sorted: { folded: string; entity: number; name: string }[] = [];
	let longest = 0;
	const add = (keys: string[], at: number, into = byForm) => {
		const k = keys.join(' ');
		const list = into.get(k);
		if (!list) into.set(k, [at]);
		else if (!list.includes(at)) list.push(at);
		longest = Math.max(longest, keys.length);
	};
	const entities = sources.map((s, at): Entity => {
		const forms: string[][] = [];
		const compact = new Set<string>();
		for (const name of s.names) {
			const keys = formKeys(name);
			if (keys.length === 0) continue;
			forms.push(keys);
			add(keys, at);
			compact.add(searchTokens(name).join(''));
			sorted.push({ folded: searchTokens(name).join(' '), entity: at, name });
			// Read only from queries: in a text, "Assad" alone would name every Assad.
			const family = keys[keys.length - 1]!;
			if (s.person && keys.length > 1 && family.length >= (ARABIC.test(family) ? 3 : 4)) add([family], at, byFamily);
		}
		return { names: s.names, person: !!s.person, forms, compact, within: s.within ?? -1 };
	});
	sorted.sort((a, b) => (a.folded < b.folded ? -1 : a.folded > b.folded ? 1 : a.entity - b.entity));
	return { entities, byForm, byFamily, longest, sorted, read: new Map() };
}

/** One part of a query: a run of words naming entities, or one plain word. */
export interface QueryPart {
	/** The folded words typed. */
	folded: string[];
	/** Their keys, articles dropped. */
	keys: string[];
	/** The entities these words are a spelling of; empty for a plain word. */
	entities: number[];
}

export interface ReadQuery {
	parts: QueryPart[];
	/** Every entity named, in the order typed. */
	names: number[];
	/** True when every word is part of a name. */
	onlyNames: boolean;
	/** True when a name was recognised by its skeleton only, not as one of its spellings is written ("Ahmed Sharaa"). */
	fuzzy: boolean;
}

/** Reads a query into parts, taking the longest spelling at each word. */
export function readQuery(table: NameTable, q: string): ReadQuery {
	const { folded, keys } = plainWords(q);
	const parts: QueryPart[] = [];
	const names: number[] = [];
	let fuzzy = false;
	let i = 0;
	while (i < folded.length) {
		let found: QueryPart | undefined;
		for (let end = Math.min(folded.length, i + table.longest + 2); end > i && !found; end--) {
			const span = keys.slice(i, end).filter(Boolean);
			const entities = span.length ? (table.byForm.get(span.join(' ')) ?? table.byFamily.get(span.join(' '))) : undefined;
			if (entities) found = { folded: folded.slice(i, end), keys: span, entities: [...entities] };
		}
		if (found) {
			const typed = found.folded.join('');
			// Hama and Hamah are two places: a spelling written as typed names its own entity only.
			const written = found.entities.filter((e) => table.entities[e]!.compact.has(typed));
			if (written.length) found.entities = written;
			else fuzzy ||= isFuzzy(table, found);
			for (const e of found.entities) if (!names.includes(e)) names.push(e);
		}
		const part = found ?? { folded: [folded[i]!], keys: [keys[i]!], entities: [] };
		parts.push(part);
		i += part.folded.length;
	}
	return { parts, names, onlyNames: parts.length > 0 && parts.every((p) => p.entities.length > 0), fuzzy };
}

/** Words typed as some spelling writes them ("Sharaa", "الشرع" of "أحمد الشرع") are not fuzzy; words met by skeleton only are. */
function isFuzzy(table: NameTable, part: QueryPart): boolean {
	const typed = ` ${part.folded.join(' ')} `;
	return !part.entities.some((e) => table.entities[e]!.names.some((n) => ` ${searchTokens(n).join(' ')} `.includes(typed)));
}

/** The entities a whole query is a spelling of (empty when some word is not part of a name). */
export function findNames(table: NameTable, q: string): number[] {
	const read = readQuery(table, q);
	return read.onlyNames ? read.names : [];
}

/** The one entity a facet's text names (any spelling, either script), or undefined when it names none or several equally. */
export function resolveName(table: NameTable, typed: string): number | undefined {
	const read = readQuery(table, typed);
	if (!read.onlyNames || read.parts.length !== 1) return undefined;
	const [first, ...rest] = read.parts[0]!.entities;
	if (rest.length === 0) return first;
	// Several: the one whose own name this is, if one is.
	const compact = read.parts[0]!.folded.join('');
	const own = read.parts[0]!.entities.filter((e) => searchTokens(table.entities[e]!.names[0] ?? '').join('') === compact);
	return own.length === 1 ? own[0] : undefined;
}

/** Entities with a spelling that starts with what was typed, each once, with the spelling that matched (for the facets' suggestions). */
export function namesStartingWith(table: NameTable, typed: string, limit = 8): { entity: number; spelling: string }[] {
	const prefix = searchTokens(typed).join(' ');
	if (prefix === '') return [];
	let lo = 0;
	let hi = table.sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (table.sorted[mid]!.folded < prefix) lo = mid + 1;
		else hi = mid;
	}
	const out: { entity: number; spelling: string }[] = [];
	const seen = new Set<number>();
	const take = (entity: number, spelling: string) => {
		if (seen.has(entity) || out.length >= limit) return;
		seen.add(entity);
		out.push({ entity, spelling });
	};
	for (let i = lo; i < table.sorted.length && table.sorted[i]!.folded.startsWith(prefix); i++) take(table.sorted[i]!.entity, table.sorted[i]!.name);
	// Then spellings with a later word that starts so ("shar" finds "Ahmad al-Sharaa").
	if (out.length < limit) for (const s of table.sorted) if (s.folded.includes(` ${prefix}`)) take(s.entity, s.name);
	return out;
}

/**
 * For full-text engines that take words (Pagefind): the query with each name replaced by
 * each of its spellings as written (Pagefind folds case and Latin accents, not Arabic
 * letters, so "جبلة" must be asked as written), without Latin articles (Pagefind would
 * answer "al" alone for "al-Ladhiqiyah"), a person by family names only (every spelling
 * of a full name holds one); plain words as typed.
 */
export function searchTerms(table: NameTable, q: string, limit = 24): string[] {
	const read = readQuery(table, q);
	let terms = [''];
	for (const part of read.parts) {
		const spellings = new Map<string, string>();
		for (const e of part.entities) {
			const entity = table.entities[e]!;
			for (const n of entity.names) {
				const words = n.split(/[\s-]+/).filter((w) => w !== '' && !LATIN_ARTICLES.has(searchTokens(w).join('')));
				const term = (entity.person && words.length > 1 ? words.slice(-1) : words).join(' ');
				const key = searchTokens(term).join(' ');
				if (key && !spellings.has(key)) spellings.set(key, term);
			}
		}
		if (spellings.size === 0) spellings.set('', part.folded.join(' '));
		terms = terms.flatMap((t) => [...spellings.values()].map((s) => (t ? `${t} ${s}` : s))).slice(0, limit);
	}
	return terms.filter(Boolean);
}

/** True when the keys hold this sequence, ignoring dropped articles between its words. */
function holds(keys: readonly string[], seq: readonly string[]): boolean {
	for (let i = 0; i < keys.length; i++) if (matchAt(keys, i, seq) > 0) return true;
	return false;
}

/** True when `about` holds the entity or a place that lies in it. */
function isAbout(table: NameTable, about: readonly number[] | undefined, entity: number): boolean {
	if (!about) return false;
	for (let a of about) {
		for (let guard = 0; a >= 0 && guard < 64; guard++, a = table.entities[a]?.within ?? -1) if (a === entity) return true;
	}
	return false;
}

/** A plain word matches a word of the text with its key, or that starts with it ("jab" finds "Jableh"; "شرع" finds "الشرع"). */
function plainMatch(words: Words, part: QueryPart): boolean {
	const typed = part.folded[0]!;
	const key = part.keys[0]!;
	for (let i = 0; i < words.folded.length; i++) {
		const w = words.folded[i]!;
		if ((key !== '' && words.keys[i] === key) || w.startsWith(typed) || (words.keys[i]!.startsWith(typed) && ARABIC.test(typed))) return true;
	}
	return false;
}

/** A test of prepared words (and what the entry is about) against a query; see textFilter. */
export function wordsFilter(table: NameTable, q: string): (words: Words, about?: readonly number[]) => boolean {
	const { parts } = readQuery(table, q);
	// The entities' spellings only, not the words typed: then every spelling of a name finds the same texts.
	const alternatives = parts.map((p) => p.entities.flatMap((e) => table.entities[e]!.forms));
	return (words, about) =>
		parts.every((p, i) =>
			p.entities.length ? p.entities.some((e) => isAbout(table, about, e)) || alternatives[i]!.some((seq) => holds(words.keys, seq)) : plainMatch(words, p),
		);
}

/**
 * A test of a text against a query: every plain word must start a word of the text, and
 * every name must be in the text in one of its spellings, or be what the entry is about
 * (`about`: entity positions in the table; a place also covers the places that lie in it).
 */
export function textFilter(table: NameTable, q: string): (text: string, about?: readonly number[]) => boolean {
	const test = wordsFilter(table, q);
	return (text, about) => {
		let words = table.read.get(text);
		if (!words) {
			words = plainWords(text);
			if (table.read.size > 50_000) table.read.clear();
			table.read.set(text, words);
		}
		return test(words, about);
	};
}

/** Which of a text's words to mark, given them in order (each a run of letters, as a snippet splits them). */
export type Marker = (words: readonly string[]) => boolean[];

/**
 * Which words of a text to mark for a query: the plain words (the last also as the start
 * of a word), and every spelling of the names it holds, whole ("Ahmad al-Sharaa", never
 * "Ahmad" alone), so a result found by "Tartus" shows "Tartous" and "طرطوس" marked too.
 */
export function markTest(table: NameTable, q: string): Marker {
	const { parts } = readQuery(table, q);
	const forms = parts.flatMap((p) => p.entities.flatMap((e) => table.entities[e]!.forms));
	const plain = parts.filter((p) => p.entities.length === 0).map((p) => ({ folded: p.folded[0]!, key: p.keys[0]! }));
	const last = parts[parts.length - 1];
	const prefix = last && last.entities.length === 0 && last.folded[0]!.length >= 3 ? last.folded[0]! : undefined;
	return (words) => {
		// The words' keys in one list, each pointing back at its word.
		const keys: string[] = [];
		const owner: number[] = [];
		const out = words.map((word, w) => {
			const read = plainWords(word);
			read.keys.forEach((k) => (keys.push(k), owner.push(w)));
			return read.folded.length > 0 && read.folded.every((f, i) => (read.keys[i] === '' && read.folded.length > 1) || plain.some((p) => (p.key !== '' && p.key === read.keys[i]) || p.folded === f) || (prefix !== undefined && f.startsWith(prefix)));
		});
		for (const form of forms) {
			for (let i = 0; i < keys.length; i++) {
				const end = matchAt(keys, i, form);
				if (end > 0) for (let k = i; k < end; k++) out[owner[k]!] = true;
			}
		}
		return out;
	};
}

/** Where the sequence, starting at keys[i], ends (articles between its words skipped), or -1. */
function matchAt(keys: readonly string[], i: number, seq: readonly string[]): number {
	if (keys[i] !== seq[0]) return -1;
	let at = i + 1;
	for (let j = 1; j < seq.length; j++) {
		while (at < keys.length && keys[at] === '') at++;
		if (keys[at] !== seq[j]) return -1;
		at++;
	}
	return at;
}
