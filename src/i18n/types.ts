/**
 * The shape of a message catalogue. English (`messages/en/`) is the reference: every other
 * language's catalogue has the same keys (the type checker and `catalogue.test.ts` say which
 * is missing). A message is a string with `{name}` slots, or a plural: one string per CLDR
 * plural category the language uses (English: one, other; Arabic: zero, one, two, few, many,
 * other), chosen with Intl.PluralRules.
 */
export type Plural = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;

/** A catalogue with the keys of `T` (the English one) and any wording. */
export type CatalogueOf<T> = {
	[K in keyof T]: T[K] extends string ? string : T[K] extends { other: string } ? Plural : CatalogueOf<T[K]>;
};
