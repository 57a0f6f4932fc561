/**
 * One speech or statement, one result: an event where words were said, the quotes that
 * render them and the statement that gathers those renderings share a group
 * (SearchEntry.group). The best-ranked of them heads the group, where it ranks; the
 * others follow under it, in rank order.
 */
export interface Grouped<T> {
	head: T;
	members: T[];
}

/** Groups results in rank order; `groupOf` gives '' for a result that belongs to no group. */
export function groupResults<T>(results: readonly T[], groupOf: (r: T) => string): Grouped<T>[] {
	const out: Grouped<T>[] = [];
	const byGroup = new Map<string, Grouped<T>>();
	for (const r of results) {
		const key = groupOf(r);
		const group = key ? byGroup.get(key) : undefined;
		if (group) group.members.push(r);
		else {
			const g = { head: r, members: [] };
			out.push(g);
			if (key) byGroup.set(key, g);
		}
	}
	return out;
}
