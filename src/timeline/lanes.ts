/**
 * Lane layout. Events are grouped into lanes (by type, or by actor), then, at each
 * zoom level, packed into the rows of their lane so that no two marks overlap. What
 * does not fit is not drawn one by one: it is counted into pixel bins and drawn as a
 * density strip, so a frame costs the same at 100 events or 10,000.
 */
import type { TimelineData } from './timeline-data.ts';
import type { LaneMode } from './view-state.ts';
import { isDot, LABEL_CLEAR, LABEL_GAP, LABEL_RESERVE, markExtent, MIN_LABEL_WIDTH } from './mark-geometry.ts';

export interface Lane {
	key: string;
	/** A type's or an actor's name; empty for the lane of the rest, which `rest` describes (the client words it). */
	label: string;
	rest?: 'other' | 'none';
	/** Type index for type lanes (the lane's colour); -1 for actor lanes. */
	type: number;
	/** Event indices in time order. */
	events: Uint32Array;
	/** Actor lanes: the events where this actor's part is alleged by one side (drawn hollow), never stated as fact. */
	alleged?: ReadonlySet<number>;
}

/** How many actor lanes the chart gives by default, and how many a reader may choose; the rest share one "Other actors" lane. */
export const MAX_ACTOR_LANES = 8;
export const MAX_CHOSEN_LANES = 12;

/** The actors of the events that pass, with how many events each: the most present first, then by name. */
export function actorCounts(data: TimelineData, pass: Uint8Array): [actor: number, events: number][] {
	const counts = new Map<number, number>();
	for (let i = 0; i < data.size; i++) {
		if (pass[i]) for (let k = data.actorAt[i]!; k < data.actorAt[i + 1]!; k++) counts.set(data.actorList[k]!, (counts.get(data.actorList[k]!) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[1] - a[1] || data.actors[a[0]]!.name.localeCompare(data.actors[b[0]]!.name));
}

/**
 * Groups the events that pass the filters into lanes. Depends on filters, not on zoom.
 * By actor, `chosen` names the actors that get lanes, in order (unknown ids are left out);
 * when it is empty, the MAX_ACTOR_LANES actors with the most events do.
 */
export function assignLanes(data: TimelineData, pass: Uint8Array, mode: LaneMode, chosen: readonly string[] = []): Lane[] {
	const inOrder: number[] = [];
	for (const i of data.order) if (pass[i]) inOrder.push(i);
	if (mode === 'type') {
		const byType = data.types.map(() => [] as number[]);
		for (const i of inOrder) byType[data.type[i]!]!.push(i);
		return byType.flatMap((events, t) => (events.length ? [{ key: data.types[t]!.id, label: data.types[t]!.label, type: t, events: Uint32Array.from(events) }] : []));
	}
	const picked = chosen.flatMap((id) => {
		const a = data.actors.findIndex((x) => x.id === id);
		return a >= 0 ? [a] : [];
	});
	const top = picked.length ? picked.slice(0, MAX_CHOSEN_LANES) : actorCounts(data, pass).slice(0, MAX_ACTOR_LANES).map(([a]) => a);
	const laneOf = new Map(top.map((a, l) => [a, l]));
	const lists = top.map(() => [] as number[]);
	const rest: number[] = [];
	for (const i of inOrder) {
		let placed = false;
		for (let k = data.actorAt[i]!; k < data.actorAt[i + 1]!; k++) {
			const l = laneOf.get(data.actorList[k]!);
			if (l !== undefined) {
				lists[l]!.push(i);
				placed = true;
			}
		}
		if (!placed) rest.push(i);
	}
	const allegedOf = (a: number, events: number[]) => new Set(events.filter((i) => data.attributions[i]!.some((r) => r.actor === a)));
	const lanes: Lane[] = top.map((a, l) => ({ key: data.actors[a]!.id, label: data.actors[a]!.name, type: -1, events: Uint32Array.from(lists[l]!), alleged: allegedOf(a, lists[l]!) }));
	if (rest.length) lanes.push({ key: '', label: '', rest: top.length ? 'other' : 'none', type: -1, events: Uint32Array.from(rest) });
	return lanes;
}

export interface PackOptions {
	/** x = a · day + b: the time scale as two numbers, so packing does no allocation. */
	a: number;
	b: number;
	/** Visible pixels [left, right]. */
	left: number;
	right: number;
	rows: number;
	/** A day mark's radius: its drawn width is at least 2r. */
	radius: number;
	/** Pixels kept free between marks in one row. */
	gap: number;
	/** Width of a density bin in pixels. */
	binWidth: number;
	/**
	 * The width of event i's label, once titles are known: rows are then chosen so that
	 * labels have room, which changes rows but never which events get a mark.
	 */
	labelWidth?: ((i: number) => number) | undefined;
}

/** The packed marks of one frame, in flat arrays reused from frame to frame. */
export class Packing {
	count = 0;
	event = new Uint32Array(256);
	lane = new Uint16Array(256);
	row = new Uint8Array(256);
	x0 = new Float32Array(256);
	x1 = new Float32Array(256);
	/** Per lane, counts of events not drawn one by one, per bin of binWidth pixels from `left`. */
	overflow: Uint16Array[] = [];
	/** Events in the window per lane, drawn or not. */
	inView: number[] = [];
	/** Events in the window, each counted once however many lanes hold it. */
	distinct = 0;
	/** Per event, the frame (`stamp`) that counted it into `distinct`. */
	private countedIn = new Uint32Array(0);
	private stamp = 0;
	/**
	 * Lanes too crowded to draw one by one at this zoom (more left out than drawn): all
	 * their events are in `overflow` and the lane is drawn as a histogram.
	 */
	dense: boolean[] = [];

	/** Starts counting the events of a frame, for data of `size` events. */
	startCount(size: number) {
		if (this.countedIn.length < size) [this.countedIn, this.stamp] = [new Uint32Array(size), 0];
		this.stamp++;
		this.distinct = 0;
	}

	/** Counts event i into `distinct`, once a frame. */
	countInView(i: number) {
		if (this.countedIn[i] === this.stamp) return;
		this.countedIn[i] = this.stamp;
		this.distinct++;
	}

	push(event: number, lane: number, row: number, x0: number, x1: number) {
		if (this.count === this.event.length) this.grow();
		const k = this.count++;
		this.event[k] = event;
		this.lane[k] = lane;
		this.row[k] = row;
		this.x0[k] = x0;
		this.x1[k] = x1;
	}

	private grow() {
		const n = this.event.length * 2;
		const copy = <T extends Uint32Array | Uint16Array | Uint8Array | Float32Array>(a: T, make: new (n: number) => T) => {
			const b = new make(n);
			b.set(a);
			return b;
		};
		this.event = copy(this.event, Uint32Array);
		this.lane = copy(this.lane, Uint16Array);
		this.row = copy(this.row, Uint8Array);
		this.x0 = copy(this.x0, Float32Array);
		this.x1 = copy(this.x1, Float32Array);
	}
}

/** First index in `events` (time order) whose start is at least `day`. */
function firstFrom(data: TimelineData, events: Uint32Array, day: number): number {
	let lo = 0;
	let hi = events.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (data.start[events[mid]!]! < day) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Packs the visible events of every lane into rows, greedily in time order (first row
 * with room). Only events that reach into the window are visited.
 */
export function packLanes(data: TimelineData, lanes: readonly Lane[], o: PackOptions, out = new Packing()): Packing {
	out.count = 0;
	const bins = Math.max(1, Math.ceil((o.right - o.left) / o.binWidth));
	const rows = new RowEnds(o);
	// The first visible day; events starting up to maxLength days earlier may reach in.
	const dayLeft = (o.left - o.b) / o.a;
	const dayRight = (o.right - o.b) / o.a;
	out.overflow.length = lanes.length;
	out.inView.length = lanes.length;
	out.dense.length = lanes.length;
	out.startCount(data.size);
	lanes.forEach((lane, l) => {
		let overflow = out.overflow[l];
		if (!overflow || overflow.length !== bins) overflow = out.overflow[l] = new Uint16Array(bins);
		else overflow.fill(0);
		let seen = 0;
		let left = 0;
		const laneStart = out.count;
		const wide: number[] = [];
		const from = firstFrom(data, lane.events, Math.floor(dayLeft) - data.maxLength - 1);
		// Known dates first; spans of uncertainty (a month, a year) take the room left over.
		for (let pass = 0; pass < 2; pass++) {
			rows.reset();
			for (let k = from; k < lane.events.length; k++) {
				const i = lane.events[k]!;
				if (data.start[i]! > dayRight) break;
				if (((data.flags[i]! & 3) === 2) !== (pass === 1)) continue;
				let [x0, x1] = markExtent(data, i, o);
				if (x1 < o.left + 1 || x0 > o.right) continue;
				seen++;
				out.countInView(i);
				let row: number;
				if (pass === 0) {
					row = rows.choose(x0);
					if (row < 0 && isDot(data, i)) {
						// Events on one day share the day: a dot moves right within it rather than into the strip.
						const shifted = rows.shift(x1 - x0, Math.min(o.right, o.a * data.end[i]! + o.b));
						if (shifted) [row, x0, x1] = shifted;
					}
				} else {
					row = 0;
					while (row < o.rows && (rows.end[row]! + o.gap > x0 || !fitsBetween(out, l, row, x0, x1, o.gap))) row++;
					if (row === o.rows) row = -1;
				}
				if (row >= 0) {
					rows.place(row, x1, o.labelWidth?.(i) ?? 0);
					out.push(i, l, row, x0, x1);
				} else {
					// A left-out span of uncertainty wider than a few bins has no one place in
					// the strip; it is only counted, unless the whole lane turns into a histogram.
					if (pass === 1 && x1 - x0 > 8 * o.binWidth) wide.push(x0, x1);
					else addToBin(overflow, o, x0, x1);
					left++;
				}
			}
		}
		out.dense[l] = left > out.count - laneStart;
		if (out.dense[l]) {
			for (let k = laneStart; k < out.count; k++) addToBin(overflow, o, out.x0[k]!, out.x1[k]!);
			for (let k = 0; k < wide.length; k += 2) addToBin(overflow, o, wide[k]!, wide[k + 1]!);
			out.count = laneStart;
		}
		out.inView[l] = seen;
	});
	return out;
}

/**
 * Where each row of a lane ends as it is filled left to right: its last mark, and the room
 * that mark's label would take.
 */
class RowEnds {
	end: Float64Array;
	label: Float64Array;
	o: PackOptions;
	constructor(o: PackOptions) {
		this.o = o;
		this.end = new Float64Array(o.rows);
		this.label = new Float64Array(o.rows);
	}
	reset() {
		this.end.fill(-Infinity);
		this.label.fill(-Infinity);
	}
	place(row: number, x1: number, labelWidth: number) {
		this.end[row] = x1;
		this.label[row] = labelWidth > 0 ? x1 + LABEL_GAP + Math.min(labelWidth, LABEL_RESERVE) : x1;
	}
	/**
	 * The row for a mark starting at x0, or -1: without labels the first with room; with
	 * labels the first that leaves the previous mark's label whole, else the one that
	 * leaves it the most room (if a useful amount), else the first with room.
	 */
	choose(x0: number): number {
		const { end, label, o } = this;
		let fit = -1;
		let roomy = -1;
		let room = MIN_LABEL_WIDTH;
		for (let r = 0; r < o.rows; r++) {
			if (end[r]! + o.gap > x0) continue;
			if (!o.labelWidth) return r;
			if (fit < 0) fit = r;
			if (label[r]! + LABEL_CLEAR <= x0) return r;
			const free = x0 - LABEL_CLEAR - (end[r]! + LABEL_GAP);
			if (free > room) [roomy, room] = [r, free];
		}
		return roomy >= 0 ? roomy : fit;
	}
	/**
	 * A place for a dot of `width` that fits no row where it is, further right but before
	 * `limit` (the end of its day): the row where it moves least, then on far enough to
	 * leave the previous label its room, but by no more than half the room left in the day,
	 * so more of the day's events fit after it. [row, x0, x1], or undefined.
	 */
	shift(width: number, limit: number): [number, number, number] | undefined {
		const { end, label, o } = this;
		let best = -1;
		for (let r = 0; r < o.rows; r++) if (end[r]! + o.gap + width <= limit && (best < 0 || end[r]! < end[best]!)) best = r;
		if (best < 0) return undefined;
		const from = end[best]! + o.gap;
		const x0 = Math.max(from, Math.min(label[best]! + LABEL_CLEAR, from + (limit - width - from) / 2));
		return [best, x0, x0 + width];
	}
}

function addToBin(bins: Uint16Array, o: PackOptions, x0: number, x1: number) {
	const centre = Math.min(Math.max((Math.max(x0, o.left) + Math.min(x1, o.right)) / 2, o.left), o.right - 1);
	const bin = Math.min(bins.length - 1, Math.floor((centre - o.left) / o.binWidth));
	bins[bin] = Math.min(65535, bins[bin]! + 1);
}

/** In the second pass rows are not filled left to right any more: check the marks already there. */
function fitsBetween(out: Packing, lane: number, row: number, x0: number, x1: number, gap: number): boolean {
	for (let k = out.count - 1; k >= 0 && out.lane[k] === lane; k--) {
		if (out.row[k] === row && out.x0[k]! < x1 + gap && out.x1[k]! + gap > x0) return false;
	}
	return true;
}
