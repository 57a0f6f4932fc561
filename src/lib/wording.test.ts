import { describe, expect, it } from 'vitest';
import { capitalise, languageName, relationFrom, relationToward } from './wording.ts';

describe('wording', () => {
	it('names languages from their tags, and leaves unknown tags as written', () => {
		expect(languageName('en')).toBe('English');
		expect(languageName('ar')).toBe('Arabic');
		expect(languageName('not a tag!')).toBe('not a tag!');
	});
	it('reads relations both ways', () => {
		expect(relationToward('leader')).toBe('leader of');
		expect(relationToward('affiliated')).toBe('affiliated with');
		expect(relationFrom('part-of')).toBe('part');
	});
	it('capitalises a description for a heading', () => {
		expect(capitalise('a security source')).toBe('A security source');
	});
});
