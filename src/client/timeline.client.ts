/**
 * The timeline's one client mount. It reads its configuration from data-* attributes
 * and its data from a JSON block in the page, then enhances the server-rendered list:
 * a zoomable canvas chart with lanes, an overview with a brush, filters whose state
 * lives in the URL, and keyboard access. Everything it draws is computed by the pure
 * modules in src/timeline/; this file only wires them to the DOM.
 */
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { zoomGesture } from '../timeline/zoom-gesture.ts';
import { brushX, type D3BrushEvent } from 'd3-brush';
import { unpackTimeline, type TimelineData } from '../timeline/timeline-data.ts';
import { filterEvents, searchTexts } from '../timeline/filter-events.ts';
import { assignLanes, markExtent, packLanes, Packing, type Lane } from '../timeline/lanes.ts';
import { frameLayout, type FrameLayout } from '../timeline/frame-layout.ts';
import { renderFrame, type Palette } from '../timeline/render-frame.ts';
import { clampWindow, contextLabel, fullWindow, MIN_WINDOW_DAYS, ticks, timeScale, windowOf, type TimeScale } from '../timeline/time-scale.ts';
import { density } from '../timeline/density.ts';
import { stackedHistogram } from '../timeline/marks/stacked-histogram.ts';
import { eventCard } from '../timeline/event-card.ts';
import { openingWindow } from '../timeline/opening-window.ts';
import { decodeView, encodeView, sameFilters, type Filters, type LaneMode, type ViewState } from '../timeline/view-state.ts';
import { isoOfDay } from '../timeline/days.ts';
import { formatDate, parseFuzzyDate } from '../lib/dates.ts';

const OVERVIEW_HEIGHT = 44;
const BIN_WIDTH = 3;

declare global {
	interface Window {
		/** Set by the benchmark harness to collect the duration of each drawn frame. */
		__timelineFrameTimes?: number[];
	}
}

performance.mark('timeline:start');

// This script is included right after each timeline's data, before its list, so the
// chart draws while the (possibly very long) list is still being parsed. Each root is
// mounted once, however many times the script is included.
for (const root of document.querySelectorAll<HTMLElement>('[data-timeline]:not([data-tl-mounted])')) {
	root.dataset.tlMounted = '';
	try {
		mount(root);
	} catch (error) {
		// The list below still works; say what failed instead of leaving a blank chart.
		fail(root, `The interactive timeline could not start (${(error as Error).message}). The list of events below is complete.`);
	}
}

function fail(root: HTMLElement, message: string) {
	const p = document.createElement('p');
	p.className = 'tl-error';
	p.setAttribute('role', 'status');
	p.textContent = message;
	root.prepend(p);
	root.querySelector<HTMLElement>('[data-tl-chart]')?.setAttribute('hidden', '');
}

function mount(root: HTMLElement) {
	const source = document.getElementById(root.dataset.source ?? '');
	const data: TimelineData = unpackTimeline(JSON.parse(source?.textContent ?? 'null'));
	if (data.size === 0) return;
	const compact = root.hasAttribute('data-compact');
	const ownsUrl = root.hasAttribute('data-url-state');
	const $ = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
	const chart = $<HTMLElement>('[data-tl-chart]');
	const form = root.querySelector<HTMLFormElement>('[data-tl-filters]');
	const stage = $<HTMLElement>('[data-tl-stage]');
	const canvas = $<HTMLCanvasElement>('[data-tl-canvas]');
	const card = $<HTMLElement>('[data-tl-card]');
	const overview = $<HTMLCanvasElement>('[data-tl-overview]');
	const brushSvg = $<SVGSVGElement>('[data-tl-brush]');
	const countEl = $<HTMLElement>('[data-tl-count]');
	const inViewEl = $<HTMLElement>('[data-tl-inview]');
	const announce = $<HTMLElement>('[data-tl-announce]');
	const legend = [...root.querySelectorAll<HTMLButtonElement>('[data-tl-type]')];
	chart.hidden = false;
	if (form) form.hidden = false;
	const ctx = canvas.getContext('2d')!;
	const octx = overview.getContext('2d')!;
	const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');
	const dark = matchMedia('(prefers-color-scheme: dark)');

	// The list: item i is event i of the data. It may still be loading when the chart
	// first draws; titles, links and filtering of the list wait for it.
	let items: HTMLLIElement[] = [];
	let months: { el: HTMLElement; from: number; to: number }[] = [];
	let years: HTMLElement[] = [];
	let listReady = false;
	const link = (i: number) => items[i]!.querySelector<HTMLAnchorElement>('.event-item__title a')!;
	const dateText = (i: number) => items[i]!.querySelector('time')?.textContent ?? '';
	let texts: string[] | undefined;

	function attachList() {
		items = [...root.querySelectorAll<HTMLLIElement>('.event-item')];
		if (items.length !== data.size) {
			fail(root, `The interactive timeline could not start (the list has ${items.length} events but its data ${data.size}; rebuild the site). The list of events below is complete.`);
			return;
		}
		// Month sections hold consecutive items of the list: [from, to) in list order.
		let next = 0;
		months = [...root.querySelectorAll<HTMLElement>('.timeline-month')].map((el) => {
			const from = next;
			next += el.querySelectorAll('.event-item').length;
			return { el, from, to: next };
		});
		years = [...root.querySelectorAll<HTMLElement>('.timeline-year')];
		listReady = true;
		root.dataset.tlReady = '';
		// A text filter from the URL could not be applied without the titles.
		if (view.filters.q.trim()) applyFilters('none');
		else updateList();
	}

	let view: ViewState = ownsUrl ? decodeView(location.search, data.types.map((t) => t.id)) : decodeView('');
	let pass: Uint8Array = new Uint8Array(data.size);
	let lanes: Lane[] = [];
	let layout: FrameLayout;
	let width = 0;
	let base: TimeScale;
	let transform: ZoomTransform = zoomIdentity;
	const full = fullWindow(data.first, data.last);
	const opening = openingWindow(data.first, data.last);
	const resolve = (w: ViewState['window']): [number, number] => (w === 'all' ? full : w ?? opening);
	const same = (a: readonly [number, number], b: readonly [number, number]) => Math.abs(a[0] - b[0]) < 1 && Math.abs(a[1] - b[1]) < 1;
	const packing = new Packing();
	let ys: Float32Array = new Float32Array(0);
	let hover = -1;
	let focus = -1;
	let palette = readPalette();
	let passOrder: number[] = [];
	let firstDrawn = false;

	const zoom = d3zoom<HTMLCanvasElement, unknown>()
		.scaleExtent([1, (full[1] - full[0]) / MIN_WINDOW_DAYS])
		.filter(zoomGesture)
		.on('zoom', (event: D3ZoomEvent<HTMLCanvasElement, unknown>) => {
			transform = event.transform;
			requestDraw();
			syncBrush();
			if (event.sourceEvent) saveWindowSoon();
		});
	// Double-click zooms with d3's own transition: none when the reader asks for less motion.
	zoom.duration(reduceMotion.matches ? 0 : 250);
	const canvasSel = select(canvas).call(zoom);
	// The browser scrolls the page on vertical swipes; d3 takes only two-finger gestures (zoomGesture).
	canvas.style.touchAction = 'pan-y';

	const brush = brushX<unknown>().handleSize(12).on('brush end', (event: D3BrushEvent<unknown>) => {
		if (!event.sourceEvent || !event.selection) return;
		const [x0, x1] = event.selection as [number, number];
		setWindow([dayAt(base, x0), dayAt(base, x1)], false);
	});
	const brushG = select(brushSvg).append('g').attr('class', 'tl-brush');

	// --- geometry -----------------------------------------------------------------
	function resize() {
		width = Math.max(280, stage.clientWidth);
		const w = currentWindow();
		layout = frameLayout(lanes, width, compact);
		sizeCanvas(canvas, ctx, width, layout.height);
		sizeCanvas(overview, octx, width, OVERVIEW_HEIGHT);
		base = timeScale(full, [layout.left, layout.right]);
		zoom.extent([[layout.left, 0], [layout.right, layout.height]]).translateExtent([[layout.left, -Infinity], [layout.right, Infinity]]);
		brushSvg.setAttribute('viewBox', `0 0 ${width} ${OVERVIEW_HEIGHT}`);
		brushSvg.setAttribute('width', String(width));
		brushSvg.setAttribute('height', String(OVERVIEW_HEIGHT));
		brush.extent([[layout.left, 0], [layout.right, OVERVIEW_HEIGHT]]);
		brushG.call(brush);
		if (w) setWindow(w, false, true);
		drawOverview();
		requestDraw();
	}

	function currentWindow(): [number, number] | null {
		return base ? (windowOf(transform.rescaleX(base)) as [number, number]) : resolve(view.window);
	}

	function transformFor(w: readonly [number, number]): ZoomTransform {
		const [a, b] = clampWindow(w, full);
		const k = (layout.right - layout.left) / (dayX(base, b) - dayX(base, a));
		return zoomIdentity.translate(layout.left - k * dayX(base, a), 0).scale(k);
	}

	let animation = 0;
	function setWindow(w: readonly [number, number], animate: boolean, silent = false) {
		cancelAnimationFrame(animation);
		const target = transformFor(w);
		if (!animate || reduceMotion.matches) {
			zoom.transform(canvasSel, target);
			if (!silent) saveWindowSoon();
			return;
		}
		const from = currentWindow()!;
		const to = windowOf(target.rescaleX(base));
		const t0 = performance.now();
		const step = (now: number) => {
			const t = Math.min(1, (now - t0) / 280);
			const e = 1 - (1 - t) ** 3;
			zoom.transform(canvasSel, transformFor([from[0] + (to[0] - from[0]) * e, from[1] + (to[1] - from[1]) * e]));
			if (t < 1) animation = requestAnimationFrame(step);
			else if (!silent) saveWindowSoon();
		};
		animation = requestAnimationFrame(step);
	}

	function zoomBy(factor: number, centreDay?: number) {
		const [a, b] = currentWindow()!;
		const c = centreDay ?? (a + b) / 2;
		const span = (b - a) / factor;
		const ratio = (c - a) / (b - a);
		setWindow([c - span * ratio, c - span * ratio + span], true);
	}

	function panBy(fraction: number) {
		const [a, b] = currentWindow()!;
		const d = (b - a) * fraction;
		setWindow([a + d, b + d], true);
	}

	// --- drawing ------------------------------------------------------------------
	let frame = 0;
	function requestDraw() {
		if (!frame) frame = requestAnimationFrame(draw);
	}

	function draw() {
		frame = 0;
		const t0 = performance.now();
		const scale = transform.rescaleX(base);
		const [d0, d1] = windowOf(scale);
		const a = (layout.right - layout.left) / (d1 - d0);
		const b = layout.left - a * d0;
		packLanes(data, lanes, { a, b, left: layout.left, right: layout.right, rows: layout.rows, radius: layout.radius, gap: 2, binWidth: BIN_WIDTH }, packing);
		ctx.save();
		ctx.beginPath();
		ys = renderFrame(ctx, {
			data,
			lanes,
			packing,
			layout,
			ticks: ticks(scale, width < 500 ? 70 : 90),
			context: contextLabel(scale),
			palette,
			binWidth: BIN_WIDTH,
			hover,
			focus,
			focusAt: focus >= 0 ? focusPoint(focus, a, b) : undefined,
		});
		ctx.restore();
		let inView = 0;
		for (const n of packing.inView) inView += n;
		const text = view.lanes === 'type' ? `${inView} in view, ${humanRange(d0, d1)}` : humanRange(d0, d1);
		if (inViewEl.textContent !== text) inViewEl.textContent = text;
		if (focus >= 0 && !card.hidden && cardFor === focus) placeCard(focus);
		window.__timelineFrameTimes?.push(performance.now() - t0);
		if (!firstDrawn) {
			firstDrawn = true;
			performance.mark('timeline:first-render');
		}
	}

	function focusPoint(i: number, a: number, b: number) {
		const l = lanes.findIndex((lane) => lane.events.includes(i));
		if (l < 0) return undefined;
		const [x0, x1] = markExtent(data, i, { a, b, radius: layout.radius });
		const x = (data.flags[i]! & 3) === 0 ? (x0 + x1) / 2 : Math.max(x0, layout.left);
		return { x, y: layout.lanes[l]!.stripTop + 2 };
	}

	function drawOverview() {
		octx.clearRect(0, 0, width, OVERVIEW_HEIGHT);
		const bins = Math.max(20, Math.round((layout.right - layout.left) / 4));
		const d = density(data, pass, full, bins);
		octx.fillStyle = palette.band;
		octx.fillRect(layout.left, 0, layout.right - layout.left, OVERVIEW_HEIGHT);
		stackedHistogram(octx, d, layout.left, layout.right - layout.left, OVERVIEW_HEIGHT - 1, OVERVIEW_HEIGHT - 16, palette.types);
		octx.fillStyle = palette.muted;
		octx.fillRect(layout.left, OVERVIEW_HEIGHT - 1, layout.right - layout.left, 1);
		// Ticks along the overview, so the brush can be read without the main axis.
		octx.font = palette.font;
		octx.textBaseline = 'top';
		for (const t of ticks(base, 110)) {
			octx.fillStyle = palette.muted;
			octx.fillRect(Math.round(t.x), 0, 1, 12);
			if (t.x + 3 + octx.measureText(t.label).width < layout.right) octx.fillText(t.label, t.x + 3, 1);
		}
	}

	let syncing = false;
	function syncBrush() {
		if (syncing || !base) return;
		syncing = true;
		const [a, b] = windowOf(transform.rescaleX(base));
		// The whole period needs no selection; a window shows as one.
		brushG.call(brush.move, transform.k <= 1.0001 ? null : [dayX(base, a), dayX(base, b)]);
		syncing = false;
	}

	// --- filters ------------------------------------------------------------------
	function applyFilters(history: 'push' | 'none') {
		if (view.filters.q.trim() && !texts && listReady) texts = searchTexts(data, items.map((_, i) => link(i).textContent ?? ''));
		const t = texts ?? [];
		pass = filterEvents(data, texts ? view.filters : { ...view.filters, q: '' }, t);
		passOrder = [...data.order].filter((i) => pass[i]);
		lanes = assignLanes(data, pass, view.lanes);
		const shown = passOrder.length;
		updateList();
		const noun = data.size === 1 ? 'event' : 'events';
		countEl.textContent = shown === data.size ? `${data.size} ${noun}` : shown === 0 ? `No events match these filters (of ${data.size})` : `${shown} of ${data.size} ${noun} match`;
		// Legend counts ignore the type filter, so a switched-off type still says what it would add.
		const withoutTypes = filterEvents(data, { ...view.filters, q: texts ? view.filters.q : '', types: [] }, t);
		const perType = new Array(data.types.length).fill(0);
		for (let i = 0; i < data.size; i++) if (withoutTypes[i]) perType[data.type[i]!]++;
		for (const b of legend) {
			const ti = data.types.findIndex((x) => x.id === b.dataset.tlType);
			const on = view.filters.types.length === 0 || view.filters.types.includes(b.dataset.tlType!);
			b.setAttribute('aria-pressed', String(on));
			const n = b.querySelector('[data-tl-n]');
			if (n) n.textContent = String(perType[ti] ?? 0);
			b.closest('li')!.hidden = (perType[ti] ?? 0) === 0 && !view.filters.types.includes(b.dataset.tlType!);
		}
		if (focus >= 0 && !pass[focus]) setFocus(-1);
		if (width) {
			const w = currentWindow();
			const before = layout?.height;
			layout = frameLayout(lanes, width, compact);
			if (layout.height !== before) {
				sizeCanvas(canvas, ctx, width, layout.height);
				zoom.extent([[layout.left, 0], [layout.right, layout.height]]);
				if (w) zoom.transform(canvasSel, transformFor(w));
			}
			drawOverview();
			requestDraw();
		}
		if (history === 'push' && ownsUrl) {
			const url = encodeView(view, location.search);
			if (url !== location.search) window.history.pushState(null, '', url || location.pathname);
		}
	}

	function updateList() {
		if (!listReady) return;
		for (let i = 0; i < data.size; i++) {
			const hide = !pass[i];
			if (items[i]!.hidden !== hide) items[i]!.hidden = hide;
		}
		for (const m of months) {
			let any = false;
			for (let i = m.from; i < m.to && !any; i++) any = pass[i] === 1;
			if (m.el.hidden === any) m.el.hidden = !any;
		}
		for (const y of years) y.hidden = !y.querySelector('.timeline-month:not([hidden])');
	}

	function readForm(): Filters {
		if (!form) return view.filters;
		const fd = new FormData(form);
		const get = (k: string) => String(fd.get(k) ?? '');
		return { q: get('q'), types: view.filters.types, actor: get('actor'), place: get('place'), from: get('from'), to: get('to') };
	}

	function writeForm() {
		if (!form) return;
		const set = (name: string, value: string) => {
			const el = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
			if (el) el.value = value;
		};
		set('q', view.filters.q);
		set('actor', view.filters.actor);
		set('place', view.filters.place);
		set('from', view.filters.from);
		set('to', view.filters.to);
		for (const r of root.querySelectorAll<HTMLInputElement>('input[name="lanes"]')) r.checked = r.value === view.lanes;
	}

	let typing = 0;
	form?.addEventListener('input', (event) => {
		const next = readForm();
		if (sameFilters(next, view.filters)) return;
		clearTimeout(typing);
		const run = () => {
			view = { ...view, filters: readForm() };
			applyFilters('push');
		};
		// Text is applied after a pause, so each keystroke is not a history entry.
		if ((event.target as HTMLElement).getAttribute('name') === 'q') typing = window.setTimeout(run, 250);
		else run();
	});
	form?.addEventListener('submit', (event) => event.preventDefault());
	form?.addEventListener('reset', () => {
		setTimeout(() => {
			view = { ...view, filters: { q: '', types: [], actor: '', place: '', from: '', to: '' } };
			applyFilters('push');
		});
	});
	for (const b of legend) {
		b.addEventListener('click', () => {
			const id = b.dataset.tlType!;
			const all = data.types.map((t) => t.id);
			const on = new Set(view.filters.types.length ? view.filters.types : all);
			if (on.has(id)) on.delete(id);
			else on.add(id);
			// Switching the last type off shows everything again rather than nothing.
			const types = on.size === all.length || on.size === 0 ? [] : all.filter((t) => on.has(t));
			view = { ...view, filters: { ...view.filters, types } };
			applyFilters('push');
		});
	}
	for (const r of root.querySelectorAll<HTMLInputElement>('input[name="lanes"]')) {
		r.addEventListener('change', () => {
			view = { ...view, lanes: r.value as LaneMode };
			applyFilters('push');
		});
	}

	let saveTimer = 0;
	function saveWindowSoon() {
		if (!ownsUrl) return;
		clearTimeout(saveTimer);
		saveTimer = window.setTimeout(() => {
			const [a, b] = currentWindow()!;
			const shown: [number, number] = [Math.round(a), Math.max(Math.round(a) + 1, Math.round(b))];
			const zoomedOut = transform.k <= 1.0001;
			view = { ...view, window: same([a, b], opening) ? null : zoomedOut ? 'all' : shown };
			const url = encodeView(view, location.search);
			if (url !== location.search) window.history.replaceState(null, '', url || location.pathname);
		}, 200);
	}

	window.addEventListener('popstate', () => {
		if (!ownsUrl) return;
		view = decodeView(location.search, data.types.map((t) => t.id));
		writeForm();
		applyFilters('none');
		setWindow(resolve(view.window), false, true);
	});

	// --- pointer and keyboard -------------------------------------------------------
	function hitTest(x: number, y: number): number {
		let best = -1;
		let bestD = Infinity;
		for (let k = 0; k < packing.count; k++) {
			const dy = Math.abs(ys[k]! - y);
			if (dy > layout.rowHeight / 2 + 1) continue;
			const x0 = packing.x0[k]! - 2;
			const x1 = packing.x1[k]! + 2;
			const dx = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
			if (dx > 3) continue;
			const d = dx + dy / 4;
			if (d < bestD) [best, bestD] = [packing.event[k]!, d];
		}
		return best;
	}

	canvas.addEventListener('pointermove', (event) => {
		if (event.buttons) return;
		const r = canvas.getBoundingClientRect();
		const i = hitTest(event.clientX - r.left, event.clientY - r.top);
		canvas.style.cursor = i >= 0 ? 'pointer' : 'grab';
		if (i === hover) return;
		hover = i;
		if (i >= 0) showCard(i);
		else if (focus >= 0) showCard(focus);
		else hideCard();
		requestDraw();
	});
	canvas.addEventListener('pointerleave', () => {
		hover = -1;
		if (focus >= 0) showCard(focus);
		else hideCard();
		requestDraw();
	});
	canvas.addEventListener('click', (event) => {
		const r = canvas.getBoundingClientRect();
		const i = hitTest(event.clientX - r.left, event.clientY - r.top);
		if (i >= 0) open(i);
	});

	function open(i: number) {
		if (listReady) location.href = link(i).href;
	}

	let cardFor = -1;
	function showCard(i: number) {
		if (!listReady) return;
		const c = eventCard(data, i, link(i).textContent ?? '', dateText(i));
		card.replaceChildren();
		const add = (tag: string, cls: string, text: string) => {
			const el = document.createElement(tag);
			el.className = cls;
			el.textContent = text;
			card.append(el);
			return el;
		};
		const meta = add('p', 'tl-card__meta', '');
		const sw = document.createElement('span');
		sw.className = 'tl-card__type';
		sw.style.setProperty('--c', palette.types[data.type[i]!]!);
		sw.textContent = c.type;
		meta.append(sw, document.createTextNode(` · ${c.date}`));
		add('p', 'tl-card__title', c.title);
		if (c.places.length) add('p', 'tl-card__line', `Where: ${c.places.join(', ')}`);
		if (c.actors.length) add('p', 'tl-card__line', `Who: ${c.actors.join(', ')}`);
		for (const alleged of c.attributions) add('p', 'tl-card__line', alleged);
		for (const claim of c.claims) add('p', 'tl-card__claim', claim);
		add('p', 'tl-card__hint', 'Click or press Enter to open');
		card.hidden = false;
		cardFor = i;
		placeCard(i);
	}

	function placeCard(i: number) {
		let x = layout.left;
		let y = layout.axisHeight;
		let found = false;
		for (let k = 0; k < packing.count; k++) {
			if (packing.event[k] !== i) continue;
			x = (data.flags[i]! & 3) === 0 ? (packing.x0[k]! + packing.x1[k]!) / 2 : Math.max(packing.x0[k]!, layout.left);
			y = ys[k]!;
			found = true;
			break;
		}
		if (!found) {
			const scale = transform.rescaleX(base);
			const [d0, d1] = windowOf(scale);
			const a = (layout.right - layout.left) / (d1 - d0);
			const p = focusPoint(i, a, layout.left - a * d0);
			if (p) [x, y] = [p.x, p.y];
		}
		const w = card.offsetWidth;
		const h = card.offsetHeight;
		const left = Math.min(Math.max(4, x + 14), width - w - 4);
		const top = y + 14 + h > layout.height ? Math.max(0, y - h - 12) : y + 14;
		card.style.transform = `translate(${Math.round(x + 14 + w > width ? Math.max(4, x - w - 14) : left)}px, ${Math.round(top)}px)`;
	}

	function hideCard() {
		card.hidden = true;
		cardFor = -1;
	}

	function setFocus(i: number) {
		focus = i;
		if (i < 0) {
			hideCard();
			announce.textContent = '';
			requestDraw();
			return;
		}
		const [a, b] = currentWindow()!;
		if (data.end[i]! <= a || data.start[i]! >= b) {
			const span = b - a;
			const centre = (data.start[i]! + Math.min(data.end[i]!, data.start[i]! + span / 2)) / 2;
			setWindow([centre - span / 2, centre + span / 2], true);
		}
		requestDraw();
		// Place the card once the frame has laid the mark out.
		requestAnimationFrame(() => showCard(i));
		if (!listReady) return;
		const c = eventCard(data, i, link(i).textContent ?? '', dateText(i));
		const n = passOrder.indexOf(i) + 1;
		announce.textContent = `${c.title}. ${c.date}. ${c.type}${c.places.length ? `, ${c.places.join(', ')}` : ''}. Event ${n} of ${passOrder.length}. Press Enter to open.`;
	}

	function step(direction: 1 | -1) {
		if (!passOrder.length) return;
		let k = passOrder.indexOf(focus);
		if (k < 0) {
			// Start from the view: the first event to start in it, or the last to start before its end.
			const [a, b] = currentWindow()!;
			k = direction > 0 ? passOrder.findIndex((i) => data.start[i]! >= Math.floor(a)) : findLastIndex(passOrder, (i) => data.start[i]! < b);
			if (k < 0) k = direction > 0 ? 0 : passOrder.length - 1;
		} else k = Math.min(passOrder.length - 1, Math.max(0, k + direction));
		setFocus(passOrder[k]!);
	}

	stage.addEventListener('keydown', (event) => {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		const key = event.key;
		let handled = true;
		if (key === 'ArrowRight' || key === 'ArrowLeft') {
			const dir = key === 'ArrowRight' ? 1 : -1;
			if (event.shiftKey) panBy(dir * 0.25);
			else step(dir);
		} else if (key === 'Home') setFocus(passOrder[0] ?? -1);
		else if (key === 'End') setFocus(passOrder[passOrder.length - 1] ?? -1);
		else if (key === 'Enter' && focus >= 0) open(focus);
		else if (key === '+' || key === '=') zoomBy(2, focus >= 0 ? (data.start[focus]! + data.end[focus]!) / 2 : undefined);
		else if (key === '-' || key === '_') zoomBy(0.5);
		else if (key === '0') setWindow(full, true);
		else if (key === 'Escape') setFocus(-1);
		else handled = false;
		if (handled) event.preventDefault();
	});
	stage.addEventListener('blur', () => {
		if (hover < 0) hideCard();
	});
	stage.addEventListener('focus', () => {
		if (focus >= 0) showCard(focus);
	});

	for (const b of root.querySelectorAll<HTMLButtonElement>('[data-tl-zoom]')) {
		b.addEventListener('click', () => {
			const action = b.dataset.tlZoom;
			if (action === 'in') zoomBy(2);
			else if (action === 'out') zoomBy(0.5);
			else setWindow(full, true);
		});
	}

	dark.addEventListener('change', () => {
		palette = readPalette();
		drawOverview();
		requestDraw();
	});

	function readPalette(): Palette {
		const css = getComputedStyle(root);
		const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
		const family = css.fontFamily || 'system-ui, sans-serif';
		return {
			types: data.types.map((t) => v(`--tl-${t.id}`, '#666')),
			ink: v('--tl-ink', '#1d1d1b'),
			muted: v('--tl-muted', '#6b6b66'),
			grid: v('--tl-grid', '#e4e1d8'),
			band: v('--tl-band', 'rgba(0,0,0,0.025)'),
			bg: v('--tl-bg', '#fff'),
			focus: v('--tl-focus', '#1f5c4a'),
			font: `11px ${family}`,
			boldFont: `600 11px ${family}`,
		};
	}

	// --- start ------------------------------------------------------------------------
	writeForm();
	applyFilters('none');
	new ResizeObserver(() => {
		if (Math.abs(stage.clientWidth - width) > 1) resize();
	}).observe(stage);
	resize();
	setWindow(resolve(view.window), false, true);
	draw();
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', attachList, { once: true });
	else attachList();
}

// --- helpers ------------------------------------------------------------------------
function dayX(scale: TimeScale, day: number) {
	return scale(new Date(day * 86_400_000));
}
function dayAt(scale: TimeScale, x: number) {
	return scale.invert(x).getTime() / 86_400_000;
}

function sizeCanvas(c: HTMLCanvasElement, context: CanvasRenderingContext2D, w: number, h: number) {
	const dpr = Math.min(2, window.devicePixelRatio || 1);
	c.width = Math.round(w * dpr);
	c.height = Math.round(h * dpr);
	c.style.width = `${w}px`;
	c.style.height = `${h}px`;
	context.setTransform(dpr, 0, 0, dpr, 0, 0);
}

/** The visible window in words: "4–12 March 2025". */
function humanRange(d0: number, d1: number) {
	const a = isoOfDay(Math.round(d0));
	const b = isoOfDay(Math.max(Math.round(d0), Math.round(d1) - 1));
	const parsed = parseFuzzyDate(a === b ? a : `${a}/${b}`);
	return parsed.ok ? formatDate(parsed.date) : `${a} – ${b}`;
}

function findLastIndex<T>(list: readonly T[], test: (x: T) => boolean): number {
	for (let k = list.length - 1; k >= 0; k--) if (test(list[k]!)) return k;
	return -1;
}
