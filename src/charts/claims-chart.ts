/**
 * The claims chart: each claimant's casualty figure against the date it was given, so a
 * reader sees at a glance how counts by different claimants diverged and grew. Pure: it
 * lays the chart out with d3 scales and returns SVG text, rendered on the server (a chart
 * without JavaScript); the table beside it is its text equivalent. Figures are never
 * combined: each claim is its own mark, a range is drawn as a range.
 */
import { scaleLinear, scaleUtc } from 'd3-scale';
import { endKey, startKey, type FuzzyDate } from '../lib/dates.ts';
import type { Locale } from '../model/locales.ts';
import { formatNumber } from '../i18n/format.ts';
import { formatDayMonth } from '../i18n/dates.ts';

export interface ChartClaim {
	claimant: string;
	asOf: FuzzyDate;
	low: number;
	high: number;
}

export interface ClaimsChart {
	svg: string;
	/** Claimants in legend order, each with its series index (for the colour class). */
	series: { claimant: string; index: number }[];
}

const W = 560;
const H = 220;
const M = { top: 12, right: 16, bottom: 28, left: 56 };
const SERIES = 8;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const r1 = (x: number) => Math.round(x * 10) / 10;
const midday = (d: FuzzyDate) => (Date.parse(`${startKey(d)}T00:00:00Z`) + Date.parse(`${endKey(d)}T24:00:00Z`)) / 2;

/** The chart of `claims` (one kind of figure), or undefined when fewer than two have a number; figures and dates in `locale`'s digits and month names. */
export function claimsChart(claims: readonly ChartClaim[], title: string, locale: Locale = 'en'): ClaimsChart | undefined {
	if (claims.length < 2) return undefined;
	const n = (x: number) => formatNumber(locale, x);
	const times = claims.map((c) => midday(c.asOf));
	let t0 = Math.min(...times);
	let t1 = Math.max(...times);
	// One day of air on each side, so a single date still has a width.
	t0 -= 86_400_000;
	t1 += 86_400_000;
	const x = scaleUtc().domain([t0, t1]).range([M.left, W - M.right]);
	const y = scaleLinear().domain([0, Math.max(...claims.map((c) => c.high))]).nice().range([H - M.bottom, M.top]);

	const claimants = [...new Set(claims.map((c) => c.claimant))];
	const series = claimants.map((claimant, index) => ({ claimant, index: index % SERIES }));
	const indexOf = new Map(series.map((s) => [s.claimant, s.index]));

	const parts: string[] = [];
	for (const tick of y.ticks(4)) {
		const ty = r1(y(tick));
		parts.push(`<line class="cc-grid" x1="${M.left}" x2="${W - M.right}" y1="${ty}" y2="${ty}"/>`, `<text class="cc-tick" x="${M.left - 6}" y="${ty}" dy="0.32em" text-anchor="end">${esc(n(tick))}</text>`);
	}
	for (const tick of x.ticks(Math.min(5, Math.max(2, Math.round((t1 - t0) / 86_400_000))))) {
		const tx = r1(x(tick));
		parts.push(`<text class="cc-tick" x="${tx}" y="${H - M.bottom + 16}" text-anchor="middle">${esc(formatDayMonth(locale, tick.getTime()))}</text>`);
	}
	for (const claimant of claimants) {
		const own = claims
			.map((c, i) => ({ c, t: times[i]! }))
			.filter((p) => p.c.claimant === claimant)
			.sort((a, b) => a.t - b.t);
		const k = indexOf.get(claimant)!;
		// A line only joins one figure per date: two counts of one day by one claimant stay two dots.
		const oneADay = new Set(own.map((p) => startKey(p.c.asOf))).size === own.length;
		if (own.length > 1 && oneADay) parts.push(`<polyline class="cc-line cc-s${k}" points="${own.map((p) => `${r1(x(p.t))},${r1(y(p.c.high))}`).join(' ')}"/>`);
		for (const p of own) {
			const cx = r1(x(p.t));
			const label = `${claimant}: ${p.c.low === p.c.high ? n(p.c.low) : `${n(p.c.low)}–${n(p.c.high)}`}`;
			if (p.c.low !== p.c.high) parts.push(`<line class="cc-range cc-s${k}" x1="${cx}" x2="${cx}" y1="${r1(y(p.c.low))}" y2="${r1(y(p.c.high))}"><title>${esc(label)}</title></line>`);
			parts.push(`<circle class="cc-dot cc-s${k}" cx="${cx}" cy="${r1(y(p.c.high))}" r="4"><title>${esc(label)}</title></circle>`);
		}
	}
	// Laid out left to right in every edition: text-anchor reads "end" by the text's direction, so the ticks would cross the axis on a right-to-left page.
	const svg = `<svg class="claims-chart" direction="ltr" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}" preserveAspectRatio="xMidYMid meet">${parts.join('')}</svg>`;
	return { svg, series };
}
