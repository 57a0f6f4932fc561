/**
 * Line and column (both 1-based) of an offset in a text, by binary search over line
 * starts. The line starts are found on the first call: most texts are scanned for
 * problems they do not have, and then never asked for a position.
 */
export function positionsIn(text: string): (offset: number) => { line: number; column: number } {
	let lineStarts: number[] | undefined;
	return (offset) => {
		if (!lineStarts) {
			lineStarts = [0];
			for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
		}
		let lo = 0;
		let hi = lineStarts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (lineStarts[mid]! <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + 1, column: offset - lineStarts[lo]! + 1 };
	};
}
