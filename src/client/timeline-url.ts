/**
 * The view in the address bar, for the one timeline that owns it (`data-url-state`):
 * a change of filters is a history entry, the window is recorded in place a moment
 * after the reader stops zooming, as is the selected event, and Back restores them all (an
 * event opened from the chart is selected again on the way back). Other timelines leave the URL alone.
 */
import { decodeView, encodeView, type ViewState } from '../timeline/view-state.ts';

export interface UrlState {
	/** The view the page opened with. */
	readonly initial: ViewState;
	push(view: ViewState): void;
	/** Records a view in place, at once (before the page is left, say). */
	replace(view: ViewState): void;
	/** Records the view `latest` gives, once changes have paused for 200 ms. */
	replaceSoon(latest: () => ViewState): void;
}

/** `restore` runs with the view of a history entry the reader went back or forward to. */
export function urlState(owns: boolean, typeIds: readonly string[], restore: (view: ViewState) => void): UrlState {
	let timer = 0;
	const write = (view: ViewState, how: 'pushState' | 'replaceState') => {
		const url = encodeView(view, location.search);
		if (url !== location.search) window.history[how](null, '', url || location.pathname);
	};
	if (owns) window.addEventListener('popstate', () => restore(decodeView(location.search, typeIds)));
	return {
		initial: owns ? decodeView(location.search, typeIds) : decodeView(''),
		push(view) {
			if (owns) write(view, 'pushState');
		},
		replace(view) {
			if (!owns) return;
			clearTimeout(timer);
			write(view, 'replaceState');
		},
		replaceSoon(latest) {
			if (!owns) return;
			clearTimeout(timer);
			timer = window.setTimeout(() => write(latest(), 'replaceState'), 200);
		},
	};
}
