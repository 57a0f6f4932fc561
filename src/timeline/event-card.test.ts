import { describe, expect, it } from 'vitest';
import { claimText, eventCard } from './event-card.ts';
import { AR, dictionaries, EN, inputs } from './test-support.ts';
import { packTimeline, unpackTimeline } from './timeline-data.ts';

describe('event card', () => {
	it('words casualty claims briefly and says who claims them', () => {
		const c = { event: 0, kind: 'killed', group: 'civilians', by: 0 };
		expect(claimText(EN, { ...c, low: 311, high: 311 }, 'SOHR')).toBe('311 civilians killed (SOHR)');
		expect(claimText(EN, { ...c, low: 300, high: -1 }, 'SOHR')).toBe('at least 300 civilians killed (SOHR)');
		expect(claimText(EN, { ...c, low: -1, high: 50, kind: 'detained', group: 'security-forces' }, 'X')).toBe('up to 50 security forces detained (X)');
		expect(claimText(EN, { ...c, low: 500, high: 524, group: 'total' }, 'SOHR')).toBe('500–524 killed in total (SOHR)');
	});

	it('words the claims in Arabic on Arabic pages, from the wording the page embeds', () => {
		const c = { event: 0, kind: 'killed', group: 'civilians', by: 0 };
		expect(claimText(AR, { ...c, low: 311, high: 311 }, 'SOHR')).toContain('٣١١ قتيلًا من المدنيين');
	});

	it('gathers type, places, actors and claims, shortening long lists', () => {
		const events = inputs([['2025-03-07', 'battle', ['mod', 'sohr', 'ahmad-al-sharaa', 'a', 'b'], ['jableh']]]);
		events[0]!.claims.push({ kind: 'killed', count: 524, group: 'total', claimedBy: 'sohr' });
		const data = unpackTimeline(packTimeline(events, dictionaries));
		expect(eventCard(EN, data, 0, 'Clashes', '7 March 2025')).toEqual({
			title: 'Clashes',
			date: '7 March 2025',
			type: 'Battle',
			places: ['Jableh'],
			actors: ['Ministry of Defence', 'Syrian Observatory for Human Rights', 'Ahmad al-Sharaa', '2 more'],
			claims: ['524 killed in total (Syrian Observatory for Human Rights)'],
			attributions: [],
		});
	});

	it('names who alleges a role, never stating it as fact', () => {
		const events = inputs([['2025-03-07', 'battle', ['mod', 'sohr'], ['jableh']]]);
		events[0]!.attributions = [{ actor: 'mod', role: 'perpetrator', claimedBy: 'sohr' }];
		const data = unpackTimeline(packTimeline(events, dictionaries));
		expect(eventCard(EN, data, 0, 'Clashes', '7 March 2025').attributions).toEqual(['Perpetrator: Ministry of Defence, according to Syrian Observatory for Human Rights']);
	});
});
