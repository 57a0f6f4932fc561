import { describe, expect, it } from 'vitest';
import { unknownIds, unknownText, withoutUnknown } from './unknown-ids.ts';
import { decodeView } from './view-state.ts';
import { EN } from './test-support.ts';

const known = { types: ['battle', 'protest'], actors: ['sohr', 'mod'], places: ['jableh'], event: (id: string) => id === 'attack-on-jableh' };

describe('unknown ids in a shared link', () => {
	it('finds each id the timeline does not know, and keeps the ones it does', () => {
		const search = '?type=battle,riot&actor=nobody&place=atlantis&lanes=actor&lane-actors=sohr,ghost&event=no-such-event';
		const view = decodeView(search, known.types);
		const unknown = unknownIds(search, view, known);
		expect(unknown).toEqual([
			{ param: 'type', value: 'riot' },
			{ param: 'actor', value: 'nobody' },
			{ param: 'place', value: 'atlantis' },
			{ param: 'lane-actors', value: 'ghost' },
			{ param: 'event', value: 'no-such-event' },
		]);
		const shown = withoutUnknown(view, unknown);
		expect(shown.filters).toMatchObject({ types: ['battle'], actor: '', place: '' });
		expect(shown.laneActors).toEqual(['sohr']);
		expect(shown.event).toBe('');
	});

	it('finds nothing in a link it knows, and leaves events alone until the list has loaded', () => {
		const search = '?type=battle&actor=sohr&place=jableh&event=attack-on-jableh';
		expect(unknownIds(search, decodeView(search), known)).toEqual([]);
		expect(unknownIds('?event=x', decodeView('?event=x'), { ...known, event: undefined })).toEqual([]);
	});

	it('names them in one sentence', () => {
		expect(unknownText(EN, [{ param: 'actor', value: 'nobody' }])).toBe('This link names an actor “nobody” that is not in this timeline, so the chart leaves it out.');
		expect(unknownText(EN, [{ param: 'actor', value: 'nobody' }, { param: 'type', value: 'riot' }, { param: 'place', value: 'atlantis' }])).toBe(
			'This link names an actor “nobody”, an event type “riot” and a place “atlantis” that are not in this timeline, so the chart leaves them out.',
		);
	});
});
