import { describe, expect, it } from 'vitest';
import { groupResults } from './group.ts';

describe('groupResults', () => {
	it('puts the event, the quotes and the statement of one speech under its best-ranked result', () => {
		const results = [
			{ id: 'quote-a', group: 'event:speech' },
			{ id: 'other', group: '' },
			{ id: 'event', group: 'event:speech' },
			{ id: 'quote-b', group: 'event:speech' },
			{ id: 'lone', group: '' },
			{ id: 'statement', group: 'event:speech' },
		];
		const grouped = groupResults(results, (r) => r.group).map((g) => [g.head.id, g.members.map((m) => m.id)]);
		expect(grouped).toEqual([
			['quote-a', ['event', 'quote-b', 'statement']],
			['other', []],
			['lone', []],
		]);
	});
});
