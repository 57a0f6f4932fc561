/**
 * Interface text in every language, from one catalogue per language (`messages/<locale>/`,
 * a file per area of the interface). Pages and views ask for `messages(locale)`; browser
 * mounts get their area's messages embedded in the page (no fetch from file://).
 */
import type { Locale } from '../model/locales.ts';
import { ar } from './messages/ar/index.ts';
import { en } from './messages/en/index.ts';
import type { CatalogueOf, Plural } from './types.ts';

export type Messages = CatalogueOf<typeof en>;
export type { Plural };

const CATALOGUES: Record<Locale, Messages> = { en, ar };

export const messages = (locale: Locale): Messages => CATALOGUES[locale];

export { fill, formatDigits, formatList, formatNumber, plural, slots, type Wording } from './format.ts';
