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
	language: 'Language',
	/** Shown where an entry's text exists only in another language. */
	inOriginal: 'in {language}',
	events: { one: '{n} event', other: '{n} events' },
};
