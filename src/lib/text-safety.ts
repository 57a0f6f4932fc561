/**
 * Characters no entry may hold, because a reader, a feed or a terminal would be misled by
 * them: control characters (escape sequences can repaint a terminal; XML refuses them),
 * noncharacters (U+FFFE, U+FFFF) and lone surrogates (half an emoji: not text at all, and
 * Pagefind and XML refuse it). Pure: the schemas and the graph's body check use it.
 */

/** C0 and C1 controls other than tab, line feed and carriage return; DEL; noncharacters. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const codePoint = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

export interface BadCharacter {
	/** 0-based offset in the text. */
	index: number;
	reason: string;
}

/** The first character that may not stand in any text, if there is one. */
export function badCharacter(text: string): BadCharacter | undefined {
	const control = FORBIDDEN.exec(text);
	const lone = text.isWellFormed() ? null : LONE_SURROGATE.exec(text);
	if (lone && (!control || lone.index < control.index)) return { index: lone.index, reason: `half of a character (the lone surrogate ${codePoint(lone[0])})` };
	if (control) return { index: control.index, reason: `the invisible control character ${codePoint(control[0])}` };
	return undefined;
}
