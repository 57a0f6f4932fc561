/**
 * The lanes' names, as text over the chart's gutter (or above each lane on narrow
 * screens) rather than on the canvas: a long actor name is cut with an ellipsis to the
 * room there is, and shows whole on hover, and on focus (a cut name takes a Tab stop).
 * They change with the lanes and the layout, never while zooming.
 */
import { fill } from '../i18n/format.ts';
import type { TimelineWording } from '../timeline/chart-text.ts';
import type { FrameLayout } from '../timeline/frame-layout.ts';
import type { Lane } from '../timeline/lanes.ts';
import { laneLabelAt } from '../timeline/render-frame.ts';

export function laneNames(root: HTMLElement, say: TimelineWording): { show(lanes: readonly Lane[], layout: FrameLayout, fontSize: number): void } {
	const box = root.querySelector<HTMLElement>('[data-tl-lanenames]')!;
	return {
		show(lanes, layout, fontSize) {
			box.replaceChildren();
			box.classList.toggle('tl-lanenames--above', layout.labelsAbove);
			const els = lanes.map((lane, l) => {
				const at = laneLabelAt(lane, layout, l, fontSize);
				const el = document.createElement('span');
				el.className = 'tl-lanename';
				el.textContent = lane.rest ? say.m[lane.rest === 'other' ? 'laneOther' : 'laneNone'] : lane.label;
				el.style.left = `${at.x}px`;
				el.style.top = `${at.y}px`;
				el.style.maxWidth = `${at.maxWidth}px`;
				if (lane.type >= 0) el.style.setProperty('--c', `var(--tl-${lane.key})`);
				box.append(el);
				return el;
			});
			// Measured after all are in: one layout for the lot.
			for (const el of els) {
				if (el.scrollWidth <= el.clientWidth + 1) continue;
				el.tabIndex = 0;
				el.title = el.textContent ?? '';
				el.setAttribute('role', 'note');
				el.setAttribute('aria-label', fill(say.m.laneName, { name: el.textContent ?? '' }));
			}
		},
	};
}
