import { describe, expect, it } from 'vitest';
import { placeLabels } from './labels.ts';

describe('placeLabels', () => {
	it('puts a name below its point', () => {
		expect(placeLabels([{ text: 'Homs', x: 100, y: 100 }], 20, 24)).toEqual([{ text: 'Homs', x: 100, y: 124 }]);
	});
	it('moves a name above its point when the spot below is taken, and leaves out one with no room', () => {
		const out = placeLabels([{ text: 'Damascus', x: 100, y: 100 }, { text: 'Rif Dimashq', x: 110, y: 102 }, { text: 'Quneitra', x: 105, y: 101 }], 20, 24);
		expect(out).toEqual([{ text: 'Damascus', x: 100, y: 124 }, { text: 'Rif Dimashq', x: 110, y: 78 }]);
	});
});
