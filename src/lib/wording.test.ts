import { describe, expect, it } from 'vitest';
import { capitalise, languageName } from './wording.ts';

describe('wording', () => {
	it('names languages from their tags, and leaves unknown tags as written', () => {
		expect(languageName('en')).toBe('English');
		expect(languageName('ar')).toBe('Arabic');
		expect(languageName('not a tag!')).toBe('not a tag!');
		expect(languageName('en', 'ar')).toBe('الإنجليزية');
	});
	it('capitalises a description for a heading', () => {
		expect(capitalise('a security source')).toBe('A security source');
	});
});
