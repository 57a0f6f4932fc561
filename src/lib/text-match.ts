/**
 * Checks that a quote's words appear in its source's archived text. Both sides are
 * normalised first, so typographic differences that do not change the words do not
 * matter: white space, curly and straight quotation marks and apostrophes, dashes and
 * ellipses. An ellipsis inside the quote marks a cut: the pieces must appear in order.
 */

export function normaliseForMatch(text: string): string {
	return text
		.normalize('NFC')
		.replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
		.replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
		.replace(/[\u2013\u2014\u2212]/g, '-')
		.replace(/\[\s*(?:\.\.\.|…)\s*\]|\(\s*(?:\.\.\.|…)\s*\)|\.\.\.|…/g, '…')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The words of a Markdown body as a reader sees them: links and images reduced to their
 * text, emphasis markers and backslash escapes dropped. Quotes are compared with this.
 */
export function readableText(markdown: string): string {
	return markdown
		// What a reader never sees cannot verify a quote: HTML comments, scripts and styles
		// (the sanitiser removes the last two from the page).
		.replace(/<!--[^]*?(?:-->|$)/g, ' ')
		.replace(/<(script|style|template|noscript)\b[^>]*>[^]*?(?:<\/\1\s*>|$)/gi, ' ')
		.replace(/!?\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
		// An escaped character is printed as itself; bare * and word-edge _ are emphasis.
		.replace(/\\([\\`*_{}[\]()#+\-.!"'])|\*+|(^|[^\p{L}\p{N}\\_])_+|_+(?=[^\p{L}\p{N}_]|$)/gu, (_m, escaped?: string, before?: string) => escaped ?? before ?? '');
}

/** A source prepared once for many `appearsIn` checks (normalising it is the costly part). */
export interface PreparedSource {
	normalised: string;
}
export const prepareSource = (markdown: string): PreparedSource => ({ normalised: normaliseForMatch(readableText(markdown)) });

/** True when `quote` can be read, piece by piece and in order, in `source` (Markdown or prepared). */
export function appearsIn(quote: string, source: string | PreparedSource): boolean {
	const haystack = typeof source === 'string' ? prepareSource(source).normalised : source.normalised;
	const pieces = normaliseForMatch(quote)
		.split('…')
		.map((p) => p.trim())
		.filter((p) => p.length > 0);
	if (pieces.length === 0) return false;
	let from = 0;
	for (const piece of pieces) {
		const at = haystack.indexOf(piece, from);
		if (at < 0) return false;
		from = at + piece.length;
	}
	return true;
}
