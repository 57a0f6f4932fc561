import { describe, expect, it } from 'vitest';
import { slugify } from './slugify.ts';
import { ID_PATTERN } from '../model/fields.ts';

describe('slugify', () => {
	it.each([
		['Ahmad al-Sharaa', 'ahmad-al-sharaa'],
		['Tartous Governorate', 'tartous-governorate'],
		["L'Orient Today", 'lorient-today'],
		['Asaad al-Shaibani’s visit', 'asaad-al-shaibanis-visit'],
		['Déclaration de Genève', 'declaration-de-geneve'],
		['  --Jableh!!  ', 'jableh'],
		['Straße', 'strasse'],
		['جبلة', 'jbla'],
		['أحمد الشرع', 'ahmd-alshr'],
	])('%s → %s', (text, id) => {
		expect(slugify(text)).toBe(id);
	});

	it('gives ids the schema accepts, at most 80 characters, or nothing', () => {
		for (const text of ['A'.repeat(200), 'x '.repeat(100), 'Émile Zola – 2025/03', '日本語', '']) {
			const id = slugify(text);
			if (id) expect(id).toMatch(ID_PATTERN);
			expect(id.length).toBeLessThanOrEqual(80);
		}
		expect(slugify('日本語')).toBe('');
	});
});
