/** Each kind of entry by name: one of it, its index in menus, what its index holds. */
export const kinds = {
	event: { one: 'Event', menu: 'Events', count: { one: '{n} event', other: '{n} events' } },
	actor: { one: 'Actor', menu: 'Actors', count: { one: '{n} actor', other: '{n} actors' } },
	place: { one: 'Place', menu: 'Places', count: { one: '{n} place', other: '{n} places' } },
	quote: { one: 'Quote', menu: 'Quotes', count: { one: '{n} quote', other: '{n} quotes' } },
	article: { one: 'Source', menu: 'Sources', count: { one: '{n} source', other: '{n} sources' } },
	statement: { one: 'Statement', menu: 'Statements', count: { one: '{n} statement', other: '{n} statements' } },
};
