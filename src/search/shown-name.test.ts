import { describe, expect, it } from 'vitest';
import { shownEntityName, shownTitle } from './shown-name.ts';

const sharaa = { kind: 'actor' as const, title: 'Ahmad al-Sharaa', names: ['Ahmad al-Sharaa', 'أحمد الشرع', 'Abu Mohammad al-Jolani'] };
const event = { kind: 'event' as const, title: 'Clashes in Jableh', names: [] };

describe('shownTitle', () => {
	it('shows an actor by its Arabic name on Arabic pages, keeping the name it is filed under', () => {
		expect(shownTitle(sharaa, 'ar')).toEqual({ text: 'أحمد الشرع', original: 'Ahmad al-Sharaa' });
		expect(shownTitle(sharaa, 'en')).toEqual({ text: 'Ahmad al-Sharaa' });
	});
	it('marks a title that exists only in English as English on Arabic pages', () => {
		expect(shownTitle(event, 'ar')).toEqual({ text: 'Clashes in Jableh', lang: 'en' });
		expect(shownTitle({ kind: 'place', title: 'Paris', names: ['Paris'] }, 'ar')).toEqual({ text: 'Paris', lang: 'en' });
	});
	it('marks Arabic text on English pages as Arabic', () => {
		expect(shownTitle({ kind: 'quote', title: 'الشرع: «سوريا للجميع»', names: [] }, 'en').lang).toBe('ar');
	});
});

describe('shownEntityName', () => {
	it('takes the Arabic spelling on Arabic pages', () => {
		expect(shownEntityName(sharaa.names, 'ar')).toBe('أحمد الشرع');
		expect(shownEntityName(sharaa.names, 'en')).toBe('Ahmad al-Sharaa');
		expect(shownEntityName(['Paris'], 'ar')).toBe('Paris');
	});
});
