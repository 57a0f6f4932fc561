import { describe, expect, it } from 'vitest';
import { countText, focusAnnouncement, humanRange, inViewText, zoomAnnouncement } from './chart-text.ts';
import { dayOf } from './days.ts';
import { AR, EN } from './test-support.ts';
import { calendarOf, localeDigits } from './chart-text.ts';
import { contextLabel, ticks, timeScale } from './time-scale.ts';

describe('what the chart says', () => {
	it('counts the events that match', () => {
		expect(countText(EN, 28, 28)).toBe('28 events');
		expect(countText(EN, 1, 1)).toBe('1 event');
		expect(countText(EN, 3, 28)).toBe('3 of 28 events match');
		expect(countText(EN, 1, 28)).toBe('1 of 28 events match');
		expect(countText(EN, 0, 28)).toBe('No events match these filters (of 28)');
	});

	it('names the window in words, its end day exclusive', () => {
		expect(humanRange('en', dayOf('2025-03-01'), dayOf('2025-03-16'))).toBe('1–15 March 2025');
		expect(humanRange('en', dayOf('2025-03-07') + 0.2, dayOf('2025-03-08') - 0.1)).toBe('7 March 2025');
		expect(inViewText(EN, 3, [dayOf('2025-03-01'), dayOf('2025-03-16')])).toBe('3 in view, 1–15 March 2025');
		expect(zoomAnnouncement(EN, 1, [dayOf('2025-03-01'), dayOf('2025-03-16')])).toBe('Showing 1–15 March 2025: 1 event in view.');
	});

	it('tells a screen reader which event is focused and where it is in the sequence', () => {
		const card = { title: 'Attack in Jableh', date: '6 March 2025', type: 'Battle', places: ['Jableh', 'Latakia'], actors: [], claims: [], attributions: [] };
		expect(focusAnnouncement(EN, card, 2, 9)).toBe('Attack in Jableh. 6 March 2025. Battle, Jableh, Latakia. Event 2 of 9. Press Enter to open.');
		expect(focusAnnouncement(EN, { ...card, places: [] }, 1, 1)).toBe('Attack in Jableh. 6 March 2025. Battle. Event 1 of 1. Press Enter to open.');
	});

	it('says it all in Arabic: plural forms by CLDR category, Arabic-Indic digits, Syrian month names', () => {
		expect(countText(AR, 1, 1)).toBe('حدث واحد');
		expect(countText(AR, 2, 2)).toBe('حدثان');
		expect(countText(AR, 5, 5)).toBe('٥ أحداث');
		expect(countText(AR, 28, 28)).toBe('٢٨ حدثًا');
		expect(countText(AR, 200, 200)).toBe('٢٠٠ حدث');
		expect(countText(AR, 3, 28)).toBe('٣ من ٢٨ حدثًا تطابق المرشِّحات');
		expect(countText(AR, 0, 28)).toBe('لا أحداث تطابق هذه المرشِّحات (من ٢٨)');
		expect(humanRange('ar', dayOf('2025-03-01'), dayOf('2025-03-16'))).toBe('١–١٥ آذار ٢٠٢٥');
		expect(humanRange('ar', dayOf('2025-03-07'), dayOf('2025-03-08'))).toBe('٧ آذار ٢٠٢٥');
		expect(zoomAnnouncement(AR, 2, [dayOf('2025-03-01'), dayOf('2025-03-16')])).toBe('المعروض ١–١٥ آذار ٢٠٢٥: حدثان في العرض.');
		const card = { title: 'هجوم في جبلة', date: '٦ آذار ٢٠٢٥', type: 'معركة', places: ['جبلة', 'اللاذقية'], actors: [], claims: [], attributions: [] };
		expect(focusAnnouncement(AR, card, 2, 9)).toBe('هجوم في جبلة. ٦ آذار ٢٠٢٥. معركة، جبلة، اللاذقية. الحدث ٢ من ٩. اضغط Enter لفتحه.');
	});

	it('labels the Arabic axis with Syrian month names and Arabic-Indic digits, years ungrouped', () => {
		const cal = calendarOf(AR);
		const scale = (a: string, b: string, w: number) => timeScale([dayOf(a), dayOf(b)], [0, w]);
		expect(ticks(scale('2025-03-01', '2025-03-15', 1200), cal)[0]!.label).toBe('١ آذار');
		expect(ticks(scale('2022-06-01', '2026-06-01', 340), cal).map((t) => t.label)).toContain('٢٠٢٥');
		expect(contextLabel(scale('2025-03-03', '2025-03-20', 800), cal)).toBe('آذار ٢٠٢٥');
	});

	it('writes the axis with the digits the page gives as Intl writes them, in both editions', () => {
		expect(localeDigits('ar')).toBe('٠١٢٣٤٥٦٧٨٩');
		expect(localeDigits('en')).toBe('0123456789');
		for (const [w, locale] of [[AR, 'ar'], [EN, 'en']] as const) {
			const fromPage = calendarOf(w, localeDigits(locale));
			for (const n of [0, 7, 15, 2025, 1999]) expect(fromPage.digits(n)).toBe(calendarOf(w).digits(n));
		}
		const scale = timeScale([dayOf('2025-03-01'), dayOf('2025-03-15')], [0, 1200]);
		expect(ticks(scale, calendarOf(AR, localeDigits('ar'))).map((t) => t.label)).toEqual(ticks(scale, calendarOf(AR)).map((t) => t.label));
		// A page without the digits (or with a broken set) falls back to Intl.
		expect(calendarOf(AR, '12').digits(2025)).toBe('٢٠٢٥');
	});
});
