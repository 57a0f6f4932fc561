/** The frame of every page: header, navigation, footer, language switch. */
export const site = {
	siteName: 'Syria Transition Archive',
	skipToContent: 'Skip to content',
	sections: 'Sections',
	timeline: 'Timeline',
	map: 'Map',
	quickSearch: 'Quick search',
	searchField: 'Search the archive',
	searchPlaceholder: 'Search: names in any script…',
	searchButton: 'Search',
	footer: "An open archive of Syria's transition since {fall}. Every entry is sourced; every claim is attributed.",
	aboutLink: 'About and data',
	printedFrom: 'Printed from',
	built: 'built {day}',
	/** Between the items of a list in running text. */
	listComma: ', ',
	/** The 404 page, one for both editions: each language's part says it. `{home}` … are links. */
	notFound: 'Page not found',
	notFoundText: 'There is no page at this address. It may have been renamed when an entry’s id changed: search for its name, or start from the {home} or the {timeline}.',
	notFoundTry: 'Try {search}, or the lists of {event}, {actor} and {place}.',
	notFoundLinks: { home: 'home page', timeline: 'timeline', search: 'search', event: 'events', actor: 'actors', place: 'places' },
	language: 'Language',
	/** Shown where an entry's text exists only in another language. */
	inOriginal: 'in {language}',
	events: { one: '{n} event', other: '{n} events' },
};
