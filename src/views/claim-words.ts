/**
 * Casualty figures in words, from the claims area of the catalogue passed in: the pages
 * (views/claims.ts) and the timeline's browser bundle share it, and the bundle gets its
 * wording from the page, so it never carries the catalogues.
 */
import type { CasualtyClaim } from '../model/schemas.ts';
import { fill, formatNumber, plural, type Wording } from '../i18n/format.ts';
import type { Messages } from '../i18n/index.ts';

export type ClaimsWording = Wording<Messages['claims']>;

export type Figure = { count?: number | undefined; min?: number | undefined; max?: number | undefined; words?: string | undefined };

/** "311", "at least 300", "40–60", "up to 50", or the claim's own words ("several"). */
function figureWords({ locale, m: t }: ClaimsWording, c: Figure): string {
	const n = (x: number) => formatNumber(locale, x);
	return c.words !== undefined ? c.words
		: c.count !== undefined ? n(c.count)
		: c.min !== undefined && c.max !== undefined ? (c.min === c.max ? n(c.min) : `${n(c.min)}–${n(c.max)}`)
		: c.min !== undefined ? fill(t.atLeast, { n: n(c.min) })
		: fill(t.upTo, { n: n(c.max!) });
}

/**
 * The word for what a figure counts, in the form its number takes (Arabic: ٣ قتلى, ٢٤ قتيلًا,
 * ٣٠٠ قتيل; a range by its upper figure). A claim in words ("several") takes the plural.
 */
const kindWord = (w: ClaimsWording, c: Figure & Pick<CasualtyClaim, 'kind'>): string =>
	plural(w.locale, w.m.kinds[c.kind], c.count ?? c.max ?? c.min ?? 3);

/** "311 killed", "at least 300 killed", "40–60 injured", "several killed (unverified)". */
export function describeFigure(w: ClaimsWording, c: Figure & Pick<CasualtyClaim, 'kind'> & { unverified?: boolean | undefined }): string {
	const t = w.m;
	const claim = fill(t.figure, { figure: figureWords(w, c), kind: kindWord(w, c) });
	return c.unverified ? fill(t.unverified, { claim }) : claim;
}

/** "311 civilians killed", "500–524 killed in total": the figure with whom it counts. */
export function claimWordsIn(w: ClaimsWording, c: Figure & Pick<CasualtyClaim, 'kind' | 'group'>): string {
	const t = w.m;
	const parts = { figure: figureWords(w, c), kind: kindWord(w, c), group: t.groups[c.group] };
	return fill(c.group === 'total' ? t.inTotal : t.ofGroup, parts);
}
