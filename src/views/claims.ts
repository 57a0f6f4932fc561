/** Wording for casualty claims. */
import type { CasualtyClaim } from '../model/schemas.ts';

export const GROUP_LABEL: Record<CasualtyClaim['group'], string> = {
	civilians: 'civilians',
	'security-forces': 'security forces',
	combatants: 'combatants',
	total: 'in total',
};

const n = (x: number) => x.toLocaleString('en-GB');

type Figure = { count?: number | undefined; min?: number | undefined; max?: number | undefined; words?: string | undefined };

/** "311", "at least 300", "40–60", "up to 50", or the claim's own words ("several"). */
export function figureWords(c: Figure): string {
	return c.words !== undefined ? c.words
		: c.count !== undefined ? n(c.count)
		: c.min !== undefined && c.max !== undefined ? (c.min === c.max ? n(c.min) : `${n(c.min)}–${n(c.max)}`)
		: c.min !== undefined ? `at least ${n(c.min)}`
		: `up to ${n(c.max!)}`;
}

/** "311 killed", "at least 300 killed", "40–60 injured", "several killed (unverified)". */
export const describeFigure = (c: Figure & Pick<CasualtyClaim, 'kind'> & { unverified?: boolean | undefined }): string =>
	`${figureWords(c)} ${c.kind}${c.unverified ? ' (unverified)' : ''}`;

/** "311 civilians killed", "500–524 killed in total": the figure with whom it counts. */
export const claimWords = (c: Figure & Pick<CasualtyClaim, 'kind' | 'group'>): string =>
	c.group === 'total' ? `${figureWords(c)} ${c.kind} in total` : `${figureWords(c)} ${GROUP_LABEL[c.group]} ${c.kind}`;
