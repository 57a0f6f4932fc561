import { describe, expect, it } from 'vitest';
import { frameLayout } from './frame-layout.ts';
import { assignLanes } from './lanes.ts';
import { sampleData } from './test-support.ts';

const data = sampleData([['2025-03-06', 'battle'], ['2025-03-07', 'protest']]);
const lanes = assignLanes(data, new Uint8Array(2).fill(1), 'type');

describe('frame layout', () => {
	it('grows rows and the axis band with the page\'s text size, so a label fits its row', () => {
		const small = frameLayout(lanes, 1000, { fontSize: 11 });
		const large = frameLayout(lanes, 1000, { fontSize: 16 });
		expect(small.rowHeight).toBe(13);
		expect(small.axisHeight).toBe(36);
		expect(large.rowHeight).toBeGreaterThanOrEqual(16 + 1);
		expect(large.axisHeight).toBeGreaterThan(small.axisHeight);
		expect(large.height).toBeGreaterThan(small.height);
		for (const f of [11, 11.2, 14, 20]) expect(frameLayout(lanes, 400, { fontSize: f }).rowHeight).toBeGreaterThan(f);
	});

	it('keeps a chart of one or two events as short as its rows', () => {
		const one = frameLayout(lanes.slice(0, 1), 1000, { compact: true, maxRows: 1 });
		expect(one.rows).toBe(1);
		expect(one.height).toBeLessThan(frameLayout(lanes.slice(0, 1), 1000, { compact: true }).height);
	});
});
