/** Each kind of entry by name: one of it, its index in menus, its index inside a sentence ("browse the events"), what its index holds. */
export const kinds = {
	event: { one: 'Event', menu: 'Events', inLine: 'events', count: { one: '{n} event', other: '{n} events' } },
	actor: { one: 'Actor', menu: 'Actors', inLine: 'actors', count: { one: '{n} actor', other: '{n} actors' } },
	place: { one: 'Place', menu: 'Places', inLine: 'places', count: { one: '{n} place', other: '{n} places' } },
	quote: { one: 'Quote', menu: 'Quotes', inLine: 'quotes', count: { one: '{n} quote', other: '{n} quotes' } },
	article: { one: 'Source', menu: 'Sources', inLine: 'sources', count: { one: '{n} source', other: '{n} sources' } },
	statement: { one: 'Statement', menu: 'Statements', inLine: 'statements', count: { one: '{n} statement', other: '{n} statements' } },
};
