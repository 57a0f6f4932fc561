/** The short zoom the buttons, keys and "All" make: the window moves fast, then settles. */
import type { DayWindow } from './view-window.ts';

/** How long one zoom takes, in milliseconds. */
export const ZOOM_MS = 280;

/** The window `elapsed` milliseconds into a zoom from one window to another (cubic ease-out). */
export function zoomStep(from: DayWindow, to: DayWindow, elapsed: number, duration = ZOOM_MS): { window: [number, number]; done: boolean } {
	const t = Math.min(1, Math.max(0, elapsed / duration));
	const e = 1 - (1 - t) ** 3;
	return { window: [from[0] + (to[0] - from[0]) * e, from[1] + (to[1] - from[1]) * e], done: t === 1 };
}
