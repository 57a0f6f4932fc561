import { describe, expect, it } from 'vitest';
import { buildGraph } from '../graph/build-graph.ts';
import { eventsAtom } from './exports.ts';

const graph = buildGraph([
	{ collection: 'events', id: 'jableh-attack', file: 'e.md', body: 'An attack in [Jableh](place:jableh).', data: { title: 'Attack in Jableh', date: '2025-03-06', type: 'battle', actors: [], places: [], sources: [], casualties: [], otherDates: [] } },
]);

describe('eventsAtom', () => {
	it('has an author and absolute, permanent ids without a site URL, and links that work from the folder', () => {
		const feed = eventsAtom(graph, undefined);
		expect(feed).toContain('<author><name>Syria Transition Archive contributors</name></author>');
		expect(feed).toContain('<id>tag:syria-transition-archive,2024-12-08:data/events.atom</id>');
		expect(feed).toContain('<id>tag:syria-transition-archive,2024-12-08:events/jableh-attack.html</id>');
		expect(feed).toContain('<link href="../events/jableh-attack.html"/>');
	});

	it('uses the pages\' addresses as ids with a site URL', () => {
		const feed = eventsAtom(graph, new URL('https://example.org/archive/'));
		expect(feed).toContain('<id>https://example.org/archive/events/jableh-attack.html</id>');
		expect(feed).toContain('<link href="https://example.org/archive/events/jableh-attack.html"/>');
	});
});
