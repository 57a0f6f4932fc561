/**
 * The events' words (timeline/event-text.ts, embedded after the list) and the
 * server-rendered list under the chart, which holds the last events of the data (all of
 * them on actor and place pages): its i-th item is event `from + i`. The mount reads
 * titles, links and dates from the words and hides the list's items the filters leave out.
 */
import type { EventText } from '../timeline/event-text.ts';

export interface EventList extends EventText {
	/** How many events the list under the chart shows: the last `shown` of the data. */
	shown: number;
	/** Hides the items that do not pass, and the months and years left empty. */
	show(pass: Uint8Array): void;
}

export function eventList(root: HTMLElement, text: EventText): EventList {
	const items = [...root.querySelectorAll<HTMLLIElement>('.event-item')];
	const from = text.size - items.length;
	// Month sections hold consecutive items of the list: [from, to) in the data's order.
	let next = from;
	const months = [...root.querySelectorAll<HTMLElement>('.timeline-month')].map((el) => {
		const start = next;
		next += el.querySelectorAll('.event-item').length;
		return { el, from: start, to: next };
	});
	const years = [...root.querySelectorAll<HTMLElement>('.timeline-year')];
	return {
		...text,
		shown: items.length,
		show(pass) {
			items.forEach((item, i) => {
				const hide = !pass[from + i];
				if (item.hidden !== hide) item.hidden = hide;
			});
			for (const m of months) {
				let any = false;
				for (let i = m.from; i < m.to && !any; i++) any = pass[i] === 1;
				if (m.el.hidden === any) m.el.hidden = !any;
			}
			for (const y of years) y.hidden = !y.querySelector('.timeline-month:not([hidden])');
		},
	};
}
