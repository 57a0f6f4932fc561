import { describe, expect, it } from 'vitest';
import { countText, focusAnnouncement, humanRange, inViewText, zoomAnnouncement } from './chart-text.ts';
import { dayOf } from './days.ts';

describe('what the chart says', () => {
	it('counts the events that match', () => {
		expect(countText(28, 28)).toBe('28 events');
		expect(countText(1, 1)).toBe('1 event');
		expect(countText(3, 28)).toBe('3 of 28 events match');
		expect(countText(1, 28)).toBe('1 of 28 events match');
		expect(countText(0, 28)).toBe('No events match these filters (of 28)');
	});

	it('names the window in words, its end day exclusive', () => {
		expect(humanRange(dayOf('2025-03-01'), dayOf('2025-03-16'))).toBe('1–15 March 2025');
		expect(humanRange(dayOf('2025-03-07') + 0.2, dayOf('2025-03-08') - 0.1)).toBe('7 March 2025');
		expect(inViewText(3, [dayOf('2025-03-01'), dayOf('2025-03-16')])).toBe('3 in view, 1–15 March 2025');
		expect(zoomAnnouncement(1, [dayOf('2025-03-01'), dayOf('2025-03-16')])).toBe('Showing 1–15 March 2025: 1 event in view.');
	});

	it('tells a screen reader which event is focused and where it is in the sequence', () => {
		const card = { title: 'Attack in Jableh', date: '6 March 2025', type: 'Battle', places: ['Jableh', 'Latakia'], actors: [], claims: [], attributions: [] };
		expect(focusAnnouncement(card, 2, 9)).toBe('Attack in Jableh. 6 March 2025. Battle, Jableh, Latakia. Event 2 of 9. Press Enter to open.');
		expect(focusAnnouncement({ ...card, places: [] }, 1, 1)).toBe('Attack in Jableh. 6 March 2025. Battle. Event 1 of 1. Press Enter to open.');
	});
});
