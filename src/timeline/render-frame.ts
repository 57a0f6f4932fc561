/**
 * Draws one frame of the main chart: axis, lane bands and labels, marks batched by
 * colour (one fill per type and shape), density strips, the marks' titles, then hover
 * and focus rings.
 */
import { decodeFlags, type TimelineData } from './timeline-data.ts';
import type { Lane, Packing } from './lanes.ts';
import type { FrameLayout } from './frame-layout.ts';
import { BIN_WIDTH, findMark, stripAnchor, type FrameMarks } from './frame-geometry.ts';
import { markX } from './mark-geometry.ts';
import type { Calendar, Tick } from './time-scale.ts';
import type { Ctx } from './marks/context.ts';
import { approximateRing, eventDot } from './marks/event-dot.ts';
import { eventBar } from './marks/event-bar.ts';
import { eventSpan } from './marks/event-span.ts';
import { densityStrip } from './marks/density-strip.ts';
import { laneHistogram } from './marks/lane-histogram.ts';
import { timeAxis, type AxisStyle } from './marks/time-axis.ts';

export interface Palette extends AxisStyle {
	types: string[];
	/** The axis's words, in the page's language. */
	calendar: Calendar;
	/** "+{n} more", for a lane's hidden rows. */
	hiddenMore: (n: number) => string;
	band: string;
	bg: string;
	focus: string;
}

export interface FrameInput {
	data: TimelineData;
	lanes: readonly Lane[];
	layout: FrameLayout;
	marks: FrameMarks;
	ticks: readonly Tick[];
	context: string;
	palette: Palette;
	/** The event under the pointer and the focused one; -1 for none. */
	hover: number;
	focus: number;
}

/** Draws the frame, leaving the context's state as it found it. */
export function renderFrame(ctx: Ctx, f: FrameInput): void {
	const L = f.layout;
	ctx.save();
	ctx.beginPath();
	ctx.clearRect(0, 0, L.width, L.height);
	laneBands(ctx, f);
	timeAxis(ctx, f.ticks, 0, L.height, L.left, L.right, f.palette, f.context);
	// Marks stay inside the plot: a span that began before the window must not run into the gutter.
	ctx.save();
	ctx.beginPath();
	ctx.rect(L.left - L.radius - 3, 0, L.right - L.left + 2 * L.radius + 6, L.height);
	ctx.clip();
	marksByColour(ctx, f);
	allegedParts(ctx, f);
	approximateRings(ctx, f);
	densityStrips(ctx, f);
	markLabels(ctx, f);
	ctx.restore();
	laneLabels(ctx, f);
	hoverAndFocus(ctx, f);
	ctx.restore();
}

/** Alternate lanes get a faint tint, newsroom-table style. */
function laneBands(ctx: Ctx, { lanes, layout: L, palette }: FrameInput) {
	lanes.forEach((_, l) => {
		if (l % 2 === 0) return;
		ctx.fillStyle = palette.band;
		ctx.fillRect(0, L.lanes[l]!.top, L.width, L.lanes[l]!.bottom - L.lanes[l]!.top);
	});
}

/** Spans underneath, then bars and dots on top; one path per colour. */
function marksByColour(ctx: Ctx, { data, layout: L, marks, palette }: FrameInput) {
	const { packing: p, ys } = marks;
	const byType = (shape: number, draw: (k: number) => void) => {
		for (let t = 0; t < data.types.length; t++) {
			let any = false;
			ctx.beginPath();
			for (let k = 0; k < p.count; k++) {
				const i = p.event[k]!;
				if (data.type[i] !== t || (data.flags[i]! & 3) !== shape) continue;
				draw(k);
				any = true;
			}
			if (!any) continue;
			ctx.fillStyle = palette.types[t]!;
			ctx.strokeStyle = palette.types[t]!;
			if (shape === 2) {
				ctx.globalAlpha = 0.18;
				ctx.fill();
				ctx.globalAlpha = 0.75;
				ctx.lineWidth = 1;
				ctx.setLineDash([2, 2]);
				ctx.stroke();
				ctx.setLineDash([]);
				ctx.globalAlpha = 1;
			} else ctx.fill();
		}
	};
	byType(2, (k) => eventSpan(ctx, p.x0[k]!, p.x1[k]!, ys[k]!, L.barHeight));
	byType(1, (k) => eventBar(ctx, p.x0[k]!, p.x1[k]!, ys[k]!, L.barHeight));
	byType(0, (k) => eventDot(ctx, (p.x0[k]! + p.x1[k]!) / 2, ys[k]!, L.radius));
}

/** In an actor's lane, a part one side alleges is drawn hollow: the mark is not the actor's act as fact. */
function allegedParts(ctx: Ctx, { data, lanes, layout: L, marks, palette }: FrameInput) {
	const { packing: p, ys } = marks;
	ctx.beginPath();
	let hollow = false;
	for (let k = 0; k < p.count; k++) {
		if (!lanes[p.lane[k]!]!.alleged?.has(p.event[k]!)) continue;
		const flags = decodeFlags(data.flags[p.event[k]!]!);
		if (flags.shape === 'day') eventDot(ctx, (p.x0[k]! + p.x1[k]!) / 2, ys[k]!, L.radius * 0.45);
		else eventBar(ctx, p.x0[k]! + 1.5, p.x1[k]! - 1.5, ys[k]!, Math.max(1, L.barHeight * 0.35));
		hollow = true;
	}
	if (hollow) {
		ctx.fillStyle = palette.bg;
		ctx.fill();
	}
}

/** Approximate or uncertain dates: a dashed ring in the ink colour. */
function approximateRings(ctx: Ctx, { data, layout: L, marks, palette }: FrameInput) {
	const { packing: p, ys } = marks;
	ctx.beginPath();
	let rings = false;
	for (let k = 0; k < p.count; k++) {
		const i = p.event[k]!;
		const flags = decodeFlags(data.flags[i]!);
		if (!flags.approximate && !flags.uncertain) continue;
		approximateRing(ctx, markX(data, i, p.x0[k]!, p.x1[k]!), ys[k]!, L.radius);
		rings = true;
	}
	if (rings) {
		ctx.strokeStyle = palette.ink;
		ctx.lineWidth = 1;
		ctx.setLineDash([1.5, 1.5]);
		ctx.stroke();
		ctx.setLineDash([]);
	}
}

/** What did not fit: a strip under each lane, or the whole lane as a histogram when it is too crowded. */
function densityStrips(ctx: Ctx, { lanes, layout: L, marks, palette }: FrameInput) {
	const p = marks.packing;
	let max = 0;
	lanes.forEach((_, l) => {
		if (p.dense[l]) for (const n of p.overflow[l]!) max = Math.max(max, n);
	});
	lanes.forEach((lane, l) => {
		const colour = lane.type >= 0 ? palette.types[lane.type]! : palette.muted;
		const band = L.lanes[l]!;
		if (p.dense[l]) laneHistogram(ctx, p.overflow[l]!, L.left, BIN_WIDTH, band.stripTop + 4, band.stripTop + 4 - band.rowsTop, max, colour);
		else densityStrip(ctx, p.overflow[l]!, L.left, BIN_WIDTH, band.stripTop, 4, colour);
	});
}

/** Each label centred on its mark's row (mark-labels.ts decided where, and how much of the title). */
function markLabels(ctx: Ctx, { marks, palette }: FrameInput) {
	const labels = marks.labels;
	if (!labels?.count) return;
	ctx.font = palette.font;
	ctx.textAlign = 'left';
	ctx.textBaseline = 'middle';
	// Over a band of uncertainty, a halo in the page's colour keeps the band's dashed edges from striking the text through.
	ctx.strokeStyle = palette.bg;
	ctx.lineWidth = 3;
	ctx.lineJoin = 'round';
	for (let j = 0; j < labels.count; j++) if (labels.inside[j]) ctx.strokeText(labels.text[j]!, labels.x[j]!, marks.ys[labels.mark[j]!]!);
	ctx.fillStyle = palette.ink;
	for (let j = 0; j < labels.count; j++) ctx.fillText(labels.text[j]!, labels.x[j]!, marks.ys[labels.mark[j]!]!);
}

/**
 * Where lane l's name is written (the page writes it, as text that can show whole:
 * src/client/timeline-lane-names.ts): its left edge, its vertical centre, and its room.
 */
export function laneLabelAt(lane: Lane, L: FrameLayout, l: number, fontSize = 11): { x: number; y: number; maxWidth: number } {
	const band = L.lanes[l]!;
	const y = L.labelsAbove ? band.top + Math.round(fontSize * 0.73) : band.rowsTop + (Math.min(L.rows, 2) * L.rowHeight) / 2;
	const x = lane.type >= 0 ? 20 : 8;
	return { x, y, maxWidth: L.labelsAbove ? L.width - x - 8 : L.left - x - 12 };
}

/** Beside each lane's name: its colour's dot, and how many of its events in view have no mark. */
function laneLabels(ctx: Ctx, { lanes, layout: L, marks, palette }: FrameInput) {
	const p = marks.packing;
	lanes.forEach((lane, l) => {
		const { y } = laneLabelAt(lane, L, l, palette.fontSize);
		if (lane.type >= 0) {
			ctx.fillStyle = palette.types[lane.type]!;
			ctx.beginPath();
			eventDot(ctx, 12, y, 3.5);
			ctx.fill();
		}
		const hidden = overflowTotal(p, l);
		if (hidden && !p.dense[l] && !L.labelsAbove && L.rows > 2) {
			ctx.font = palette.font;
			ctx.textAlign = 'left';
			ctx.textBaseline = 'middle';
			ctx.fillStyle = palette.muted;
			ctx.fillText(palette.hiddenMore(hidden), 20, y + Math.round(palette.fontSize + 3));
		}
	});
}

/** A thin ring round every mark of the hovered event; a thick one round the focused event, on its strip if it has no mark. */
function hoverAndFocus(ctx: Ctx, f: FrameInput) {
	const { data, layout: L, marks, palette } = f;
	const { packing: p, ys } = marks;
	const ring = (x: number, y: number, colour: string, width: number) => {
		ctx.beginPath();
		ctx.moveTo(x + L.radius + 3, y);
		ctx.arc(x, y, L.radius + 3, 0, Math.PI * 2);
		ctx.strokeStyle = colour;
		ctx.lineWidth = width;
		ctx.stroke();
	};
	const centre = (k: number) => markX(data, p.event[k]!, p.x0[k]!, p.x1[k]!);
	if (f.hover !== f.focus) for (let k = 0; k < p.count; k++) if (p.event[k] === f.hover) ring(centre(k), ys[k]!, palette.ink, 1.5);
	if (f.focus < 0) return;
	const k = findMark(p, f.focus);
	const at = k >= 0 ? { x: centre(k), y: ys[k]! } : stripAnchor(data, f.lanes, L, marks, f.focus);
	if (at) ring(at.x, at.y, palette.focus, 2.5);
}

/** Events of lane l in the window that have no mark of their own. */
export function overflowTotal(p: Packing, l: number): number {
	let n = 0;
	for (const c of p.overflow[l] ?? []) n += c;
	return n;
}
