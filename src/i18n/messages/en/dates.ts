/** The words around a date; month names and digits come from Intl (src/i18n/dates.ts). */
export const dates = {
	approximate: 'c. {date}',
	uncertain: '{date} (uncertain)',
	unknownMonth: '{year}, month not known',
};
