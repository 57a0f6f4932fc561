/**
 * Which gestures the chart takes from the page. A plain wheel and a one-finger swipe scroll
 * the page, so a reader scrolling past the chart is never caught in it (d3-zoom cancels
 * the page's scroll for every event it takes). Zooming is Ctrl or ⌘ with the wheel (a
 * trackpad pinch sends that too), a two-finger pinch, the buttons or the keyboard; panning
 * is a mouse drag, a two-finger drag, the overview's brush or the keyboard.
 */
export function zoomGesture(event: Event): boolean {
	if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
	if (event.type.startsWith('touch')) return (event as TouchEvent).touches.length >= 2;
	const e = event as MouseEvent;
	return !e.ctrlKey && !e.button;
}
