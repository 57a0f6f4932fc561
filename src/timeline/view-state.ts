/**
 * The whole view in the URL's query string, so a filtered, zoomed view can be shared,
 * survives reload and comes back with the Back button. Works from file:// too.
 *
 *   ?q=jableh&type=battle,protest&actor=sohr&place=latakia&from=2025-03-01&to=2025-03-31
 *    &view=2025-03-04..2025-03-12&lanes=actor      (view=all: the whole period)
 *    &lane-actors=sohr,hts                         (the actors given lanes, when the reader chose)
 *    &event=attack-on-security-forces-in-jableh    (the selected event, so Back returns to it)
 */
import { dayOf, isoOfDay } from './days.ts';

export type LaneMode = 'type' | 'actor';

export interface Filters {
	/** Free text matched against titles, actors and places. */
	q: string;
	/** Type ids to show; empty means all. */
	types: string[];
	actor: string;
	place: string;
	/** ISO days, inclusive; '' for open. */
	from: string;
	to: string;
}

export interface ViewState {
	filters: Filters;
	/** Visible window [first day, exclusive end day]; 'all' for the whole period; null for the opening window. */
	window: [number, number] | 'all' | null;
	lanes: LaneMode;
	/** Actor ids the reader gave lanes, in their order; empty: the actors with the most events. */
	laneActors: string[];
	/** The selected event's id (the last part of its address); '' for none. */
	event: string;
}

export const emptyFilters = (): Filters => ({ q: '', types: [], actor: '', place: '', from: '', to: '' });
export const defaultView = (): ViewState => ({ filters: emptyFilters(), window: null, lanes: 'type', laneActors: [], event: '' });

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const validDay = (s: string | null) => (s && ISO_DAY.test(s) && isoOfDay(dayOf(s)) === s ? s : '');

/** Reads the view from a query string; anything malformed is ignored, never thrown. */
export function decodeView(search: string, knownTypes?: readonly string[]): ViewState {
	const p = new URLSearchParams(search);
	const types = (p.get('type') ?? '')
		.split(',')
		.filter((t) => ID.test(t) && (!knownTypes || knownTypes.includes(t)));
	const view = defaultView();
	view.filters = {
		q: (p.get('q') ?? '').slice(0, 200),
		types: [...new Set(types)],
		actor: ID.test(p.get('actor') ?? '') ? p.get('actor')! : '',
		place: ID.test(p.get('place') ?? '') ? p.get('place')! : '',
		from: validDay(p.get('from')),
		to: validDay(p.get('to')),
	};
	if (p.get('view') === 'all') view.window = 'all';
	const w = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(p.get('view') ?? '');
	if (w && validDay(w[1]!) && validDay(w[2]!)) {
		const a = dayOf(w[1]!);
		const b = dayOf(w[2]!) + 1;
		if (b > a) view.window = [a, b];
	}
	if (p.get('lanes') === 'actor') view.lanes = 'actor';
	view.laneActors = [...new Set((p.get('lane-actors') ?? '').split(',').filter((a) => ID.test(a)))];
	view.event = ID.test(p.get('event') ?? '') ? p.get('event')! : '';
	return view;
}

/**
 * Writes the view into a query string, keeping parameters that belong to others.
 * Defaults are left out so the plain page keeps its plain URL.
 */
export function encodeView(view: ViewState, existing = ''): string {
	const p = new URLSearchParams(existing);
	const set = (key: string, value: string) => (value ? p.set(key, value) : p.delete(key));
	const f = view.filters;
	set('q', f.q.trim());
	set('type', f.types.join(','));
	set('actor', f.actor);
	set('place', f.place);
	set('from', f.from);
	set('to', f.to);
	set('view', view.window === 'all' ? 'all' : view.window ? `${isoOfDay(view.window[0])}..${isoOfDay(view.window[1] - 1)}` : '');
	set('lanes', view.lanes === 'actor' ? 'actor' : '');
	set('lane-actors', view.laneActors.join(','));
	set('event', view.event);
	const s = p.toString().replace(/%2C/g, ',');
	return s ? `?${s}` : '';
}

export const sameFilters = (a: Filters, b: Filters) =>
	a.q.trim() === b.q.trim() && a.types.join() === b.types.join() && a.actor === b.actor && a.place === b.place && a.from === b.from && a.to === b.to;

/**
 * The legend's toggle: switches one type on or off. All on is stored as none chosen
 * (the plain URL); switching the last type off shows everything again rather than nothing.
 */
export function toggleType(types: readonly string[], all: readonly string[], id: string): string[] {
	const on = new Set(types.length ? types : all);
	if (on.has(id)) on.delete(id);
	else on.add(id);
	return on.size === all.length || on.size === 0 ? [] : all.filter((t) => on.has(t));
}

/**
 * What a date field's text means as a bound, as an ISO day ('' while it means none): a
 * year or a month stands for its first day in "from" and its last in "to" ("2025-03" to
 * 31 March). One text field costs one Tab stop, where a date input costs four.
 */
export function fieldDay(text: string, bound: 'from' | 'to'): string {
	const m = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/.exec(text.trim());
	if (!m) return '';
	const [, y, mo, d] = m;
	const pad = (n: string | number) => String(n).padStart(2, '0');
	if (d) return validDay(`${y}-${pad(mo!)}-${pad(d)}`);
	if (mo) {
		const first = validDay(`${y}-${pad(mo)}-01`);
		if (!first || bound === 'from') return first;
		return isoOfDay(dayOf(validDay(`${Number(mo) === 12 ? Number(y) + 1 : y}-${pad(Number(mo) === 12 ? 1 : Number(mo) + 1)}-01`)) - 1);
	}
	return `${y}-${bound === 'from' ? '01-01' : '12-31'}`;
}
