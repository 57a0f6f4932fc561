/**
 * Warnings for likely duplicates: the same event twice, one actor or place under two
 * files, one quote archived twice. Names are compared after normalisation, Arabic too.
 */
import type { Graph } from '../graph/types.ts';
import type { Problem } from '../graph/problems.ts';
import { lookalikeSkeleton } from '../lib/normalise-name.ts';
import { normaliseForMatch } from '../lib/text-match.ts';

function collisions<T>(items: Iterable<T>, keys: (item: T) => Iterable<string>, report: (item: T, other: T, key: string) => Problem, out: Problem[]) {
	const seen = new Map<string, T>();
	for (const item of items) {
		const reported = new Set<T>();
		for (const key of new Set(keys(item))) {
			if (!key) continue;
			const other = seen.get(key);
			if (other === undefined) seen.set(key, item);
			else if (other !== item && !reported.has(other)) {
				reported.add(other);
				out.push(report(item, other, key));
			}
		}
	}
}

export function findLikelyDuplicates(g: Graph): Problem[] {
	const out: Problem[] = [];
	collisions(
		g.events.values(),
		(e) => e.data.places.map((p) => `${e.date.edtf}@${p}`),
		(e, other) => ({
			severity: 'warning', file: e.file, path: ['date'],
			message: `Possible duplicate: ${other.file} is another event on ${e.date.edtf} at the same place.`,
			fix: 'If both describe the same event, merge them and keep all sources and claims; if not, make the titles say how they differ.',
		}),
		out,
	);
	for (const collection of ['actors', 'places'] as const) {
		const nodes = [...g[collection].values()] as { file: string; data: { name: string; nameArabic?: string; aliases: string[] } }[];
		collisions(
			nodes,
			(n) => [n.data.name, n.data.nameArabic ?? '', ...n.data.aliases].map(lookalikeSkeleton),
			(n, other, key) => ({
				severity: 'warning', file: n.file, path: ['name'],
				message: `Possible duplicate: ${other.file} has the same name or alias ("${key}")${[n, other].some((x) => [x.data.name, ...x.data.aliases].some((name) => /[\u0370-\u03ff\u0400-\u052f]/.test(name) && /[a-z]/i.test(name))) ? ', once letters of other scripts that look Latin (Cyrillic, Greek) are read as the Latin ones' : ''}.`,
				fix: 'If both are the same, merge them into one file and move the other name into aliases; if not, tell them apart in the names.',
			}),
			out,
		);
	}
	collisions(
		g.quotes.values(),
		(q) => [normaliseForMatch(q.data.text).toLowerCase()],
		(q, other) => ({
			severity: 'warning', file: q.file, path: ['text'],
			message: `Possible duplicate: ${other.file} has the same text.`,
			fix: 'If it is the same utterance in another source, keep both and give them the same "statement" id; if it is the same source, delete one.',
		}),
		out,
	);
	return out;
}
