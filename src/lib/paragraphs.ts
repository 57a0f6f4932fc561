/** A plain text's paragraphs (a blank line between two), or undefined for no text. */
export const paragraphs = (text: string | undefined): string[] | undefined =>
	text?.trim() ? text.trim().split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()) : undefined;
