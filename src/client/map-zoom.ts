/**
 * Zoom and pan for the map, kept by d3-zoom on the SVG: the same gestures as the timeline
 * (zoom-gesture.ts: a plain wheel and a one-finger swipe scroll the page). Markers and
 * labels shrink as the map grows, so a zoomed map separates close places instead of
 * magnifying their overlap.
 */
import { select } from 'd3-selection';
// Adds selection.transition(), for the buttons' short zoom (d3-zoom loads it too).
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import { zoomGesture } from '../timeline/zoom-gesture.ts';

export interface MapZoom {
	by(factor: number): void;
	reset(): void;
	/** Pans so that the point (map units) is in view, if it is not. */
	reveal(x: number, y: number): void;
	/** Sets a marker's radius for the current zoom from its data-r. */
	size(circle: SVGCircleElement): void;
}

export function mapZoom(svg: SVGSVGElement, layer: SVGGElement, circles: readonly SVGCircleElement[], reduceMotion: boolean): MapZoom {
	const { width, height } = svg.viewBox.baseVal;
	let transform: ZoomTransform = zoomIdentity;
	const size = (c: SVGCircleElement) => c.setAttribute('r', String(Math.round((Number(c.dataset.r) / Math.sqrt(transform.k)) * 10) / 10));
	const zoom = d3zoom<SVGSVGElement, unknown>()
		.scaleExtent([1, 16])
		.extent([[0, 0], [width, height]])
		.translateExtent([[0, 0], [width, height]])
		.filter(zoomGesture)
		.duration(reduceMotion ? 0 : 250)
		.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
			const scaled = event.transform.k !== transform.k;
			transform = event.transform;
			layer.setAttribute('transform', transform.toString());
			if (!scaled) return;
			layer.style.setProperty('--map-k', String(transform.k));
			for (const c of circles) size(c);
		});
	const selection = select(svg).call(zoom);
	// The browser scrolls the page on vertical swipes; d3 takes only two-finger gestures.
	svg.style.touchAction = 'pan-y';
	const ease = () => (reduceMotion ? selection : selection.transition().duration(250));
	return {
		by: (factor) => zoom.scaleBy(ease(), factor),
		reset: () => zoom.transform(ease(), zoomIdentity),
		reveal(x, y) {
			const [sx, sy] = transform.apply([x, y]);
			if (sx >= 0 && sx <= width && sy >= 0 && sy <= height) return;
			zoom.translateTo(selection, x, y);
		},
		size,
	};
}
