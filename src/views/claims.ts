/** Wording for casualty claims, and what the claims table and charts show. */
import { claimsChart, type ClaimsChart } from '../charts/claims-chart.ts';
import type { ClaimNode } from '../graph/types.ts';
import type { FuzzyDate } from '../lib/dates.ts';
import type { CasualtyClaim } from '../model/schemas.ts';
import type { EntryLinkView, PageLinks } from './entry-links.ts';
import type { Locale } from '../model/locales.ts';
import { fill, messages } from '../i18n/index.ts';
import { claimWordsIn, describeFigure, type ClaimsWording, type Figure } from './claim-words.ts';

/** "311 civilians killed", "500–524 killed in total", in the locale's words. */
export const claimWords = (c: Figure & Pick<CasualtyClaim, 'kind' | 'group'>, locale: Locale = 'en'): string => claimWordsIn(claimsWording(locale), c);

const claimsWording = (locale: Locale): ClaimsWording => ({ locale, m: messages(locale).claims });

export interface ClaimTableView {
	locale: Locale;
	/** Whether each row names the event the claim is about (on pages not about one event). */
	showEvent: boolean;
	rows: { event: EntryLinkView | undefined; figure: string; who: string; claimedBy: EntryLinkView; asOf: FuzzyDate; source: EntryLinkView }[];
}

/** Casualty claims, each attributed to who made it and as of when; conflicting claims all stay. */
export const claimTable = (to: PageLinks, claims: readonly ClaimNode[], { showEvent = false } = {}): ClaimTableView => ({
	locale: to.locale,
	showEvent,
	rows: claims.map((c) => ({
		event: showEvent ? to('event', c.event) : undefined,
		figure: describeFigure(claimsWording(to.locale), c),
		who: c.who ?? messages(to.locale).claims.groups[c.group],
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
export function claimCharts(claims: readonly ClaimNode[], claimantName: (id: string) => string, locale: Locale = 'en'): ClaimChartView[] {
	const t = messages(locale).claims;
	const numbered = claims.filter((c) => c.count !== undefined || c.min !== undefined || c.max !== undefined);
	const kinds = [...new Set(numbered.map((c) => c.kind))];
	return kinds.flatMap((kind) => {
		const own = numbered.filter((c) => c.kind === kind);
		const title = fill(t.chartTitle, { kind: t.chartKinds[kind] });
		const chart = claimsChart(
			own.map((c) => ({
				// A series is one claimant counting one group; the claim's own words (who) stay in the table.
				claimant: fill(t.series, { claimant: claimantName(c.claimedBy), group: t.groups[c.group] }),
				asOf: c.asOfDate,
				low: c.count ?? c.min ?? c.max!,
				high: c.count ?? c.max ?? c.min!,
			})),
			title,
			locale,
		);
		return chart ? [{ title, ...chart }] : [];
	});
}
