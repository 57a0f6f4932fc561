import { describe, expect, it } from 'vitest';
import { claimWords } from './claims.ts';

describe('claim wording in each language', () => {
	it('gives the casualty noun the form its figure takes in Arabic', () => {
		expect(claimWords({ count: 3, kind: 'killed', group: 'total' }, 'ar')).toBe('٣ قتلى إجمالًا');
		expect(claimWords({ count: 24, kind: 'killed', group: 'civilians' }, 'ar')).toBe('٢٤ قتيلًا من المدنيين');
		expect(claimWords({ count: 311, kind: 'killed', group: 'civilians' }, 'ar')).toBe('٣١١ قتيلًا من المدنيين');
		expect(claimWords({ count: 300, kind: 'injured', group: 'total' }, 'ar')).toBe('٣٠٠ جريح إجمالًا');
		expect(claimWords({ min: 89, kind: 'killed', group: 'total' }, 'ar')).toBe('ما لا يقل عن ٨٩ قتيلًا إجمالًا');
	});
	it('keeps the English wording', () => {
		expect(claimWords({ count: 311, kind: 'killed', group: 'civilians' })).toBe('311 civilians killed');
		expect(claimWords({ min: 500, max: 524, kind: 'killed', group: 'total' })).toBe('500–524 killed in total');
		expect(claimWords({ min: 300, kind: 'killed', group: 'total' })).toBe('at least 300 killed in total');
	});
	it('words a total of killed and injured together, as a monitor gives it, in both languages', () => {
		expect(claimWords({ count: 11, kind: 'killed-or-injured', group: 'civilians' })).toBe('11 civilians killed or injured');
		expect(claimWords({ count: 11, kind: 'killed-or-injured', group: 'civilians' }, 'ar')).toBe('١١ بين قتيل وجريح من المدنيين');
	});
});
