/**
 * The reader's choice of the actors that get lanes (lanes by actor only): a disclosure
 * listing the actors of the events that pass the filters, the most present first, each a
 * checkbox with its full name and count. None chosen means the most present ones.
 */
import { fill, formatNumber } from '../i18n/format.ts';
import type { TimelineWording } from '../timeline/chart-text.ts';
import { actorCounts, MAX_ACTOR_LANES, MAX_CHOSEN_LANES } from '../timeline/lanes.ts';
import type { TimelineData } from '../timeline/timeline-data.ts';
import type { ViewState } from '../timeline/view-state.ts';

/** How many actors the list offers, besides those chosen already. */
const OFFERED = 40;

export interface LanePick {
	/** Shows the choice for a view and the events that pass. */
	write(view: ViewState, pass: Uint8Array): void;
}

/** `change` runs with the actors the reader chose ([]: the most present). */
export function lanePick(root: HTMLElement, say: TimelineWording, data: TimelineData, change: (laneActors: string[]) => void): LanePick {
	const box = root.querySelector<HTMLDetailsElement>('[data-tl-pick]');
	if (!box) return { write() {} };
	const list = box.querySelector<HTMLElement>('[data-tl-pick-list]')!;
	const summary = box.querySelector<HTMLElement>('[data-tl-pick-summary]')!;
	let ids: string[] = [];
	const checked = () => [...list.querySelectorAll<HTMLInputElement>('input:checked')].map((c) => c.value);
	list.addEventListener('change', () => {
		const on = checked();
		// Back to no choice when it is the default one, so the plain URL stays plain.
		const isDefault = on.length === Math.min(MAX_ACTOR_LANES, ids.length) && on.every((id, k) => id === ids[k]);
		change(isDefault ? [] : on);
	});
	box.querySelector('[data-tl-pick-reset]')!.addEventListener('click', () => change([]));
	return {
		write(view, pass) {
			box.hidden = view.lanes !== 'actor';
			if (box.hidden) return;
			const counts = actorCounts(data, pass);
			const chosen = new Set(view.laneActors.length ? view.laneActors : counts.slice(0, MAX_ACTOR_LANES).map(([a]) => data.actors[a]!.id));
			const offered = counts.filter(([a], k) => k < OFFERED || chosen.has(data.actors[a]!.id));
			ids = offered.map(([a]) => data.actors[a]!.id);
			const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLInputElement).value : '';
			list.querySelectorAll('label').forEach((l) => l.remove());
			for (const [a, n] of offered) {
				const { id, name } = data.actors[a]!;
				const label = document.createElement('label');
				const input = document.createElement('input');
				input.type = 'checkbox';
				input.value = id;
				input.checked = chosen.has(id);
				input.disabled = !input.checked && chosen.size >= MAX_CHOSEN_LANES;
				const count = document.createElement('span');
				count.className = 'tl-pick__n';
				count.textContent = formatNumber(say.locale, n);
				label.append(input, ` ${name} `, count);
				list.append(label);
				if (id === focused) input.focus();
			}
			summary.textContent = fill(say.m.pickCount, { chosen: formatNumber(say.locale, Math.min(chosen.size, MAX_CHOSEN_LANES)), total: formatNumber(say.locale, counts.length) });
		},
	};
}
