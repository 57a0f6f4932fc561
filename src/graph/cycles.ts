/**
 * Circles in a containment relation (an event part of itself through others, an actor
 * part of a group that is part of it): each circle once, starting from its smallest id,
 * in time linear in the nodes and edges.
 */
export function findCircles(ids: Iterable<string>, parentsOf: (id: string) => readonly string[]): string[][] {
	const state = new Map<string, 1 | 2>(); // 1: on the current path, 2: done
	const circles: string[][] = [];
	for (const root of ids) {
		if (state.has(root)) continue;
		// An explicit stack: containment chains can be long, recursion could overflow.
		const path: string[] = [];
		const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
		state.set(root, 1);
		path.push(root);
		while (stack.length > 0) {
			const top = stack[stack.length - 1]!;
			const parents = parentsOf(top.id);
			if (top.next < parents.length) {
				const parent = parents[top.next++]!;
				const s = state.get(parent);
				if (s === 1) {
					const circle = path.slice(path.indexOf(parent));
					const smallest = circle.reduce((a, b) => (b < a ? b : a));
					const at = circle.indexOf(smallest);
					circles.push([...circle.slice(at), ...circle.slice(0, at)]);
				} else if (s === undefined) {
					state.set(parent, 1);
					path.push(parent);
					stack.push({ id: parent, next: 0 });
				}
			} else {
				state.set(top.id, 2);
				path.pop();
				stack.pop();
			}
		}
	}
	return circles;
}
