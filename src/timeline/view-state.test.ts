import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { decodeView, defaultView, encodeView, toggleType, type ViewState } from './view-state.ts';

describe('view state in the query string', () => {
	it('round-trips filters, the visible window and the lane mode', () => {
		const view: ViewState = {
			filters: { q: 'Jableh attack', types: ['battle', 'protest'], actor: 'sohr', place: 'latakia', from: '2025-03-01', to: '2025-03-31' },
			window: [dayOf('2025-03-04'), dayOf('2025-03-13')],
			lanes: 'actor',
		};
		const search = encodeView(view);
		expect(search).toBe('?q=Jableh+attack&type=battle,protest&actor=sohr&place=latakia&from=2025-03-01&to=2025-03-31&view=2025-03-04..2025-03-12&lanes=actor');
		expect(decodeView(search)).toEqual(view);
	});
	it('gives the plain page a plain URL and keeps parameters it does not own', () => {
		expect(encodeView(defaultView())).toBe('');
		expect(encodeView(defaultView(), '?utm=x&q=old')).toBe('?utm=x');
	});
	it('ignores malformed or unknown values instead of failing', () => {
		const v = decodeView('?type=battle,nonsense,Bad!&actor=../x&from=2025-02-30&to=2025-13-01&view=2025-03-10..2025-03-01&lanes=weird', ['battle', 'protest']);
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
