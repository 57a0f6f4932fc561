/** How an entry is named wherever it is linked: titles, names, a quote's opening words. */
import type { Graph } from '../graph/build-graph.ts';
import type { EntityKind } from '../schema/index.ts';
import { capitalise } from '../lib/wording.ts';

export type Labels = (kind: EntityKind, id: string) => string;

export const excerpt = (text: string, words = 12) => {
	const all = text.split(/\s+/);
	return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
};

export function createLabels(g: Graph): Labels {
	const speakerName = (actor: string | undefined, description?: string) =>
		description ?? (actor ? g.actors.get(actor)?.data.name ?? actor : 'Unnamed speaker');
	return (kind, id) => {
		switch (kind) {
			case 'actor':
				return g.actors.get(id)?.data.name ?? id;
			case 'place':
				return g.places.get(id)?.data.name ?? id;
			case 'event':
				return g.events.get(id)?.data.title ?? id;
			case 'article':
				const a = g.articles.get(id);
				if (!a) return id;
				// A headline the source does not show is never invented.
				return a.data.title ?? `Untitled report by ${g.actors.get(a.data.publisher)?.data.name ?? a.data.publisher}`;
			case 'quote': {
				const q = g.quotes.get(id);
				return q ? `“${excerpt(q.data.text)}”` : id;
			}
			case 'statement': {
				const s = g.statements.get(id);
				// Named by its fullest quote: fragments ("de-escalate") say less than the whole.
				const fullest = s?.quotes.map((q) => g.quotes.get(q)!).reduce((a, b) => (b.data.text.length > a.data.text.length ? b : a));
				if (!s || !fullest) return id;
				const speaker = typeof fullest.data.speaker === 'string' ? speakerName(fullest.data.speaker) : capitalise(fullest.data.speaker.description);
				return `${speaker}: “${excerpt(fullest.data.text, 8)}”`;
			}
		}
	};
}
