import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { packFrame, type FrameMarks } from './frame-geometry.ts';
import { frameLayout } from './frame-layout.ts';
import { assignLanes } from './lanes.ts';
import { HIT_PAD, HIT_REACH, LABEL_GAP } from './mark-geometry.ts';
import { layoutLabels, TitleFitter } from './mark-labels.ts';
import { sampleData, type Row } from './test-support.ts';

/** Six pixels a character, as the recorder measures. */
const measure = (t: string) => t.length * 6;
const fitter = (titles: string[], calls = { n: 0 }) => new TitleFitter(titles.length, (i) => titles[i] ?? '', (t) => (calls.n++, measure(t)));

function frame(rows: Row[], titles: string[], window: [string, string], width = 1000, maxRows = 6, mode: 'type' | 'actor' = 'type') {
	const data = sampleData(rows);
	const lanes = assignLanes(data, new Uint8Array(data.size).fill(1), mode);
	const layout = frameLayout(lanes, width, { maxRows });
	const titled = fitter(titles);
	// As the chart does: the first frame measures the titles, the next packs rows with room for them.
	let marks = packFrame(data, lanes, layout, [dayOf(window[0]), dayOf(window[1])], {}, titled);
	marks = packFrame(data, lanes, layout, [dayOf(window[0]), dayOf(window[1])], {}, titled);
	return { data, layout, marks, labels: marks.labels! };
}

/** Each label as a box, with its event and text. */
const boxes = ({ marks, labels }: { marks: FrameMarks; labels: NonNullable<FrameMarks['labels']> }, height = 11) =>
	Array.from({ length: labels.count }, (_, j) => {
		const k = labels.mark[j]!;
		const y = marks.ys[k]!;
		return { event: marks.packing.event[k]!, text: labels.text[j]!, x0: labels.x[j]!, x1: labels.x[j]! + labels.width[j]!, y0: y - height / 2, y1: y + height / 2 };
	});
const overlap = (a: { x0: number; x1: number; y0: number; y1: number }, b: typeof a) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe('mark labels', () => {
	it('writes a title beside its mark, clear of the rings round it', () => {
		const f = frame([['2025-03-06', 'battle']], ['Attack on security forces in Jableh'], ['2025-03-01', '2025-03-31']);
		const [label] = boxes(f);
		expect(label!.text).toBe('Attack on security forces in Jableh');
		expect(label!.x0).toBeCloseTo(f.marks.packing.x1[0]! + LABEL_GAP);
		expect(label!.y0 + 5.5).toBe(f.marks.ys[0]);
	});

	it('never overlaps another label or another mark\'s hit area, in a crowded month', () => {
		const types = ['battle', 'protest', 'diplomatic'];
		const rows: Row[] = Array.from({ length: 120 }, (_, k) => [`2025-03-${String(1 + ((k * 7) % 28)).padStart(2, '0')}${k % 9 === 0 ? '/2025-03-29' : ''}`, types[k % 3]!]);
		rows.push(['2025-03', 'battle']);
		const titles = rows.map((_, k) => `Event number ${k} with a title of some length`.slice(0, 12 + (k % 30)));
		const f = frame(rows, titles, ['2025-02-27', '2025-04-02']);
		const labels = boxes(f, f.layout.rowHeight - 1);
		expect(labels.length).toBeGreaterThan(10);
		for (let a = 0; a < labels.length; a++) for (let b = a + 1; b < labels.length; b++) expect(overlap(labels[a]!, labels[b]!), `${labels[a]!.text} / ${labels[b]!.text}`).toBe(false);
		const p = f.marks.packing;
		for (let k = 0; k < p.count; k++) {
			const y = f.marks.ys[k]!;
			const hit = { x0: p.x0[k]! - HIT_PAD - HIT_REACH, x1: p.x1[k]! + HIT_PAD + HIT_REACH, y0: y - f.layout.rowHeight / 2, y1: y + f.layout.rowHeight / 2 };
			for (const l of labels) if (l.event !== p.event[k]) expect(overlap(l, hit), `${l.text} over event ${p.event[k]}`).toBe(false);
		}
		for (const l of labels) {
			expect(l.x0).toBeGreaterThanOrEqual(f.layout.left);
			expect(l.x1).toBeLessThanOrEqual(f.layout.right);
		}
	});

	it('shortens a title with an ellipsis to the room before the next mark, and leaves out one with no room', () => {
		const rows: Row[] = [['2025-03-06', 'battle'], ['2025-03-10', 'battle'], ['2025-03-10', 'battle']];
		const long = 'Killings of Alawite civilians on the coast and in the mountains';
		const f = frame(rows, [long, long, long], ['2025-03-01', '2025-03-21'], 1000, 1);
		const label = boxes(f).find((l) => l.event === 0)!;
		expect(label.text).toMatch(/^Killings of .*…$/);
		expect(label.text.length).toBeLessThan(long.length);
		const p = f.marks.packing;
		const next = Math.min(...Array.from({ length: p.count }, (_, k) => (p.event[k] === 0 ? Infinity : p.x0[k]!)));
		expect(label.x1).toBeLessThanOrEqual(next - HIT_PAD - HIT_REACH);
		expect(label.text).not.toMatch(/\s…$/);
		// The second of 10 March sits right after the first, in the same row: the first has no room for a label.
		expect(boxes(f).map((l) => l.event)).toEqual([0, 2]);
	});

	it('writes the label to the left of a mark at the right edge', () => {
		const f = frame([['2025-03-30', 'battle']], ['Late event'], ['2025-03-01', '2025-03-31']);
		const [label] = boxes(f);
		expect(label!.x1).toBeLessThanOrEqual(f.marks.packing.x0[0]! - LABEL_GAP);
		expect(label!.text).toBe('Late event');
	});

	it('writes inside a band of uncertainty, from where it shows', () => {
		const f = frame([['2025-03', 'battle']], ['Arrests reported during March'], ['2025-03-10', '2025-03-20']);
		const [label] = boxes(f);
		expect(label!.x0).toBeCloseTo(f.layout.left + LABEL_GAP);
	});

	it('keeps the title of a bar that runs off the right edge, written over the bar where it shows', () => {
		const f = frame([['2025-03-05/2025-04-20', 'battle']], ['Offensive on the coast'], ['2025-03-01', '2025-03-31']);
		const [label] = boxes(f);
		expect(label!.text).toBe('Offensive on the coast');
		expect(label!.x0).toBeCloseTo(f.marks.packing.x0[0]! + LABEL_GAP);
		expect(label!.x1).toBeLessThanOrEqual(f.layout.right);
		expect(f.labels.inside[0]).toBe(1);
	});

	it('writes an event\'s title once, in the first of its actors\' lanes, not once per lane', () => {
		const f = frame([['2025-03-06', 'battle', ['sohr', 'mod']], ['2025-03-12', 'battle', ['mod']]], ['Clashes in Jableh', 'Statement by the ministry'], ['2025-03-01', '2025-03-31'], 1000, 6, 'actor');
		expect(f.marks.packing.count).toBe(3);
		expect(boxes(f).map((l) => l.text).sort()).toEqual(['Clashes in Jableh', 'Statement by the ministry']);
	});

	it('draws no labels until the titles are known', () => {
		const data = sampleData([['2025-03-06', 'battle']]);
		const lanes = assignLanes(data, new Uint8Array(1).fill(1), 'type');
		const marks = packFrame(data, lanes, frameLayout(lanes, 800), [dayOf('2025-03-01'), dayOf('2025-03-31')]);
		expect(marks.labels).toBeUndefined();
		const none = layoutLabels(data, marks, { left: 0, right: 800, radius: 4, titles: fitter(['']) });
		expect(none.count).toBe(0);
	});

	it('measures so many titles a frame, leaving the rest for the next', () => {
		const t = fitter(['One', 'Two', 'Three']);
		t.startFrame(2);
		expect([t.width(0), t.width(1), t.width(2)]).toEqual([18, 18, 0]);
		expect(t.pending).toBe(true);
		expect(t.known(2)).toBe(0);
		t.startFrame(2);
		expect(t.width(2)).toBe(30);
		t.startFrame(2);
		expect([t.width(0), t.width(1), t.width(2)]).toEqual([18, 18, 30]);
		expect(t.pending).toBe(false);
	});

	it('measures each title once, and each shortening once per width', () => {
		const calls = { n: 0 };
		const t = fitter(['A title long enough to need shortening'], calls);
		const first = t.fit(0, 100)!;
		const n = calls.n;
		expect(first.width).toBeLessThanOrEqual(100);
		expect(first.text.endsWith('…')).toBe(true);
		expect(t.fit(0, 101)).toBe(first);
		expect(t.fit(0, 500)!.text).toBe('A title long enough to need shortening');
		expect(calls.n).toBe(n);
		expect(t.fit(0, 10)).toBeUndefined();
	});
});
