import { describe, expect, it } from 'vitest';
import { parseFuzzyDate, type FuzzyDate } from '../lib/dates.ts';
import { formatDateIn } from './wording.ts';

const d = (s: string): FuzzyDate => {
	const r = parseFuzzyDate(s);
	if (!r.ok) throw new Error(r.reason);
	return r.date;
};

describe('dates in each language', () => {
	it.each([
		['2025-03-07', '7 March 2025', '٧ آذار ٢٠٢٥'],
		['2025-03', 'March 2025', 'آذار ٢٠٢٥'],
		['2025', '2025', '٢٠٢٥'],
		['2025-03-06~', 'c. 6 March 2025', 'نحو ٦ آذار ٢٠٢٥'],
		['2025-03-07?', '7 March 2025 (uncertain)', '٧ آذار ٢٠٢٥ (غير مؤكد)'],
		['2025-03-06/2025-03-08', '6–8 March 2025', '٦–٨ آذار ٢٠٢٥'],
		['2025-02-28/2025-03-02', '28 February – 2 March 2025', '٢٨ شباط – ٢ آذار ٢٠٢٥'],
		['2024/2025', '2024–2025', '٢٠٢٤–٢٠٢٥'],
		['2024-12-08', '8 December 2024', '٨ كانون الأول ٢٠٢٤'],
		['2025-01~/2025-02', 'c. January 2025 – February 2025', 'نحو كانون الثاني ٢٠٢٥ – شباط ٢٠٢٥'],
	])('%s is "%s" and "%s"', (edtf, en, ar) => {
		expect(formatDateIn('en', d(edtf))).toBe(en);
		expect(formatDateIn('ar', d(edtf))).toBe(ar);
	});
});
