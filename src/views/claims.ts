/** Wording for casualty claims, and what the claims table and charts show. */
import { claimsChart, type ClaimsChart } from '../charts/claims-chart.ts';
import type { ClaimNode } from '../graph/types.ts';
import type { FuzzyDate } from '../lib/dates.ts';
import type { CasualtyClaim } from '../model/schemas.ts';
import type { EntryLinkView, PageLinks } from './entry-links.ts';
import type { Locale } from '../model/locales.ts';
import { fill, formatNumber, messages, plural } from '../i18n/index.ts';

type Figure = { count?: number | undefined; min?: number | undefined; max?: number | undefined; words?: string | undefined };

/** "311", "at least 300", "40–60", "up to 50", or the claim's own words ("several"). */
function figureWords(locale: Locale, c: Figure): string {
	const t = messages(locale).claims;
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
const kindWord = (locale: Locale, c: Figure & Pick<CasualtyClaim, 'kind'>): string =>
	plural(locale, messages(locale).claims.kinds[c.kind], c.count ?? c.max ?? c.min ?? 3);

/** "311 killed", "at least 300 killed", "40–60 injured", "several killed (unverified)". */
function describeFigure(locale: Locale, c: Figure & Pick<CasualtyClaim, 'kind'> & { unverified?: boolean | undefined }): string {
	const t = messages(locale).claims;
	const claim = fill(t.figure, { figure: figureWords(locale, c), kind: kindWord(locale, c) });
	return c.unverified ? fill(t.unverified, { claim }) : claim;
}

/** "311 civilians killed", "500–524 killed in total": the figure with whom it counts. */
export function claimWords(c: Figure & Pick<CasualtyClaim, 'kind' | 'group'>, locale: Locale = 'en'): string {
	const t = messages(locale).claims;
	const parts = { figure: figureWords(locale, c), kind: kindWord(locale, c), group: t.groups[c.group] };
	return fill(c.group === 'total' ? t.inTotal : t.ofGroup, parts);
}

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
		figure: describeFigure(to.locale, c),
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
		);
		return chart ? [{ title, ...chart }] : [];
	});
}
