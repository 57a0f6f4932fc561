/** Wording for casualty claims, and what the claims table and charts show. */
import { claimsChart, type ClaimsChart } from '../charts/claims-chart.ts';
import type { ClaimNode } from '../graph/types.ts';
import type { FuzzyDate } from '../lib/dates.ts';
import type { CasualtyClaim } from '../model/schemas.ts';
import type { EntryLinkView, PageLinks } from './entry-links.ts';

const GROUP_LABEL: Record<CasualtyClaim['group'], string> = {
	civilians: 'civilians',
	'security-forces': 'security forces',
	combatants: 'combatants',
	total: 'in total',
};

const n = (x: number) => x.toLocaleString('en-GB');

type Figure = { count?: number | undefined; min?: number | undefined; max?: number | undefined; words?: string | undefined };

/** "311", "at least 300", "40–60", "up to 50", or the claim's own words ("several"). */
function figureWords(c: Figure): string {
	return c.words !== undefined ? c.words
		: c.count !== undefined ? n(c.count)
		: c.min !== undefined && c.max !== undefined ? (c.min === c.max ? n(c.min) : `${n(c.min)}–${n(c.max)}`)
		: c.min !== undefined ? `at least ${n(c.min)}`
		: `up to ${n(c.max!)}`;
}

/** "311 killed", "at least 300 killed", "40–60 injured", "several killed (unverified)". */
const describeFigure = (c: Figure & Pick<CasualtyClaim, 'kind'> & { unverified?: boolean | undefined }): string =>
	`${figureWords(c)} ${c.kind}${c.unverified ? ' (unverified)' : ''}`;

/** "311 civilians killed", "500–524 killed in total": the figure with whom it counts. */
export const claimWords = (c: Figure & Pick<CasualtyClaim, 'kind' | 'group'>): string =>
	c.group === 'total' ? `${figureWords(c)} ${c.kind} in total` : `${figureWords(c)} ${GROUP_LABEL[c.group]} ${c.kind}`;

export interface ClaimTableView {
	/** Whether each row names the event the claim is about (on pages not about one event). */
	showEvent: boolean;
	rows: { event: EntryLinkView | undefined; figure: string; who: string; claimedBy: EntryLinkView; asOf: FuzzyDate; source: EntryLinkView }[];
}

/** Casualty claims, each attributed to who made it and as of when; conflicting claims all stay. */
export const claimTable = (to: PageLinks, claims: readonly ClaimNode[], { showEvent = false } = {}): ClaimTableView => ({
	showEvent,
	rows: claims.map((c) => ({
		event: showEvent ? to('event', c.event) : undefined,
		figure: describeFigure(c),
		who: c.who ?? GROUP_LABEL[c.group],
		claimedBy: to('actor', c.claimedBy),
		asOf: c.asOfDate,
		source: to('article', c.source),
	})),
});

export type ClaimChartView = ClaimsChart & { title: string };

/**
 * Each claimant's figures against the dates they were given, one chart per kind of figure
 * (killed, injured, displaced …) that has at least two numbers.
 */
export function claimCharts(claims: readonly ClaimNode[], claimantName: (id: string) => string): ClaimChartView[] {
	const numbered = claims.filter((c) => c.count !== undefined || c.min !== undefined || c.max !== undefined);
	const kinds = [...new Set(numbered.map((c) => c.kind))];
	return kinds.flatMap((kind) => {
		const own = numbered.filter((c) => c.kind === kind);
		const title = `People ${kind}, as each claimant counted them, by the date of the count`;
		const chart = claimsChart(
			own.map((c) => ({
				// A series is one claimant counting one group; the claim's own words (who) stay in the table.
				claimant: `${claimantName(c.claimedBy)} (${GROUP_LABEL[c.group]})`,
				asOf: c.asOfDate,
				low: c.count ?? c.min ?? c.max!,
				high: c.count ?? c.max ?? c.min!,
			})),
			title,
		);
		return chart ? [{ title, ...chart }] : [];
	});
}
