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

/** True when `quote` can be read, piece by piece and in order, in `source`. */
export function appearsIn(quote: string, source: string): boolean {
	const haystack = normaliseForMatch(source);
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
