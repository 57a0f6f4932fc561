import { describe, expect, it } from 'vitest';
import { didYouMean, nearest } from './suggest.ts';

const ids = ['ahmad-al-sharaa', 'asaad-al-shaibani', 'sohr', 'syria', 'jableh', 'latakia', 'latakia-governorate'];

describe('nearest', () => {
	it('ranks an abbreviation of the whole id above an id contained in it', () => {
		expect(nearest('syrian-govt', ['syria', 'syrian-government', 'syrian-coast'])).toEqual(['syrian-government', 'syrian-coast', 'syria']);
		expect(nearest('sdf-integ', ['sdf', 'sdf-integration'])[0]).toBe('sdf-integration');
	});

	it('finds a misspelt id, best first', () => {
		expect(nearest('ahmad-al-shara', ids)).toEqual(['ahmad-al-sharaa']);
		expect(nearest('jablah', ids)).toEqual(['jableh']);
		expect(nearest('lattakia', ids)).toEqual(['latakia']);
		expect(nearest('latakia-gov', ids)).toEqual(['latakia-governorate', 'latakia']);
	});

	it('counts a part of an id as close', () => {
		expect(nearest('sharaa', ids)).toEqual(['ahmad-al-sharaa']);
	});

	it('suggests nothing when nothing is close', () => {
		expect(nearest('bashar-al-assad', ids)).toEqual([]);
		expect(nearest('x', ids)).toEqual([]);
	});

	it('gives at most the number asked for', () => {
		expect(nearest('syri', ['syria', 'syria2', 'syrian', 'syrie'], 2)).toHaveLength(2);
	});
});

describe('didYouMean', () => {
	it('words one or more suggestions, or nothing', () => {
		expect(didYouMean(['sohr'])).toBe('Did you mean "sohr"?');
		expect(didYouMean(['latakia', 'latakia-governorate'])).toBe('Did you mean "latakia" or "latakia-governorate"?');
		expect(didYouMean([])).toBe('');
	});
});
