/**
 * The filter form, the legend (each type a toggle button) and the lane switch: they read
 * and write the view's filters. Applying them hides what they leave out of the list and
 * updates the count and the legend's numbers.
 */
import { formatNumber } from '../i18n/format.ts';
import { countText, type TimelineWording } from '../timeline/chart-text.ts';
import { filterView, searchTexts, type FilteredView } from '../timeline/filter-events.ts';
import type { TimelineData } from '../timeline/timeline-data.ts';
import { afterPaint } from './timeline-canvas.ts';
import type { EventList } from './timeline-list.ts';
import { emptyFilters, fieldDay, sameFilters, toggleType, type Filters, type LaneMode, type ViewState } from '../timeline/view-state.ts';

export interface FilterControls {
	/** Puts a view into the form (after Back). */
	write(view: ViewState): void;
	/** Puts the actor and place choices into the form, once: the first frame does without them unless the view names one. */
	fillChoices(): void;
	/** Applies a view's filters to the list (once loaded), the count and the legend; the text filter waits for the list's titles. */
	apply(view: ViewState, list: EventList | undefined): FilteredView;
}

/** `change` runs with the view the reader asks for; `view` reads the one applied. */
export function filterControls(root: HTMLElement, say: TimelineWording, data: TimelineData, view: () => ViewState, change: (next: ViewState) => void): FilterControls {
	const form = root.querySelector<HTMLFormElement>('[data-tl-filters]');
	const legend = [...root.querySelectorAll<HTMLButtonElement>('[data-tl-type]')];
	const laneRadios = [...root.querySelectorAll<HTMLInputElement>('input[name="lanes"]')];
	const count = root.querySelector<HTMLElement>('[data-tl-count]')!;
	const all = data.types.map((t) => t.id);
	let texts: string[] | undefined; // what the text filter searches, once there are titles
	// The count and the legend's numbers, of the view applied last. The page gives them for the
	// whole archive; the first view's wait for the first frame, which then needs no Intl (10–35 ms on its first use).
	let words = () => {};
	let wordsLater = true;
	if (form) form.hidden = false;

	const read = (f: HTMLFormElement): Filters => {
		const fd = new FormData(f);
		const get = (k: string) => String(fd.get(k) ?? '');
		return { q: get('q'), types: view().filters.types, actor: get('actor'), place: get('place'), from: fieldDay(get('from'), 'from'), to: fieldDay(get('to'), 'to') };
	};
	if (form) {
		let typing = 0;
		form.addEventListener('input', (event) => {
			if (sameFilters(read(form), view().filters)) return;
			clearTimeout(typing);
			const run = () => change({ ...view(), filters: read(form) });
			// Text is applied after a pause, so each keystroke is not a history entry.
			if ((event.target as HTMLElement).matches('input[type="search"], input[type="text"]')) typing = window.setTimeout(run, 250);
			else run();
		});
		form.addEventListener('submit', (event) => event.preventDefault());
		form.addEventListener('reset', () => setTimeout(() => change({ ...view(), filters: emptyFilters() })));
	}
	for (const b of legend) {
		b.addEventListener('click', () => change({ ...view(), filters: { ...view().filters, types: toggleType(view().filters.types, all, b.dataset.tlType!) } }));
	}
	for (const r of laneRadios) r.addEventListener('change', () => change({ ...view(), lanes: r.value as LaneMode }));

	const fillChoices = () => {
		for (const t of form?.querySelectorAll<HTMLTemplateElement>('template[data-tl-options]') ?? []) {
			(form!.elements.namedItem(t.dataset.tlOptions!) as HTMLSelectElement | null)?.append(t.content);
			t.remove();
		}
	};

	return {
		fillChoices,
		write(v) {
			if (v.filters.actor || v.filters.place) fillChoices();
			if (form) {
				for (const name of ['q', 'actor', 'place', 'from', 'to'] as const) {
					const el = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
					if (el) el.value = v.filters[name];
				}
			}
			for (const r of laneRadios) r.checked = r.value === v.lanes;
		},
		apply(v, list) {
			if (v.filters.q.trim() && !texts && list) texts = searchTexts(data, Array.from({ length: data.size }, (_, i) => list.title(i)));
			const shown = filterView(data, v.filters, texts);
			list?.show(shown.pass);
			words = () => {
				count.textContent = countText(say, shown.order.length, data.size);
				showLegend(v.filters.types, shown.perType);
			};
			if (!wordsLater) words();
			else {
				wordsLater = false;
				afterPaint(() => words());
			}
			return shown;
		},
	};

	/** Which types are on and how many events each would add; a type with none is hidden unless it is on. */
	function showLegend(types: readonly string[], perType: readonly number[]) {
		for (const b of legend) {
			const id = b.dataset.tlType!;
			const n = perType[all.indexOf(id)] ?? 0;
			b.setAttribute('aria-pressed', String(types.length === 0 || types.includes(id)));
			const el = b.querySelector('[data-tl-n]');
			if (el) el.textContent = formatNumber(say.locale, n);
			b.closest('li')!.hidden = n === 0 && !types.includes(id);
		}
	}
}
