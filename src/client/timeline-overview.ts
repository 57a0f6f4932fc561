/**
 * The overview under the chart: the whole period drawn small (render-overview.ts), early
 * context compressed at the left (overview-axis.ts), and a d3 brush over it that selects
 * the window. The whole period shows no selection.
 */
import { brushX, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import type { FrameLayout } from '../timeline/frame-layout.ts';
import { overviewAxis, type OverviewAxis } from '../timeline/overview-axis.ts';
import { OVERVIEW_HEIGHT, renderOverview, type OverviewInput } from '../timeline/render-overview.ts';
import { isWholePeriod, type DayWindow } from '../timeline/view-window.ts';
import { sizeCanvas } from './timeline-canvas.ts';

export interface Overview {
	/** Spans the chart's plot (nothing to do when its width is unchanged). */
	fit(layout: FrameLayout): void;
	draw(input: Omit<OverviewInput, 'full' | 'layout' | 'axis'>): void;
	/** Moves the brush to the window shown. */
	sync(w: DayWindow): void;
}

/** `split`: where the transition starts (see overviewAxis); `brushed` runs with the window the reader selects. */
export function overview(root: HTMLElement, full: DayWindow, split: number | undefined, brushed: (w: [number, number]) => void): Overview {
	const canvas = root.querySelector<HTMLCanvasElement>('[data-tl-overview]')!;
	const svg = root.querySelector<SVGSVGElement>('[data-tl-brush]')!;
	const ctx = canvas.getContext('2d')!;
	let layout: FrameLayout | undefined;
	let base: OverviewAxis | undefined;
	let syncing = false;
	const brush = brushX<unknown>().handleSize(12).on('brush end', (event: D3BrushEvent<unknown>) => {
		if (!event.sourceEvent || !event.selection || !base) return;
		const [x0, x1] = event.selection as [number, number];
		brushed([base.day(x0), base.day(x1)]);
	});
	const g = select(svg).append('g').attr('class', 'tl-brush');
	return {
		fit(l) {
			const same = layout && layout.width === l.width && layout.left === l.left && layout.right === l.right;
			layout = l;
			if (same) return;
			base = overviewAxis(full, [l.left, l.right], split);
			sizeCanvas(canvas, ctx, l.width, OVERVIEW_HEIGHT);
			svg.setAttribute('viewBox', `0 0 ${l.width} ${OVERVIEW_HEIGHT}`);
			svg.setAttribute('width', String(l.width));
			svg.setAttribute('height', String(OVERVIEW_HEIGHT));
			brush.extent([[l.left, 0], [l.right, OVERVIEW_HEIGHT]]);
			g.call(brush);
		},
		draw(input) {
			if (layout && base) renderOverview(ctx, { ...input, full, layout, axis: base });
		},
		sync(w) {
			if (syncing || !base) return;
			syncing = true;
			g.call(brush.move, isWholePeriod(w, full) ? null : [base.x(w[0]), base.x(w[1])]);
			syncing = false;
		},
	};
}
