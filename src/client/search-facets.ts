/**
 * The actor and place facets as comboboxes (WAI-ARIA's list autocomplete): typing any
 * spelling in either script lists the entities it starts (names.ts namesStartingWith),
 * each with how many of the current results it keeps; an empty box lists the actors or
 * places the results are most about. The active filters show as chips that remove them.
 */
import { fill, formatNumber, plural } from '../i18n/format.ts';
import { namesStartingWith } from '../search/names.ts';
import type { SearchWording } from '../search/status.ts';
import type { SearchIndex } from '../search/rank.ts';
import type { FacetCounts } from '../search/facets.ts';
import type { FilterKey } from '../search/query-state.ts';

interface Option {
	/** The filter value: the entity's own name. */
	value: string;
	/** The spelling that matched, when it is not the name. */
	spelling?: string;
	count: number | undefined;
}

export interface Facets {
	/** What the current results are about (shown when a box is empty), and per entity how many results it keeps. */
	update(counts: FacetCounts, perEntity: Map<number, number>): void;
	/** Draws the chips of the active filters. */
	chips(active: [FilterKey, string][]): void;
}

/** `submit` runs the search after a choice or a chip's removal. */
export function mountFacets(say: SearchWording, form: HTMLFormElement, chipList: HTMLElement, index: Promise<SearchIndex>, submit: () => void): Facets {
	let counts: FacetCounts = { actor: [], place: [] };
	let perEntity = new Map<number, number>();
	for (const key of ['actor', 'place'] as const) {
		const input = form.elements.namedItem(key) as HTMLInputElement | null;
		const list = form.querySelector<HTMLUListElement>(`#search-${key}-options`);
		if (input && list) void index.then((i) => combobox(input, list, key, i));
	}

	function combobox(input: HTMLInputElement, list: HTMLUListElement, key: 'actor' | 'place', i: SearchIndex) {
		let options: Option[] = [];
		let active = -1;
		const actors = i.data.actors.length;
		const optionsFor = (typed: string): Option[] => {
			if (!typed.trim()) return counts[key].map((c) => ({ value: c.value, count: c.count }));
			return namesStartingWith(i.names, typed, 40)
				.filter((s) => (key === 'actor' ? s.entity < actors : s.entity >= actors))
				.slice(0, 8)
				.map((s) => {
					const value = i.names.entities[s.entity]!.names[0]!;
					return { value, ...(s.spelling !== value ? { spelling: s.spelling } : {}), count: perEntity.get(s.entity) ?? 0 };
				});
		};
		const close = () => {
			list.hidden = true;
			input.setAttribute('aria-expanded', 'false');
			input.removeAttribute('aria-activedescendant');
			active = -1;
		};
		const show = () => {
			options = optionsFor(input.value);
			list.replaceChildren(
				...options.map((o, n) => {
					const li = document.createElement('li');
					li.id = `search-${key}-option-${n}`;
					li.setAttribute('role', 'option');
					li.dir = 'auto';
					const name = document.createElement('span');
					name.textContent = o.spelling ? `${o.value} (${o.spelling})` : o.value;
					li.append(name);
					if (o.count !== undefined) {
						const c = document.createElement('span');
						c.className = 'search-option__count';
						c.textContent = formatNumber(say.locale, o.count);
						c.setAttribute('aria-label', plural(say.locale, say.m.optionCount, o.count));
						li.append(c);
					}
					li.addEventListener('mousedown', (e) => {
						e.preventDefault();
						choose(n);
					});
					return li;
				}),
			);
			list.hidden = options.length === 0;
			input.setAttribute('aria-expanded', String(options.length > 0));
		};
		const highlightOption = (n: number) => {
			active = n;
			[...list.children].forEach((li, k) => li.setAttribute('aria-selected', String(k === n)));
			if (n >= 0) input.setAttribute('aria-activedescendant', `search-${key}-option-${n}`);
		};
		const choose = (n: number) => {
			input.value = options[n]!.value;
			close();
			submit();
		};
		input.addEventListener('input', show);
		input.addEventListener('focus', show);
		input.addEventListener('blur', close);
		input.addEventListener('keydown', (e) => {
			if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
				e.preventDefault();
				if (list.hidden) show();
				const n = options.length;
				if (n) highlightOption((active + (e.key === 'ArrowDown' ? 1 : n - 1) + (active < 0 && e.key === 'ArrowUp' ? 1 : 0)) % n);
			} else if (e.key === 'Enter' && active >= 0 && !list.hidden) {
				e.preventDefault();
				choose(active);
			} else if (e.key === 'Escape' && !list.hidden) {
				e.preventDefault();
				close();
			}
		});
	}

	return {
		update(c, p) {
			counts = c;
			perEntity = p;
		},
		chips(activeFilters) {
			chipList.replaceChildren(
				...activeFilters.map(([key, label]) => {
					const li = document.createElement('li');
					const b = document.createElement('button');
					b.type = 'button';
					b.className = 'search-chip';
					b.dir = 'auto';
					b.textContent = `${label} ×`;
					b.setAttribute('aria-label', fill(say.m.removeFilter, { label }));
					b.addEventListener('click', () => {
						const field = form.elements.namedItem(key) as HTMLInputElement | HTMLSelectElement | null;
						if (field) field.value = '';
						submit();
					});
					li.append(b);
					return li;
				}),
			);
			chipList.hidden = activeFilters.length === 0;
		},
	};
}
