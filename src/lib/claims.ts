/** Wording for casualty claims. */
import type { CasualtyClaim } from '../schema/index.ts';

export const GROUP_LABEL: Record<CasualtyClaim['group'], string> = {
	civilians: 'civilians',
	'security-forces': 'security forces',
	combatants: 'combatants',
	total: 'in total',
};

const n = (x: number) => x.toLocaleString('en-GB');

/** "311 killed", "at least 300 killed", "40–60 injured", "several killed (unverified)". */
export function describeFigure(c: Pick<CasualtyClaim, 'count' | 'min' | 'max' | 'kind'> & { words?: string | undefined; unverified?: boolean | undefined }): string {
	const figure =
		c.words !== undefined ? c.words
		: c.count !== undefined ? n(c.count)
		: c.min !== undefined && c.max !== undefined ? `${n(c.min)}–${n(c.max)}`
		: c.min !== undefined ? `at least ${n(c.min)}`
		: `up to ${n(c.max!)}`;
	return `${figure} ${c.kind}${c.unverified ? ' (unverified)' : ''}`;
}
