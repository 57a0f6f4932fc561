import { calendarOf } from './chart-text.ts';
import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { findMark, packFrame, stripAnchor } from './frame-geometry.ts';
import { frameLayout } from './frame-layout.ts';
import { TitleFitter } from './mark-labels.ts';
import { assignLanes } from './lanes.ts';
import { recorder } from './marks/recorder.ts';
import { renderFrame, type FrameInput } from './render-frame.ts';
import { EN, sampleData, type Row } from './test-support.ts';

const palette = { types: ['#a00', '#0a0', '#00a'], ink: '#111', muted: '#666', grid: '#ddd', band: '#eee', bg: '#fff', focus: '#050', font: '11px x', boldFont: 'bold 11px x', fontSize: 11, calendar: calendarOf(EN), hiddenMore: (n: number) => `+${n} more` };
// Seven battles on one day in a lane of five rows: two do not fit one by one.
const data = sampleData([...Array.from({ length: 7 }, () => ['2025-03-06', 'battle'] as Row), ['2025-03-10/2025-03-12', 'protest']]);
const [BATTLE, LEFT_OUT, PROTEST] = [0, 6, 7];
const lanes = assignLanes(data, new Uint8Array(8).fill(1), 'type');
const layout = frameLayout(lanes, 1000, { compact: true });
const marks = packFrame(data, lanes, layout, [dayOf('2025-03-01'), dayOf('2025-03-31')]);

/** The rings drawn round marks: where, in which colour and how thick. */
function rings(f: Partial<FrameInput>) {
	const r = recorder();
	renderFrame(r.ctx, { data, lanes, layout, marks, ticks: [], context: '', palette, hover: -1, focus: -1, ...f });
	const out: { x: number; y: number; colour: unknown; width: unknown }[] = [];
	r.styled.forEach(({ call, style }, n) => {
		if (call[0] !== 'stroke') return;
		const arc = r.styled[n - 1]!.call;
		if (arc[0] === 'arc' && arc[3] === layout.radius + 3) out.push({ x: arc[1] as number, y: arc[2] as number, colour: style.strokeStyle, width: style.lineWidth });
	});
	return out;
}
/** A dot is ringed at its centre, a bar at its start. */
const at = (i: number) => {
	const k = findMark(marks.packing, i);
	const p = marks.packing;
	return { x: i === BATTLE ? (p.x0[k]! + p.x1[k]!) / 2 : p.x0[k]!, y: marks.ys[k]! };
};

describe('hover and focus rings', () => {
	it('draws none when nothing is hovered or focused', () => expect(rings({})).toEqual([]));

	it('rings the hovered mark thinly in ink, and the focused one thickly in the focus colour', () => {
		expect(rings({ hover: BATTLE, focus: PROTEST })).toEqual([
			{ ...at(BATTLE), colour: palette.ink, width: 1.5 },
			{ ...at(PROTEST), colour: palette.focus, width: 2.5 },
		]);
	});

	it('rings a focused event that is also hovered once, as focused', () => {
		expect(rings({ hover: PROTEST, focus: PROTEST })).toEqual([{ ...at(PROTEST), colour: palette.focus, width: 2.5 }]);
	});

	it('rings a focused event with no mark of its own on its lane\'s density strip', () => {
		expect(findMark(marks.packing, LEFT_OUT)).toBe(-1);
		expect(rings({ focus: LEFT_OUT })).toEqual([{ ...stripAnchor(data, lanes, layout, marks, LEFT_OUT)!, colour: palette.focus, width: 2.5 }]);
	});
});

describe('mark labels', () => {
	it('writes each label in ink, centred on its mark\'s row, once the titles are known', () => {
		const titles = Array.from({ length: 8 }, (_, i) => (i === PROTEST ? 'Protests in coastal towns' : `Battle ${i}`));
		const labelled = packFrame(data, lanes, layout, [dayOf('2025-03-01'), dayOf('2025-03-31')], {}, new TitleFitter(8, (i) => titles[i]!, (t) => t.length * 6));
		const r = recorder();
		renderFrame(r.ctx, { data, lanes, layout, marks: labelled, ticks: [], context: '', palette, hover: -1, focus: -1 });
		const texts = r.styled.filter(({ call }) => call[0] === 'fillText');
		const protest = texts.find(({ call }) => call[1] === 'Protests in coastal towns')!;
		const k = findMark(labelled.packing, PROTEST);
		expect(protest.call[3]).toBe(labelled.ys[k]);
		expect(protest.call[2]).toBeGreaterThan(labelled.packing.x1[k]!);
		expect(protest.style).toMatchObject({ fillStyle: palette.ink, textBaseline: 'middle', font: palette.font });
		expect(texts.filter(({ call }) => /^Battle/.test(call[1] as string)).length).toBeGreaterThan(0);
	});
});
