/** Canvas set-up for the timeline: sharp on high-density screens, colours from the page's CSS. */
import { fill, formatNumber } from '../i18n/format.ts';
import { calendarOf, type TimelineWording } from '../timeline/chart-text.ts';
import { TitleFitter } from '../timeline/mark-labels.ts';
import type { Palette } from '../timeline/render-frame.ts';
import type { TimelineData } from '../timeline/timeline-data.ts';

/** Runs `fn` once the next frame is on screen: for what the first frame can do without. */
export const afterPaint = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn));

/** Sizes a canvas in CSS pixels, drawing at up to twice the resolution. */
export function sizeCanvas(c: HTMLCanvasElement, context: CanvasRenderingContext2D, w: number, h: number) {
	const dpr = Math.min(2, window.devicePixelRatio || 1);
	c.width = Math.round(w * dpr);
	c.height = Math.round(h * dpr);
	c.style.width = `${w}px`;
	c.style.height = `${h}px`;
	context.setTransform(dpr, 0, 0, dpr, 0, 0);
}

/** The colours and fonts the stylesheet gives the timeline (light or dark); the text size is the chart's own. */
export function readPalette(root: HTMLElement, say: TimelineWording, data: TimelineData): Palette {
	const css = getComputedStyle(root);
	const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
	const stage = getComputedStyle(root.querySelector('[data-tl-stage]') ?? root);
	const family = stage.fontFamily || 'system-ui, sans-serif';
	const size = Math.round((parseFloat(stage.fontSize) || 11) * 10) / 10;
	return {
		types: data.types.map((t) => v(`--tl-${t.id}`, '#666')),
		ink: v('--tl-ink', '#1d1d1b'),
		muted: v('--tl-muted', '#6b6b66'),
		grid: v('--tl-grid', '#e4e1d8'),
		band: v('--tl-band', 'rgba(0,0,0,0.025)'),
		bg: v('--tl-bg', '#fff'),
		focus: v('--tl-focus', '#1f5c4a'),
		font: `${size}px ${family}`,
		boldFont: `600 ${size}px ${family}`,
		fontSize: size,
		calendar: calendarOf(say, root.dataset.digits),
		hiddenMore: (n) => fill(say.m.hiddenMore, { n: formatNumber(say.locale, n) }),
	};
}

/** Measures titles in the labels' font, on a canvas of its own so drawing never has to switch fonts back. */
export function titleFitter(size: number, title: (i: number) => string, font: string): TitleFitter {
	const ctx = document.createElement('canvas').getContext('2d')!;
	ctx.font = font;
	return new TitleFitter(size, title, (text) => ctx.measureText(text).width);
}
