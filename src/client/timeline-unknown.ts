/**
 * Ids of a shared link that the timeline does not know (unknown-ids.ts): named in a
 * message with a button that takes them out of the address, and left out of the view.
 */
import type { TimelineWording } from '../timeline/chart-text.ts';
import type { TimelineData } from '../timeline/timeline-data.ts';
import { unknownIds, unknownText, withoutUnknown } from '../timeline/unknown-ids.ts';
import type { ViewState } from '../timeline/view-state.ts';

export interface KnownView {
	/** The view without the ids this timeline does not know, naming them; `event` says whether an event id is known, once the list can. */
	known(view: ViewState, event?: (id: string) => boolean): ViewState;
}

/** `owns`: whether this timeline reads the URL; `clear` writes the view (without the unknown ids) into it. */
export function knownView(root: HTMLElement, say: TimelineWording, data: TimelineData, owns: boolean, clear: () => void): KnownView {
	const box = root.querySelector<HTMLElement>('[data-tl-unknown]');
	const ids = { types: data.types.map((t) => t.id), actors: data.actors.map((a) => a.id), places: data.places.map((p) => p.id) };
	box?.querySelector('[data-tl-unknown-clear]')!.addEventListener('click', () => {
		box.hidden = true;
		clear();
	});
	return {
		known(view, event) {
			const unknown = owns ? unknownIds(location.search, view, { ...ids, event }) : [];
			if (box) {
				box.hidden = unknown.length === 0;
				box.querySelector('[data-tl-unknown-text]')!.textContent = unknown.length ? unknownText(say, unknown) : '';
			}
			return withoutUnknown(view, unknown);
		},
	};
}
