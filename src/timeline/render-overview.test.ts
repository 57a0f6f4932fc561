import { calendarOf } from './chart-text.ts';
import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { recorder } from './marks/recorder.ts';
import { overviewAxis } from './overview-axis.ts';
import { OVERVIEW_HEIGHT, renderOverview } from './render-overview.ts';
import { EN, sampleData } from './test-support.ts';

const palette = { types: ['#a00', '#0a0', '#00a'], ink: '#111', muted: '#666', grid: '#ddd', band: '#eee', bg: '#fff', focus: '#050', font: '11px x', boldFont: 'bold 11px x', fontSize: 11, calendar: calendarOf(EN), hiddenMore: (n: number) => `+${n} more` };
const data = sampleData([
	['2025-01-10', 'battle'],
	['2025-06-10', 'protest'],
	['2025-06-11', 'protest'],
]);
const full = [dayOf('2025-01-01'), dayOf('2026-01-01')] as const;
const layout = { width: 600, left: 100, right: 592 };
const xOf = (iso: string) => layout.left + ((dayOf(iso) - full[0]) / (full[1] - full[0])) * (layout.right - layout.left);

/** What the overview draws: rectangles with the colour they were filled in, and labels. */
function draw(pass = new Uint8Array([1, 1, 1])) {
	const r = recorder();
	renderOverview(r.ctx, { data, pass, full, layout, palette });
	const rects = r.styled.filter((c) => c.call[0] === 'fillRect').map(({ call: [, x, y, w, h], style }) => ({ x, y, w, h, colour: style.fillStyle }) as { x: number; y: number; w: number; h: number; colour: string });
	const labels = r.calls.filter((c) => c[0] === 'fillText').map(([, text, x]) => ({ text, x }) as { text: string; x: number });
	return { columns: (type: number) => rects.filter((c) => c.colour === palette.types[type]), rects, labels };
}

describe('overview', () => {
	it('draws a column where events are, in their type\'s colour, taller where there are more', () => {
		const { columns } = draw();
		const [battle] = columns(0);
		const protests = columns(1);
		expect(columns(0)).toHaveLength(1);
		expect(Math.abs(battle!.x - xOf('2025-01-10'))).toBeLessThan(5);
		expect(protests.length).toBeGreaterThan(0);
		expect(Math.abs(protests[0]!.x - xOf('2025-06-10'))).toBeLessThan(5);
		expect(Math.max(...protests.map((r) => r.h))).toBeGreaterThan(battle!.h);
		expect(columns(2)).toEqual([]);
		for (const r of [battle!, ...protests]) {
			expect(r.y + r.h).toBe(OVERVIEW_HEIGHT - 1);
			expect(r.x + r.w).toBeLessThanOrEqual(layout.right);
		}
	});

	it('leaves out the events the filters leave out', () => {
		expect(draw(new Uint8Array([1, 0, 0])).columns(1)).toEqual([]);
	});

	it('tints the plot and ticks along the top, leaving out a label that would pass the right edge', () => {
		const { rects, labels } = draw();
		expect(rects).toContainEqual({ x: layout.left, y: 0, w: layout.right - layout.left, h: OVERVIEW_HEIGHT, colour: palette.band });
		expect(rects.filter((r) => r.colour === palette.muted && r.h === 12).length).toBeGreaterThan(labels.length);
		expect(labels.length).toBeGreaterThan(2);
		for (const l of labels) expect(l.x + l.text.length * 6).toBeLessThan(layout.right);
	});

	it('draws early context in a stub at the left, after a break, with the transition over the rest', () => {
		const early = sampleData([['2012-03-01', 'battle'], ['2025-01-10', 'battle'], ['2025-06-10', 'protest']]);
		const wide = [dayOf('2011-12-01'), dayOf('2026-01-01')] as const;
		const axis = overviewAxis(wide, [layout.left, layout.right], dayOf('2024-12-20'));
		const r = recorder();
		renderOverview(r.ctx, { data: early, pass: new Uint8Array([1, 1, 1]), full: wide, layout, palette, axis });
		const rects = r.styled.filter((c) => c.call[0] === 'fillRect' && c.style.fillStyle === palette.types[0]).map((c) => c.call[1] as number);
		// The 2012 column in the stub; January 2025 well inside the plot, not squeezed to its right edge.
		expect(Math.min(...rects)).toBeLessThan(axis.stub!.x1);
		expect(Math.max(...rects)).toBeLessThan(layout.left + (layout.right - layout.left) * 0.3);
		const labels = r.calls.filter((c) => c[0] === 'fillText').map((c) => c[1]);
		expect(labels).toContain('2012');
		expect(labels.some((l) => /Mar|Apr|Jun/.test(String(l)))).toBe(true);
		expect(r.calls.filter((c) => c[0] === 'lineTo').length).toBe(2);
	});
});
