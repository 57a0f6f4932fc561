/**
 * Titles beside the marks, wherever they fit: to the right of a dot or a bar (inside a
 * band of uncertainty, which is faint enough to write on), else to its left, shortened
 * with an ellipsis to the room there is, never over another mark's hit area or another
 * label. Only the marks of the frame are visited: a sort and one pass per frame, and each
 * title is measured once (shortenings are remembered), at most so many a frame, so labels
 * cost little at any zoom.
 */
import type { FrameMarks } from './frame-geometry.ts';
import { LABEL_CLEAR, LABEL_GAP, MIN_LABEL_WIDTH } from './mark-geometry.ts';
import type { TimelineData } from './timeline-data.ts';

export interface FittedText {
	text: string;
	width: number;
}

/**
 * Titles measured once, and shortened to a width (to a multiple of 4 px, so zooming reuses
 * them). A frame may measure only so much: what is left waits for the next frame (`pending`),
 * so a zoom that brings a thousand new titles into view does not stall one frame.
 */
export class TitleFitter {
	/** Set when a frame measured new titles or ran out of measurements: draw another to pack and label with them. */
	pending = false;
	private budget = Infinity;
	private widths: Float32Array;
	private whole: (FittedText | undefined)[] = [];
	private cut = new Map<number, FittedText & { room: number }>();
	private ellipsis: number;
	private title: (i: number) => string;
	private measure: (text: string) => number;

	/** `title(i)`: event i's title, or '' while it is unknown; `measure`: a text's width in the label font. */
	constructor(size: number, title: (i: number) => string, measure: (text: string) => number) {
		this.title = title;
		this.measure = measure;
		this.widths = new Float32Array(size).fill(-1);
		this.ellipsis = measure('…');
	}

	/** Starts a frame that may measure `budget` texts. */
	startFrame(budget: number) {
		this.budget = budget;
		this.pending = false;
	}

	/** The width of event i's title if measured already, else 0: the packer's guess, which never measures. */
	known(i: number): number {
		return Math.max(0, this.widths[i]!);
	}

	/** The width of event i's whole title; 0 for none (or none measured yet). */
	width(i: number): number {
		let w = this.widths[i]!;
		if (w >= 0) return w;
		if (!this.spend()) return 0;
		w = this.widths[i] = this.title(i) ? this.measure(this.title(i)) : 0;
		// The rows were packed without this width: the next frame packs with it.
		this.pending = true;
		return w;
	}

	private spend(): boolean {
		if (this.budget <= 0) this.pending = true;
		return this.budget-- > 0;
	}

	/** Event i's title in at most `room` pixels: whole, shortened with "…", or undefined when not even a word's start fits. */
	fit(i: number, room: number): FittedText | undefined {
		const full = this.width(i);
		if (!full) return undefined;
		if (full <= room) return (this.whole[i] ??= { text: this.title(i), width: full });
		const bucket = Math.floor(room / 4) * 4;
		const cached = this.cut.get(i);
		if (cached?.room === bucket) return cached;
		const title = this.title(i);
		// Guess the length from the average glyph, then step back until it fits: one or two measurements.
		let n = Math.floor((title.length * (bucket - this.ellipsis)) / full);
		let text = '';
		let width = Infinity;
		for (; n >= 3; n--) {
			if (!this.spend()) return undefined;
			text = `${title.slice(0, n).replace(/[\s,;:.–—-]+$/u, '')}…`;
			width = this.measure(text);
			if (width <= bucket) break;
		}
		if (n < 3 || width > bucket) return undefined;
		if (this.cut.size > 4096) this.cut.clear();
		const fitted = { text, width, room: bucket };
		this.cut.set(i, fitted);
		return fitted;
	}
}

/** The labels of one frame, in flat arrays reused from frame to frame. */
export class MarkLabels {
	count = 0;
	/** The packed mark each label belongs to. */
	mark = new Uint32Array(64);
	/** Left edge and width of the text; it is centred on its mark's row. */
	x = new Float32Array(64);
	width = new Float32Array(64);
	/** 1 where the label is written over its own band of uncertainty (drawn with a halo). */
	inside = new Uint8Array(64);
	text: string[] = [];
	/** Scratch for the row-by-row order of the marks. */
	order = new Uint32Array(256);
	key = new Float64Array(256);
	/** Per event, the frame (`stamp`) that labelled it: an event in several actor lanes is labelled once. */
	labelledIn = new Uint32Array(0);
	stamp = 0;

	push(mark: number, x: number, t: FittedText, inside = false) {
		if (this.count === this.mark.length) {
			const grow = <T extends Uint32Array | Float32Array | Uint8Array>(a: T, make: new (n: number) => T) => {
				const b = new make(a.length * 2);
				b.set(a);
				return b;
			};
			this.mark = grow(this.mark, Uint32Array);
			this.x = grow(this.x, Float32Array);
			this.width = grow(this.width, Float32Array);
			this.inside = grow(this.inside, Uint8Array);
		}
		this.inside[this.count] = inside ? 1 : 0;
		this.mark[this.count] = mark;
		this.x[this.count] = x;
		this.width[this.count] = t.width;
		this.text[this.count++] = t.text;
	}
}

export interface LabelOptions {
	/** Where labels may be drawn horizontally: the plot. */
	left: number;
	right: number;
	/** A dot's radius: a bar's "about" ring, centred on its start, reaches this far and 3 px more. */
	radius: number;
	titles: Pick<TitleFitter, 'width' | 'fit'>;
}

/** Decides which marks of the frame are labelled, where, and shortened to what. */
export function layoutLabels(data: Pick<TimelineData, 'flags'>, marks: FrameMarks, o: LabelOptions, out = new MarkLabels()): MarkLabels {
	out.count = 0;
	const p = marks.packing;
	const n = p.count;
	if (out.order.length < n) [out.order, out.key] = [new Uint32Array(n * 2), new Float64Array(n * 2)];
	const { order, key } = out;
	if (out.labelledIn.length < data.flags.length) [out.labelledIn, out.stamp] = [new Uint32Array(data.flags.length), 0];
	const stamp = ++out.stamp;
	for (let k = 0; k < n; k++) {
		order[k] = k;
		key[k] = p.lane[k]! * 256 + p.row[k]!;
	}
	// Row by row, left to right: each mark's neighbours in its row are next to it.
	const sorted = order.subarray(0, n).sort((a, b) => key[a]! - key[b]! || p.x0[a]! - p.x0[b]!);
	let blocked = -Infinity; // the right end of what is drawn so far in this row
	let previousLabelled = true;
	for (let j = 0; j < n; j++) {
		const k = sorted[j]!;
		if (j === 0 || key[k] !== key[sorted[j - 1]!]) [blocked, previousLabelled] = [-Infinity, true];
		const next = j + 1 < n && key[sorted[j + 1]!] === key[k] ? sorted[j + 1]! : -1;
		const i = p.event[k]!;
		const shape = data.flags[i]! & 3;
		const x0 = p.x0[k]!;
		const x1 = p.x1[k]!;
		const end = next >= 0 ? p.x0[next]! - LABEL_CLEAR : o.right;
		// A band of uncertainty is labelled inside, from where it shows; so is a bar that runs
		// off the right edge (over the bar, on a halo), which has no room beside it.
		const inside = shape === 2 || (shape === 1 && x1 >= o.right);
		const start = inside ? Math.max(x0, o.left) + LABEL_GAP : Math.max(x1, o.left) + LABEL_GAP;
		// Its title is already written in a lane above (the first of its actors' lanes).
		const elsewhere = out.labelledIn[i] === stamp;
		const labelled: boolean =
			!elsewhere &&
			(place(out, o, k, i, start, end, inside ? 'inside' : 'right') ||
				(shape !== 2 && previousLabelled && placeLeft(out, o, k, i, blocked, x0 - LABEL_GAP - (shape === 1 ? o.radius + 3 : 0))));
		if (labelled) out.labelledIn[i] = stamp;
		blocked = Math.max(blocked, x1, labelled ? out.x[out.count - 1]! + out.width[out.count - 1]! : -Infinity);
		previousLabelled = labelled;
	}
	return out;
}

/** Places event i's label in [from, to]: at `from` reading right, or ending at `to`. */
function place(out: MarkLabels, o: LabelOptions, k: number, i: number, from: number, to: number, side: 'right' | 'inside' | 'left'): boolean {
	const room = to - from;
	// No title is this short: leave it unmeasured.
	if (room < MIN_LABEL_WIDTH / 2) return false;
	const full = o.titles.width(i);
	if (!full || room < Math.min(full, MIN_LABEL_WIDTH)) return false;
	const t = o.titles.fit(i, room);
	if (!t) return false;
	out.push(k, side === 'left' ? to - t.width : from, t, side === 'inside');
	return true;
}

/**
 * To the left of its mark, where the right side has no room: only after a gap from what
 * came before in the row, and only when the mark before is labelled itself (or there is
 * none), so the text cannot be taken for that mark's.
 */
function placeLeft(out: MarkLabels, o: LabelOptions, k: number, i: number, blocked: number, to: number): boolean {
	return place(out, o, k, i, Math.max(o.left, blocked + 2 * LABEL_CLEAR), Math.min(to, o.right), 'left');
}
