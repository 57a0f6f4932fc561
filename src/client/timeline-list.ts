/**
 * The server-rendered list of events under the chart: event i of the data is its i-th
 * item. The mount reads titles, links and dates from it and hides what the filters leave out.
 */
export interface EventList {
	size: number;
	title(i: number): string;
	href(i: number): string;
	date(i: number): string;
	/** Hides the items that do not pass, and the months and years left empty. */
	show(pass: Uint8Array): void;
}

export function eventList(root: HTMLElement): EventList {
	const items = [...root.querySelectorAll<HTMLLIElement>('.event-item')];
	// Month sections hold consecutive items of the list: [from, to) in list order.
	let next = 0;
	const months = [...root.querySelectorAll<HTMLElement>('.timeline-month')].map((el) => {
		const from = next;
		next += el.querySelectorAll('.event-item').length;
		return { el, from, to: next };
	});
	const years = [...root.querySelectorAll<HTMLElement>('.timeline-year')];
	const link = (i: number) => items[i]!.querySelector<HTMLAnchorElement>('.event-item__title a')!;
	return {
		size: items.length,
		title: (i) => link(i).textContent ?? '',
		href: (i) => link(i).href,
		date: (i) => items[i]!.querySelector('time')?.textContent ?? '',
		show(pass) {
			items.forEach((item, i) => {
				const hide = !pass[i];
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
