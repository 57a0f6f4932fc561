/**
 * Finds links and images in a Markdown body whose URL would run code or smuggle a
 * document in: `javascript:`, `vbscript:` and `data:`. The sanitiser would strip them
 * from the page anyway; reporting them makes the contributor see and fix them instead of
 * publishing a silently broken link.
 *
 * It reads every place a URL can stand: inline links and images `[t](url)`, reference
 * definitions `[ref]: url`, autolinks `<scheme:…>` and URL attributes of raw HTML. The
 * URL is decoded as a browser would (HTML entities, Markdown backslash escapes, and the
 * tabs, line breaks and control characters browsers ignore in a scheme) before its
 * scheme is read, so `&#106;avascript:` and `java&#x09;script:` are caught too.
 * Deliberately strict: it does not skip code spans, where such a URL has no reason to be.
 *
 * It also finds images loaded from other sites, which pass the sanitiser but which no
 * reader sees: the pages' Content-Security-Policy loads images only from the site
 * itself, and a reader of the folder on disk may have no network.
 */

import { positionsIn } from '../lib/text-position.ts';
import { LINK_KINDS } from './entity-links.ts';

const UNSAFE_SCHEMES = ['javascript', 'vbscript', 'data'] as const;
export type UnsafeScheme = (typeof UNSAFE_SCHEMES)[number];

export interface UnsafeUrl {
	/** The URL as written. */
	url: string;
	scheme: UnsafeScheme;
	/** Where it stands, with its article: "a link", "an image", "an HTML src="…" attribute", … */
	where: string;
	/** 1-based line within the body. */
	line: number;
	column: number;
}

type Match = RegExpMatchArray & { index: number; groups: Record<string, string | undefined> };

const PATTERNS: { where: (m: Match) => string; re: RegExp }[] = [
	// [text](url) and ![alt](url) (text may hold one level of brackets); the URL may be wrapped in <…>.
	{ where: (m) => (m.groups.bang ? 'an image' : 'a link'), re: /(?<bang>!?)\[(?:[^[\]\n]|\[[^[\]\n]*\])*\]\(\s*<?(?<url>[^\s)>]*)/g },
	// [ref]: url
	{ where: () => 'a link reference definition', re: /^ {0,3}\[[^\]\n]+\]:\s*<?(?<url>\S*)/gm },
	// <scheme:...>
	{ where: () => 'an autolink', re: /<(?<url>[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/g },
	// href="…", src='…', action=…, xlink:href, srcset, formaction, poster, …
	{
		where: (m) => `an HTML ${m.groups.attr!.toLowerCase()}="…" attribute`,
		re: /\b(?<attr>(?:xlink:)?href|src|srcset|action|formaction|poster|background|cite|longdesc|data|codebase|ping|manifest|icon|lowsrc|dynsrc)\s*=\s*(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)'|(?<uq>[^\s"'=<>`]+))/gi,
	},
];

const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', lpar: '(', rpar: ')', sol: '/', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** HTML character references and Markdown backslash escapes, decoded. */
export function decode(text: string): string {
	return text
		.replace(/&#(x[0-9a-f]+|\d+);?/gi, (_, n: string) => {
			const code = n[0] === 'x' || n[0] === 'X' ? parseInt(n.slice(1), 16) : parseInt(n, 10);
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
		})
		.replace(/&([a-z]+);/gi, (whole, name: string) => NAMED[name.toLowerCase()] ?? whole)
		.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** The scheme a browser would see, if it is an unsafe one. */
function unsafeScheme(url: string): UnsafeScheme | undefined {
	// Browsers drop ASCII whitespace and control characters inside and around a scheme.
	const plain = decode(url).replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g, '').toLowerCase();
	return UNSAFE_SCHEMES.find((s) => plain.startsWith(`${s}:`));
}

/** The URLs a match holds: one, or several for srcset, a list ("a.png 1x, javascript:… 2x"). */
function urlsOf(m: Match): string[] {
	const url = m.groups.url ?? m.groups.dq ?? m.groups.sq ?? m.groups.uq ?? '';
	return m.groups.attr?.toLowerCase() === 'srcset' ? url.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [url];
}

/**
 * Every URL that stands in a body, once per place: `visit` gets it with where it stands,
 * the pattern that found it (0 is an inline link or image) and its offset, and returns
 * what to report, if anything. Results come in body order.
 */
function eachUrl<T>(body: string, visit: (url: string, where: string, pattern: number, offset: number) => T | undefined): T[] {
	const found = new Map<number, T>();
	PATTERNS.forEach(({ where, re }, pattern) => {
		for (const match of body.matchAll(re)) {
			const m = match as Match;
			for (const candidate of urlsOf(m)) {
				const offset = m.index + m[0].lastIndexOf(candidate);
				if (found.has(offset)) continue;
				const hit = visit(candidate, where(m), pattern, offset);
				if (hit !== undefined) found.set(offset, hit);
			}
		}
	});
	return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, hit]) => hit);
}

export function findUnsafeUrls(body: string): UnsafeUrl[] {
	const position = positionsIn(body);
	return eachUrl(body, (url, where, _pattern, offset) => {
		const scheme = unsafeScheme(url);
		return scheme ? { url, scheme, where, ...position(offset) } : undefined;
	});
}

/** Elements and attributes that make a browser fetch an image (other embeds are removed by the sanitiser). */
const IMAGE_ATTRIBUTES = new Map([
	['img', new Set(['src', 'srcset'])],
	['source', new Set(['src', 'srcset'])],
	['video', new Set(['poster'])],
]);

/** The name of the HTML element whose start tag holds `offset`, lower-cased. */
const tagAt = (body: string, offset: number) => /^<([a-z][a-z0-9]*)/i.exec(body.slice(body.lastIndexOf('<', offset)))?.[1]?.toLowerCase() ?? '';

export interface ExternalImage {
	url: string;
	line: number;
	column: number;
}

/** Images in a body that would be fetched from another site: `![alt](https://…)`, `<img src="//…">`. */
/** ![alt](url), also inside a link's text ([![alt](url)](page)), which the link pattern reads as one match. */
const MARKDOWN_IMAGE = /!\[[^\]\n]*\]\(\s*<?(?<url>[^\s)>]*)/g;

/** Markdown images a body loads from the site itself, `![alt](../images/x.png)` (not other sites, not data:). */
export function findLocalImages(body: string): ExternalImage[] {
	const position = positionsIn(body);
	const found: ExternalImage[] = [];
	for (const match of body.matchAll(MARKDOWN_IMAGE)) {
		const m = match as Match;
		const url = decode(m.groups.url ?? '').trim();
		if (!url || /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(url)) continue;
		found.push({ url, ...position(m.index + m[0].lastIndexOf(m.groups.url!)) });
	}
	return found;
}

export function findExternalImages(body: string): ExternalImage[] {
	const position = positionsIn(body);
	const found: ExternalImage[] = [];
	for (const [i, re] of [MARKDOWN_IMAGE, PATTERNS[3]!.re].entries()) {
		for (const match of body.matchAll(re)) {
			const m = match as Match;
			// data-src="…" is a script's business, not the browser's.
			if (i === 1 && (body[m.index - 1] === '-' || !IMAGE_ATTRIBUTES.get(tagAt(body, m.index))?.has(m.groups.attr!.toLowerCase()))) continue;
			for (const candidate of urlsOf(m)) {
				if (!/^(?:https?:)?\/\//i.test(decode(candidate).trim())) continue;
				found.push({ url: candidate, ...position(m.index + m[0].lastIndexOf(candidate)) });
			}
		}
	}
	return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Schemes a published link keeps (src/markdown/sanitize-schema.ts); any other is stripped from the page. */
const KEPT_SCHEMES = new Set(['http', 'https', 'mailto']);
const CROSS_LINK_KINDS = new Set<string>(LINK_KINDS);
/** Near-misses of a cross-link (person:, org:), which findEntityLinks reports already. */
const NEAR_MISS_KINDS = /^(?:articles|quotes|statements|events|actors|places|person|persons|org|orgs|organisation|organisations|location|locations)$/;

export interface LostLink {
	url: string;
	where: string;
	line: number;
	column: number;
	/** A cross-link written in a form the site does not read, or an address whose scheme the page drops. */
	kind: 'cross-link-form' | 'scheme';
	scheme: string;
}

/**
 * Links that would silently lose their target: a cross-link written as an autolink
 * (`<actor:x>`), a reference definition or an HTML attribute (only `[text](kind:id)` is
 * read), and addresses with a scheme the published page drops (ftp:, tel:, file:, …).
 */
export function findLostLinks(body: string): LostLink[] {
	const position = positionsIn(body);
	return eachUrl(body, (url, where, pattern, offset): LostLink | undefined => {
		const plain = decode(url).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
		const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(plain)?.[1]?.toLowerCase();
		if (!scheme || KEPT_SCHEMES.has(scheme) || (UNSAFE_SCHEMES as readonly string[]).includes(scheme) || NEAR_MISS_KINDS.test(scheme)) return undefined;
		const isCrossLink = CROSS_LINK_KINDS.has(scheme);
		if (isCrossLink && pattern === 0) return undefined;
		return { url, where, scheme, kind: isCrossLink ? 'cross-link-form' : 'scheme', ...position(offset) };
	});
}
