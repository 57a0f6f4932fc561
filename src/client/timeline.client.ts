/**
 * The timeline's one client mount. It reads its configuration from data-* attributes
 * and its data from a JSON block in the page, then enhances the server-rendered list:
 * a zoomable canvas chart with lanes, an overview with a brush, filters whose state
 * lives in the URL (ids it does not know named, not applied), and keyboard access. What it draws and decides is computed by the
 * pure modules in src/timeline/; this file and its timeline-*.ts helpers wire them to the DOM.
 */
import type { TimelineText } from '../i18n/areas.ts';
import { fill, formatNumber } from '../i18n/format.ts';
import type { TimelineWording } from '../timeline/chart-text.ts';
import type { FilteredView } from '../timeline/filter-events.ts';
import { drawnShare } from '../timeline/frame-geometry.ts';
import { frameLayout, type FrameLayout } from '../timeline/frame-layout.ts';
import { assignLanes, Packing, type Lane } from '../timeline/lanes.ts';
import type { TitleFitter } from '../timeline/mark-labels.ts';
import { openingWindow, periodWindow, subjectFrom } from '../timeline/opening-window.ts';
import { unpackEventText } from '../timeline/event-text.ts';
import { unpackTimeline, type TimelineData } from '../timeline/timeline-data.ts';
import type { ViewState } from '../timeline/view-state.ts';
import { resolveWindow, savedWindow, zoomWindow, type DayWindow } from '../timeline/view-window.ts';
import { afterPaint, readPalette, titleFitter } from './timeline-canvas.ts';
import { chart } from './timeline-chart.ts';
import { filterControls } from './timeline-filters.ts';
import { focusControls } from './timeline-focus.ts';
import { lanePick } from './timeline-lane-pick.ts';
import { eventList, type EventList } from './timeline-list.ts';
import { overview } from './timeline-overview.ts';
import { pageWording } from './page-wording.ts';
import { knownView } from './timeline-unknown.ts';
import { urlState } from './timeline-url.ts';
import { viewport } from './timeline-viewport.ts';

performance.mark('timeline:start');

// This script is included right after each timeline's data, before its list and the
// events' titles, so the chart draws while they are still being parsed. Each root is
// mounted once, however many times the script is included.
for (const root of document.querySelectorAll<HTMLElement>('[data-timeline]:not([data-tl-mounted])')) {
	root.dataset.tlMounted = '';
	let say: TimelineWording | undefined;
	try {
		say = pageWording<TimelineText>(root.dataset.text);
		mount(root, say);
	} catch (error) {
		// The list below still works; say what failed instead of leaving a blank chart.
		fail(root, failure(say, (error as Error).message));
	}
}

/** Where the events are, for this chart's width: with every event (`everything`'s lanes), so a shared link with filters opens as the page does. */
function fittedOpening(data: TimelineData, everything: Lane[], layoutFor: (lanes: readonly Lane[]) => FrameLayout): [number, number] {
	const layout = layoutFor(everything);
	const packing = new Packing();
	// A row reads with no more than a mark every two marks' width.
	const capacity = (everything.length * layout.rows * (layout.right - layout.left)) / (4 * layout.radius + 4);
	return openingWindow({ data, capacity, drawn: (w) => drawnShare(data, everything, layout, w, packing) });
}

/** In the page's words when it has them; the page's own text missing is said as it is. */
function failure(say: TimelineWording | undefined, reason: string) {
	return say ? fill(say.m.failed, { reason }) : reason;
}

function fail(root: HTMLElement, message: string) {
	const p = document.createElement('p');
	p.className = 'tl-error';
	p.setAttribute('role', 'status');
	p.textContent = message;
	root.prepend(p);
	root.querySelector<HTMLElement>('[data-tl-chart]')?.setAttribute('hidden', '');
}

/** The events' words (embedded after the list) and the list, once the page has loaded; what is wrong with them if they do not fit the data. */
function readList(root: HTMLElement, say: TimelineWording, data: TimelineData): EventList | string {
	let items: EventList;
	try {
		items = eventList(root, unpackEventText(JSON.parse(document.getElementById(root.dataset.words ?? '')?.textContent ?? 'null'), document.baseURI));
	} catch (error) {
		return (error as Error).message;
	}
	const from = Number(root.dataset.listFrom ?? 0);
	if (items.size !== data.size || from + items.shown !== data.size) return fill(say.m.mismatch, { list: formatNumber(say.locale, items.size), data: formatNumber(say.locale, data.size) });
	return items;
}

/** The zoom buttons: in (×2), out (×½) and the whole period (0). */
function onZoomButtons(root: HTMLElement, zoom: (factor: number) => void) {
	for (const b of root.querySelectorAll<HTMLButtonElement>('[data-tl-zoom]')) {
		const factor = b.dataset.tlZoom === 'in' ? 2 : b.dataset.tlZoom === 'out' ? 0.5 : 0;
		b.addEventListener('click', () => zoom(factor));
	}
}

function mount(root: HTMLElement, say: TimelineWording) {
	const data = unpackTimeline(JSON.parse(document.getElementById(root.dataset.source ?? '')?.textContent ?? 'null'));
	if (data.size === 0) return;
	const compact = root.hasAttribute('data-compact');
	// One or two events: their marks and titles, without an overview or zoom to work.
	const small = data.size <= 2;
	const stage = root.querySelector<HTMLElement>('[data-tl-stage]')!;
	for (const el of root.querySelectorAll<HTMLElement>('.tl-overview, .tl-zoom')) el.hidden = small;
	root.querySelector<HTMLElement>('[data-tl-chart]')!.hidden = false;
	const full = periodWindow(data);
	for (const a of root.querySelectorAll<HTMLElement>('[data-tl-skip]')) a.hidden = false;
	let opening: DayWindow = full; // fitted to the events once the chart's width is known

	const owns = root.hasAttribute('data-url-state');
	const url = urlState(owns, data.types.map((t) => t.id), (next) => {
		asked = next;
		view = known(next);
		controls.write(view);
		applyFilters('none');
		setWindow(resolveWindow(view.window, full, opening), false, true);
		selectFromUrl();
	});
	const { known } = knownView(root, say, data, owns, () => url.replace(view));
	let asked = url.initial; // the view the address asks for, unknown ids and all
	let view = known(asked);
	let list: EventList | undefined; // once the list and the titles below have loaded
	let shown: FilteredView;
	let lanes: Lane[] = [];
	let width = 0;
	let palette = readPalette(root, say, data);
	let titles: TitleFitter | undefined; // once the list has loaded

	const ov = overview(root, full, subjectFrom(data), (w) => setWindow(w, false));
	const vp = viewport(root.querySelector('[data-tl-canvas]')!, full, matchMedia('(prefers-reduced-motion: reduce)'), (byReader) => {
		ch.requestDraw();
		ov.sync(vp.shown());
		if (byReader) saveWindowSoon();
	});
	const ch = chart(root, say, data, vp, () => ({ palette, hover: focus.hover, focus: focus.focus, titles }), () => focus.follow());
	const change = (next: ViewState) => {
		view = next;
		applyFilters('push');
	};
	const controls = filterControls(root, say, data, () => view, change);
	const pick = lanePick(root, say, data, (laneActors) => change({ ...view, laneActors }));
	const focus = focusControls(root, say, {
		data,
		full,
		list: () => list,
		frame: ch.frame,
		order: () => shown.order,
		palette: () => palette,
		window: () => vp.shown(),
		setWindow,
		requestDraw: ch.requestDraw,
		selected(i, opening) {
			view = { ...view, event: i >= 0 && list ? list.id(i) : '' };
			// Before the page is left: Back comes to this entry with the event selected.
			if (opening) url.replace(view);
			else url.replaceSoon(() => view);
		},
	});
	/** Selects the event the URL names, once the list can say which it is. */
	function selectFromUrl() {
		if (!list) return;
		const items = list;
		const at = view.event ? Array.from({ length: items.size }, (_, i) => i).find((i) => items.id(i) === view.event) : undefined;
		known(asked, () => at !== undefined);
		if (at !== undefined && shown.pass[at]) return focus.set(at);
		if (view.event) view = { ...view, event: '' };
		if (focus.focus >= 0) focus.set(-1);
	}
	function setWindow(w: DayWindow, animate: boolean, silent = false) {
		vp.show(w, animate, silent ? undefined : saveWindowSoon);
	}
	function saveWindowSoon() {
		url.replaceSoon(() => {
			view = { ...view, window: savedWindow(vp.shown(), full, opening) };
			return view;
		});
	}
	// The overview is drawn once the first frame of the chart is on screen (see the end of mount).
	let overviewLater = true;
	const drawOverview = () => overviewLater || ov.draw({ data, pass: shown.pass, palette });
	const drawOverviewNow = () => ((overviewLater = false), drawOverview());

	const layoutFor = (ls: readonly Lane[]) => frameLayout(ls, width, { compact, fontSize: palette.fontSize, maxRows: small ? data.size : undefined });
	function layOut() {
		const layout = layoutFor(lanes);
		// The brush first: fitting the zoom moves it.
		ov.fit(layout);
		ch.layOut(lanes, layout);
		drawOverview();
	}

	function applyFilters(history: 'push' | 'none') {
		shown = controls.apply(view, list);
		lanes = assignLanes(data, shown.pass, view.lanes, view.laneActors);
		pick.write(view, shown.pass);
		if (focus.focus >= 0 && !shown.pass[focus.focus]) focus.set(-1);
		if (width) layOut();
		if (history === 'push') url.push(view);
	}

	onZoomButtons(root, (factor) => setWindow(factor ? zoomWindow(vp.shown(), factor) : full, true));
	matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
		palette = readPalette(root, say, data);
		drawOverview();
		ch.requestDraw();
	});

	function attachList() {
		const items = readList(root, say, data);
		if (typeof items === 'string') return fail(root, failure(say, items));
		list = items;
		if (overviewLater) drawOverviewNow();
		controls.fillChoices();
		const seen: string[] = [];
		titles = titleFitter(data.size, (i) => (seen[i] ??= items.title(i)), palette.font);
		ch.requestDraw();
		root.dataset.tlReady = '';
		// A text filter from the URL could not be applied without the titles.
		if (view.filters.q.trim()) applyFilters('none');
		else list.show(shown.pass);
		selectFromUrl();
	}

	controls.write(view);
	applyFilters('none');
	const resize = () => {
		width = Math.max(280, stage.clientWidth);
		layOut();
	};
	new ResizeObserver(() => {
		if (Math.abs(stage.clientWidth - width) > 1) resize();
	}).observe(stage);
	resize();
	opening = fittedOpening(data, shown!.order.length === data.size ? lanes : assignLanes(data, new Uint8Array(data.size).fill(1), view.lanes, view.laneActors), layoutFor);
	setWindow(resolveWindow(view.window, full, opening), false, true);
	ch.draw();
	afterPaint(() => {
		controls.fillChoices();
		if (overviewLater) drawOverviewNow();
	});
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', attachList, { once: true });
	else attachList();
}
