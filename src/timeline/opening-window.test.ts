import { describe, expect, it } from 'vitest';
import { dayOf } from './days.ts';
import { openingWindow } from './opening-window.ts';
import { fullWindow } from './time-scale.ts';

describe('the first window a reader sees', () => {
	const subject = dayOf('2024-12-08');

	it('starts shortly before the transition when context events reach years back', () => {
		const [first, last] = [dayOf('2011-12-01'), dayOf('2025-03-20')];
		expect(openingWindow(first, last, subject)).toEqual(fullWindow(subject - 14, last));
	});

	it('is the whole period when every event is near or after the start', () => {
		const [first, last] = [dayOf('2024-11-25'), dayOf('2025-03-20')];
		expect(openingWindow(first, last, subject)).toEqual(fullWindow(first, last));
	});

	it('is the whole period when every event is before the start', () => {
		const [first, last] = [dayOf('2011-01-01'), dayOf('2012-12-31')];
		expect(openingWindow(first, last, subject)).toEqual(fullWindow(first, last));
	});
});
