import { describe, expect, it } from 'vitest';
import { editionsFrom, LOCALES } from './locales.ts';

describe('editionsFrom (ARCHIVE_EDITIONS, for measuring an edition\'s cost)', () => {
	it('builds every edition when the variable is unset or empty', () => {
		expect(editionsFrom(undefined)).toEqual([...LOCALES]);
		expect(editionsFrom(' ')).toEqual([...LOCALES]);
	});
	it('builds only the named editions, in the registry\'s order', () => {
		expect(editionsFrom('en')).toEqual(['en']);
		expect(editionsFrom('ar, en')).toEqual(['en', 'ar']);
	});
	it('names an unknown edition and lists the real ones', () => {
		expect(() => editionsFrom('en,fr')).toThrow('ARCHIVE_EDITIONS names "fr", which is not an edition; the editions are en, ar.');
	});
	it('refuses a build without the default edition, whose pages are the site\'s root', () => {
		expect(() => editionsFrom('ar')).toThrow(/must include the default edition, "en"/);
	});
});
