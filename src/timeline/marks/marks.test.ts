import { describe, expect, it } from 'vitest';
import { recorder } from './recorder.ts';
import { approximateRing, eventDot } from './event-dot.ts';
import { eventBar } from './event-bar.ts';
import { eventSpan } from './event-span.ts';
import { densityStrip } from './density-strip.ts';
import { timeAxis } from './time-axis.ts';

const style = { ink: '#111', muted: '#666', grid: '#ddd', font: '11px sans-serif', boldFont: 'bold 11px sans-serif', fontSize: 11 };

describe('marks', () => {
	it('draws a day as a circle centred on the day', () => {
		const r = recorder();
		eventDot(r.ctx, 10, 20, 4);
		expect(r.calls).toEqual([['moveTo', 14, 20], ['arc', 10, 20, 4, 0, Math.PI * 2]]);
	});

	it('rings an approximate date just outside its mark', () => {
		const r = recorder();
		approximateRing(r.ctx, 10, 20, 4);
		expect(r.calls[1]).toEqual(['arc', 10, 20, 6.5, 0, Math.PI * 2]);
	});

	it('draws a range as a bar from its first to its last pixel, rounded inside the range', () => {
		const r = recorder();
		eventBar(r.ctx, 100, 160, 50, 8);
		expect(r.calls[0]).toEqual(['moveTo', 104, 46]);
		expect(r.calls[1]).toEqual(['lineTo', 156, 46]);
		expect(r.calls.at(-1)).toEqual(['closePath']);
		const short = recorder();
		eventBar(short.ctx, 100, 102, 50, 8);
		expect(short.calls[0]).toEqual(['moveTo', 101, 46]);
	});

	it('draws a span of uncertainty as a band over its whole extent, at least a pixel wide', () => {
		const r = recorder();
		eventSpan(r.ctx, 10, 300, 50, 8);
		expect(r.calls).toEqual([['rect', 10, 46, 290, 8]]);
		const thin = recorder();
		eventSpan(thin.ctx, 10, 10.2, 50, 8);
		expect(thin.calls).toEqual([['rect', 10, 46, 1, 8]]);
	});

	it('draws the density strip darker where more events did not fit', () => {
		const r = recorder();
		const total = densityStrip(r.ctx, new Uint16Array([0, 1, 0, 9]), 100, 4, 30, 4, 'red');
		expect(total).toBe(10);
		const rects = r.calls.filter((c) => c[0] === 'fillRect');
		expect(rects).toEqual([['fillRect', 104, 30, 3.5, 4], ['fillRect', 112, 30, 3.5, 4]]);
		const alphas = r.sets.filter(([k]) => k === 'globalAlpha').map(([, v]) => v as number);
		expect(alphas[0]!).toBeLessThan(alphas[1]!);
		expect(alphas.at(-1)).toBe(1);
	});

	it('labels ticks inside the plot and skips those outside it', () => {
		const r = recorder();
		timeAxis(r.ctx, [{ x: 50, label: '2025', level: 'year' }, { x: 300, label: 'Mar', level: 'month' }, { x: 900, label: 'Apr', level: 'month' }], 0, 200, 40, 800, style, 'March 2025');
		expect(r.calls.filter((c) => c[0] === 'fillText').map((c) => c[1])).toEqual(['2025', 'Mar', 'March 2025']);
	});
});

describe('lane histogram', () => {
	it('draws one column per filled bin, heights on a shared scale', async () => {
		const { laneHistogram } = await import('./lane-histogram.ts');
		const r = recorder();
		laneHistogram(r.ctx, new Uint16Array([4, 0, 2]), 100, 3, 50, 20, 8, 'red');
		expect(r.calls).toEqual([['fillRect', 100, 40, 2.5, 10], ['fillRect', 106, 45, 2.5, 5]]);
	});
});
