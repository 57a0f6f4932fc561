/**
 * Places governorate names without overlapping one another: each goes below its point,
 * or above it when that spot is taken, or is left out (the list beside the map still
 * names every place). Widths are estimated from the length of the name.
 */

export interface PlacedLabel { text: string; x: number; y: number }

/** `fontSize` and `drop` in the map's units; labels are centred on x. */
export function placeLabels(points: readonly PlacedLabel[], fontSize: number, drop: number): PlacedLabel[] {
	const boxes: { x0: number; x1: number; y0: number; y1: number }[] = [];
	const out: PlacedLabel[] = [];
	const boxOf = (l: PlacedLabel) => {
		const half = (l.text.length * fontSize * 0.56) / 2;
		return { x0: l.x - half, x1: l.x + half, y0: l.y - fontSize / 2, y1: l.y + fontSize / 2 };
	};
	const free = (b: ReturnType<typeof boxOf>) => boxes.every((o) => b.x1 < o.x0 || b.x0 > o.x1 || b.y1 < o.y0 || b.y0 > o.y1);
	for (const p of points) {
		for (const y of [p.y + drop, p.y - drop]) {
			const l = { text: p.text, x: p.x, y: Math.round(y * 10) / 10 };
			const b = boxOf(l);
			if (!free(b)) continue;
			boxes.push(b);
			out.push(l);
			break;
		}
	}
	return out;
}
