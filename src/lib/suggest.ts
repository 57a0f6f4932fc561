/** "Did you mean …?": the nearest existing ids to a mistyped one. */

function editDistance(a: string, b: string, limit = Infinity): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
			row.push(v);
			if (v < best) best = v;
		}
		if (best > limit) return limit + 1;
		prev = row;
	}
	return prev[b.length]!;
}

/** True when each hyphen-separated word of `short` abbreviates the same word of `id` (govt → government). */
function abbreviates(short: string, id: string): boolean {
	const a = short.split('-');
	const b = id.split('-');
	if (a.length !== b.length || short === id) return false;
	return a.every((word, i) => {
		const full = b[i]!;
		if (word[0] !== full[0]) return false;
		let j = 0;
		for (const ch of full) if (ch === word[j]) j++;
		return j === word.length;
	});
}

/**
 * Up to `max` candidates close to `wanted`, best first: one slip, an abbreviation of the
 * whole id, more slips, then a fragment (an id inside the other or the other way).
 */
export function nearest(wanted: string, candidates: Iterable<string>, max = 3): string[] {
	const limit = Math.max(2, Math.floor(wanted.length / 3));
	const scored: { id: string; score: number }[] = [];
	for (const id of candidates) {
		const d = editDistance(wanted, id, limit);
		// The whole id with its words shortened is a better guess than two slips or an id that merely contains a word of it.
		if (abbreviates(wanted, id)) scored.push({ id, score: Math.min(d, 1.5) });
		else if (d <= limit) scored.push({ id, score: d });
		// A fragment of an id (an abbreviation) is closer than an id inside a longer word.
		else if (wanted.length >= 4 && id.includes(wanted)) scored.push({ id, score: limit + 0.25 });
		else if (wanted.length >= 4 && wanted.includes(id)) scored.push({ id, score: limit + 0.5 });
	}
	return scored.sort((a, b) => a.score - b.score || a.id.localeCompare(b.id)).slice(0, max).map((s) => s.id);
}

export const didYouMean = (options: string[]) =>
	options.length === 0 ? '' : `Did you mean ${options.map((o) => `"${o}"`).join(' or ')}?`;
