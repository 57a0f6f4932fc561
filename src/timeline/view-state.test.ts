import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { decodeView, defaultView, encodeView, fieldDay, toggleType, type ViewState } from './view-state.ts';

describe('view state in the query string', () => {
	it('round-trips filters, the visible window and the lane mode', () => {
		const view: ViewState = {
			filters: { q: 'Jableh attack', types: ['battle', 'protest'], actor: 'sohr', place: 'latakia', from: '2025-03-01', to: '2025-03-31' },
			window: [dayOf('2025-03-04'), dayOf('2025-03-13')],
			lanes: 'actor',
			laneActors: ['sohr', 'hts'],
			event: 'attack-on-jableh',
		};
		const search = encodeView(view);
		expect(search).toBe('?q=Jableh+attack&type=battle,protest&actor=sohr&place=latakia&from=2025-03-01&to=2025-03-31&view=2025-03-04..2025-03-12&lanes=actor&lane-actors=sohr,hts&event=attack-on-jableh');
		expect(decodeView(search)).toEqual(view);
	});
	it('gives the plain page a plain URL and keeps parameters it does not own', () => {
		expect(encodeView(defaultView())).toBe('');
		expect(encodeView(defaultView(), '?utm=x&q=old')).toBe('?utm=x');
	});
	it('ignores malformed or unknown values instead of failing', () => {
		const v = decodeView('?type=battle,nonsense,Bad!&actor=../x&from=2025-02-30&to=2025-13-01&view=2025-03-10..2025-03-01&lanes=weird&lane-actors=,Bad!&event=<x>', ['battle', 'protest']);
		expect(v).toEqual({ ...defaultView(), filters: { ...defaultView().filters, types: ['battle'] } });
	});
});

describe('the whole period in the URL', () => {
	it('round-trips view=all, distinct from the opening window (no view at all)', () => {
		const all = { ...decodeView(''), window: 'all' as const };
		expect(encodeView(all)).toBe('?view=all');
		expect(decodeView('?view=all').window).toBe('all');
		expect(decodeView('').window).toBeNull();
	});
});

describe('the legend as a filter', () => {
	const all = ['battle', 'protest', 'diplomatic'];
	it('switches one type off from all, and back on to all (no type parameter)', () => {
		expect(toggleType([], all, 'protest')).toEqual(['battle', 'diplomatic']);
		expect(toggleType(['battle', 'diplomatic'], all, 'protest')).toEqual([]);
	});
	it('keeps legend order, whatever the order of the clicks', () => {
		expect(toggleType(['diplomatic'], all, 'battle')).toEqual(['battle', 'diplomatic']);
	});
	it('shows everything again, not nothing, when the last type is switched off', () => {
		expect(toggleType(['protest'], all, 'protest')).toEqual([]);
	});
});

describe('a date field as a bound', () => {
	it('reads a day, a month or a year, the month and year as their first or last day', () => {
		expect(fieldDay('2025-03-06', 'from')).toBe('2025-03-06');
		expect(fieldDay(' 2025-3-6 ', 'to')).toBe('2025-03-06');
		expect([fieldDay('2025-03', 'from'), fieldDay('2025-03', 'to'), fieldDay('2024-02', 'to'), fieldDay('2025-12', 'to')]).toEqual(['2025-03-01', '2025-03-31', '2024-02-29', '2025-12-31']);
		expect([fieldDay('2025', 'from'), fieldDay('2025', 'to')]).toEqual(['2025-01-01', '2025-12-31']);
	});
	it('means no bound while the text is not a date yet', () => {
		for (const t of ['', '20', '2025-', '2025-13', '2025-02-30', 'March']) expect(fieldDay(t, 'from'), t).toBe('');
	});
});
