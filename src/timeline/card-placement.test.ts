import { describe, expect, it } from 'vitest';
import { cardPosition } from './card-placement.ts';

const chart = { width: 800, height: 300 };
const card = { width: 200, height: 100 };

describe('card placement', () => {
	it('puts the card below and to the right of the point', () => {
		expect(cardPosition({ x: 100, y: 50 }, card, chart)).toEqual({ x: 114, y: 64 });
	});

	it('flips the card to the left of a point near the right edge', () => {
		expect(cardPosition({ x: 700, y: 50 }, card, chart)).toEqual({ x: 486, y: 64 });
	});

	it('flips the card above a point near the bottom', () => {
		expect(cardPosition({ x: 100, y: 250 }, card, chart)).toEqual({ x: 114, y: 138 });
	});

	it('keeps the card inside a chart too narrow for either side', () => {
		const p = cardPosition({ x: 150, y: 10 }, card, { width: 300, height: 300 });
		expect(p.x).toBeGreaterThanOrEqual(4);
		expect(p.x + card.width).toBeLessThanOrEqual(300 - 4);
		expect(cardPosition({ x: 100, y: 90 }, card, { width: 800, height: 120 }).y).toBe(0);
	});

	it('gives whole pixels', () => {
		const p = cardPosition({ x: 100.4, y: 50.6 }, card, chart);
		expect(Number.isInteger(p.x) && Number.isInteger(p.y)).toBe(true);
	});
});
