/**
 * The map's one client mount. It reads its data from a JSON block in the page and
 * enhances the server-rendered SVG: zoom and pan, the timeline's filters and window (the
 * same URL parameters, through the timeline's own modules), a card on hover or focus and
 * a chosen place. What it computes lives in src/map/ and src/timeline/.
 */
import type { MapText } from '../i18n/areas.ts';
import { fill, formatNumber, plural } from '../i18n/format.ts';
import { pageWording } from './page-wording.ts';
import type { MapWording } from '../map/markers.ts';
import { markerCounts } from '../map/map-counts.ts';
import type { MapData } from '../map/map-view.ts';
import { eventCount, markerName, markerRadius } from '../map/markers.ts';
import { humanRange } from '../timeline/chart-text.ts';
import { filterEvents, searchTexts } from '../timeline/filter-events.ts';
import { unpackTimeline, type TimelineData } from '../timeline/timeline-data.ts';
import { emptyFilters, encodeView, fieldDay, type Filters, type ViewState } from '../timeline/view-state.ts';
import { showCard, showSelection, type PlaceSummary } from './map-cards.ts';
import { mapZoom } from './map-zoom.ts';
import { urlState } from './timeline-url.ts';

performance.mark('map:start');

for (const root of document.querySelectorAll<HTMLElement>('[data-map]:not([data-map-mounted])')) {
	root.dataset.mapMounted = '';
	let say: MapWording | undefined;
	try {
		say = pageWording<MapText>(root.dataset.text);
		mount(root, say);
	} catch (error) {
		const p = document.createElement('p');
		p.className = 'map-error';
		p.setAttribute('role', 'status');
		const reason = (error as Error).message;
		// Without its own text the page says what is missing as it is.
		p.textContent = say ? fill(say.m.failed, { reason }) : reason;
		root.prepend(p);
	}
}

interface Marker { a: SVGAElement; circle: SVGCircleElement; id: string; name: string; place: number; beyond: boolean; item: HTMLElement | null; x: number; y: number }

function readData(root: HTMLElement, say: MapWording): MapData {
	const raw = JSON.parse(document.getElementById(root.dataset.source ?? '')?.textContent ?? 'null') as MapData | null;
	if (!raw || raw.v !== 1) throw new Error(say.m.noData);
	return raw;
}

/** Whether place `p` is `target` or lies inside it. */
function within(data: TimelineData, p: number, target: number): boolean {
	for (let guard = 0; p >= 0 && guard < 64; guard++, p = data.places[p]!.parent) if (p === target) return true;
	return false;
}

function mount(root: HTMLElement, say: MapWording) {
	const raw = readData(root, say);
	const data = unpackTimeline(raw.tl);
	const svg = root.querySelector<SVGSVGElement>('[data-map-svg]')!;
	const stage = root.querySelector<HTMLElement>('[data-map-stage]')!;
	const card = root.querySelector<HTMLElement>('[data-map-card]')!;
	const panel = root.querySelector<HTMLElement>('[data-map-selection]')!;
	const status = root.querySelector<HTMLElement>('[data-map-status]')!;
	const list = root.querySelector<HTMLElement>('[data-map-list]');
	const items = new Map([...root.querySelectorAll<HTMLElement>('[data-place-item]')].map((li) => [li.dataset.placeItem!, li]));
	const markers: Marker[] = [...svg.querySelectorAll<SVGAElement>('a[data-place]')].map((a, i) => {
		const circle = a.querySelector('circle')!;
		const id = a.dataset.place!;
		const name = items.get(id)?.querySelector('a')?.textContent ?? id;
		return { a, circle, id, name, place: raw.mk[i] ?? -1, beyond: a.classList.contains('map-marker--beyond'), item: items.get(id) ?? null, x: Number(circle.getAttribute('cx')), y: Number(circle.getAttribute('cy')) };
	});
	if (markers.length !== raw.mk.length) throw new Error(`the map has ${markers.length} markers but its data ${raw.mk.length}; rebuild the site`);
	const eventHref = (i: number) => raw.eu.replace('{id}', raw.ei[i]!);
	const placeHref = (id: string) => raw.pu.replace('{id}', id);
	let texts: string[] | undefined;
	let counts = markerCounts(data, new Uint8Array(data.size).fill(1), raw.mk, null);

	const url = urlState(true, data.types.map((t) => t.id), (next) => {
		view = next;
		form.write(view);
		apply();
	});
	let view: ViewState = url.initial;
	const change = (next: ViewState, history: 'push' | 'replace' = 'push') => {
		view = next;
		apply();
		if (history === 'push') url.push(view);
		else url.replaceSoon(() => view);
	};
	const form = filterForm(root, say, () => view, change);
	const zoom = mapZoom(svg, svg.querySelector<SVGGElement>('[data-map-layer]')!, markers.map((m) => m.circle), matchMedia('(prefers-reduced-motion: reduce)').matches);
	const summary = (m: number, keep = 5): PlaceSummary => ({
		name: markers[m]!.name,
		count: counts.counts[m]!,
		events: counts.latest[m]!.slice(0, keep).map((i) => ({ title: raw.ti[i]!, date: raw.dt[i]!, href: eventHref(i) })),
	});

	function apply() {
		const f: Filters = { ...view.filters, place: '' };
		if (f.q.trim()) texts ??= searchTexts(data, raw.ti);
		const pass = filterEvents(data, f, texts ?? []);
		counts = markerCounts(data, pass, raw.mk, Array.isArray(view.window) ? view.window : null);
		const max = Math.max(0, ...counts.counts);
		const filtering = counts.total < data.size;
		const chosen = markers.findIndex((m) => m.id === view.filters.place);
		const target = view.filters.place ? data.places.findIndex((p) => p.id === view.filters.place) : -1;
		markers.forEach((m, k) => {
			const n = counts.counts[k]!;
			m.circle.dataset.r = String(markerRadius(n, max));
			zoom.size(m.circle);
			m.a.setAttribute('aria-label', markerName(say, m.name, n, m.beyond));
			m.a.classList.toggle('map-marker--empty', n === 0);
			m.a.toggleAttribute('data-dim', Boolean(view.filters.place) && !(m.place >= 0 && target >= 0 && within(data, m.place, target)));
			if (k === chosen) m.a.setAttribute('aria-current', 'true');
			else m.a.removeAttribute('aria-current');
			if (m.item) {
				m.item.querySelector('[data-n]')!.textContent = eventCount(say, n);
				m.item.hidden = filtering && n === 0 && k !== chosen;
				if (k === chosen) m.item.setAttribute('aria-current', 'true');
				else m.item.removeAttribute('aria-current');
			}
		});
		// The list stays busiest first under the filters (ties in the page's order: by name).
		const ranked = markers.map((_, k) => k).filter((k) => markers[k]!.item).sort((a, b) => counts.counts[b]! - counts.counts[a]! || a - b);
		list?.append(...ranked.map((k) => markers[k]!.item!));
		const places = counts.counts.filter((n) => n > 0).length;
		status.textContent = fill(filtering ? say.m.statusFiltered : say.m.status, { events: eventCount(say, counts.total), places: plural(say.locale, say.m.places, places) });
		form.showWindow(view.window);
		if (chosen >= 0) showSelection(say, panel, summary(chosen), { page: placeHref(markers[chosen]!.id), timeline: raw.tu + encodeView(view) }, () => change({ ...view, filters: { ...view.filters, place: '' } }));
		else panel.hidden = true;
		root.dataset.mapReady = '';
	}

	markers.forEach((m, k) => {
		const show = () => {
			m.a.setAttribute('data-hover', '');
			showCard(say, stage, card, m.a, summary(k, 3));
		};
		const hide = () => {
			m.a.removeAttribute('data-hover');
			card.hidden = true;
		};
		m.a.addEventListener('pointerenter', show);
		m.a.addEventListener('pointerleave', hide);
		m.a.addEventListener('focus', () => {
			zoom.reveal(m.x, m.y);
			show();
		});
		m.a.addEventListener('blur', hide);
		// The first choice filters to the place; choosing it again opens its page.
		m.a.addEventListener('click', (event) => {
			if (view.filters.place === m.id) return;
			event.preventDefault();
			change({ ...view, filters: { ...view.filters, place: m.id } });
		});
	});
	stage.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && view.filters.place) change({ ...view, filters: { ...view.filters, place: '' } });
	});
	for (const b of root.querySelectorAll<HTMLButtonElement>('[data-map-zoom-by]')) {
		const by = b.dataset.mapZoomBy;
		b.addEventListener('click', () => (by === 'reset' ? zoom.reset() : zoom.by(by === 'in' ? 2 : 0.5)));
	}
	for (const el of root.querySelectorAll<HTMLElement>('[data-map-zoom], [data-map-help]')) el.hidden = false;
	form.write(view);
	apply();
	performance.mark('map:ready');
}

interface FilterForm {
	write(view: ViewState): void;
	showWindow(window: ViewState['window']): void;
}

/** The filter form: the timeline's filters but one type at a time (a set of types chosen on the timeline is kept as it is). */
function filterForm(root: HTMLElement, say: MapWording, view: () => ViewState, change: (next: ViewState, history?: 'push' | 'replace') => void): FilterForm {
	const form = root.querySelector<HTMLFormElement>('[data-map-filters]')!;
	const type = form.elements.namedItem('type') as HTMLSelectElement;
	const windowNote = root.querySelector<HTMLElement>('[data-map-window]')!;
	form.hidden = false;
	const read = (): Filters => {
		const fd = new FormData(form);
		const get = (k: string) => String(fd.get(k) ?? '');
		return { q: get('q'), types: get('type').split(',').filter(Boolean), actor: get('actor'), place: view().filters.place, from: fieldDay(get('from'), 'from'), to: fieldDay(get('to'), 'to') };
	};
	let typing = 0;
	form.addEventListener('input', (event) => {
		clearTimeout(typing);
		const run = () => change({ ...view(), filters: read() });
		// Typed text (the words, the dates) is applied after a pause, so each keystroke is not a history entry.
		if (['q', 'from', 'to'].includes((event.target as HTMLElement).getAttribute('name') ?? '')) typing = window.setTimeout(run, 250);
		else run();
	});
	form.addEventListener('submit', (event) => event.preventDefault());
	form.addEventListener('reset', () => setTimeout(() => change({ ...view(), window: null, filters: emptyFilters() })));
	return {
		write(v) {
			for (const name of ['q', 'actor', 'from', 'to'] as const) (form.elements.namedItem(name) as HTMLInputElement).value = v.filters[name];
			type.querySelector('[data-several]')?.remove();
			if (v.filters.types.length > 1) {
				const several = new Option(fill(say.m.severalTypes, { n: formatNumber(say.locale, v.filters.types.length) }), v.filters.types.join(','));
				several.dataset.several = '';
				type.add(several, 1);
			}
			type.value = v.filters.types.join(',');
		},
		showWindow(w) {
			windowNote.hidden = !Array.isArray(w);
			if (!Array.isArray(w)) return;
			const all = document.createElement('button');
			all.type = 'button';
			all.className = 'map-button';
			all.textContent = say.m.allDates;
			all.addEventListener('click', () => change({ ...view(), window: null }));
			windowNote.replaceChildren(fill(say.m.inWindow, { range: humanRange(say.locale, w[0], w[1]) }), all);
		},
	};
}
