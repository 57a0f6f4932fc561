import { describe, expect, it } from 'vitest';
import { endKey, formatDate, machineDate, parseFuzzyDate, startKey, type FuzzyDate } from './dates.ts';

const parse = (text: unknown): FuzzyDate => {
	const r = parseFuzzyDate(text);
	if (!r.ok) throw new Error(`expected ${String(text)} to parse: ${r.reason}`);
	return r.date;
};
const reason = (text: unknown) => {
	const r = parseFuzzyDate(text);
	return r.ok ? 'parsed' : r.reason;
};

describe('parseFuzzyDate', () => {
	it('reads a year, a month and a day with their precision', () => {
		expect(parse('2025').start).toEqual({ year: 2025, precision: 'year', approximate: false, uncertain: false });
		expect(parse('2025-03').start).toEqual({ year: 2025, month: 3, precision: 'month', approximate: false, uncertain: false });
		expect(parse('2025-03-07').start).toEqual({ year: 2025, month: 3, day: 7, precision: 'day', approximate: false, uncertain: false });
	});

	it('reads the qualifiers: ~ about, ? uncertain, % both', () => {
		expect(parse('2025-03-06~').start).toMatchObject({ approximate: true, uncertain: false });
		expect(parse('2025-03-06?').start).toMatchObject({ approximate: false, uncertain: true });
		expect(parse('2025-03%').start).toMatchObject({ approximate: true, uncertain: true, precision: 'month' });
	});

	it('reads a range whose ends have their own precision', () => {
		const d = parse('2025-02-28/2025-03');
		expect(d.start).toMatchObject({ month: 2, day: 28, precision: 'day' });
		expect(d.end).toMatchObject({ month: 3, precision: 'month' });
		expect(d.edtf).toBe('2025-02-28/2025-03');
	});

	it('accepts what YAML readers hand over: a Date at midnight UTC, a bare year number, surrounding spaces', () => {
		expect(parse(new Date(Date.UTC(2025, 2, 7))).edtf).toBe('2025-03-07');
		expect(parse(2025).start.precision).toBe('year');
		expect(parse(' 2025-03-07 ').edtf).toBe('2025-03-07');
	});

	it('accepts 29 February only in leap years', () => {
		expect(reason('2024-02-29')).toBe('parsed');
		expect(reason('2025-02-29')).toBe('day 29 does not exist in February 2025');
	});

	it('refuses impossible and malformed dates, saying why', () => {
		expect(reason('2025-02-31')).toBe('day 31 does not exist in February 2025');
		expect(reason('2025-04-31')).toBe('day 31 does not exist in April 2025');
		expect(reason('2025-03-00')).toBe('day 00 does not exist in March 2025');
		expect(reason('2025-13')).toBe('month 13 does not exist in "2025-13"');
		expect(reason('2025-00-10')).toBe('month 00 does not exist in "2025-00-10"');
		expect(reason('7 March 2025')).toBe('"7 March 2025" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD');
		expect(reason('2025-3-7')).toBe('"2025-3-7" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD');
		expect(reason('2025/2026/2027')).toBe('"2025/2026/2027" has more than one "/"; a range is START/END');
		expect(reason('')).toBe('expected a date such as 2025-03-07, 2025-03 or 2025');
		expect(reason(undefined)).toBe('expected a date such as 2025-03-07, 2025-03 or 2025');
		expect(reason(2025.5)).toBe('expected a date such as 2025-03-07, 2025-03 or 2025');
	});

	it('refuses a range that ends before it starts, but not one that ends inside its start', () => {
		expect(reason('2025-03-08/2025-03-06')).toBe('the range ends (2025-03-06) before it starts (2025-03-08)');
		expect(reason('2025-03-08/2025-03')).toBe('parsed');
		expect(reason('2025-03-08/2025-02')).toBe('the range ends (2025-02) before it starts (2025-03-08)');
	});
});

describe('sorting keys', () => {
	it('give the earliest and latest day a date can mean', () => {
		expect(startKey(parse('2025'))).toBe('2025-01-01');
		expect(endKey(parse('2025'))).toBe('2025-12-31');
		expect(startKey(parse('2024-02'))).toBe('2024-02-01');
		expect(endKey(parse('2024-02'))).toBe('2024-02-29');
		expect(endKey(parse('2025-02-28/2025-03'))).toBe('2025-03-31');
	});
});

describe('formatDate says no more than the date knows', () => {
	it.each([
		['2025-03-07', '7 March 2025'],
		['2025-03', 'March 2025'],
		['2025', '2025'],
		['2025-03-06~', 'c. 6 March 2025'],
		['2025-03~', 'c. March 2025'],
		['2025-03-06?', '6 March 2025 (uncertain)'],
		['2025-03-06%', 'c. 6 March 2025 (uncertain)'],
		['2025-03-06/2025-03-08', '6–8 March 2025'],
		['2025-02-28/2025-03-02', '28 February – 2 March 2025'],
		['2024-12-30/2025-01-02', '30 December 2024 – 2 January 2025'],
		['2025-01/2025-03', 'January – March 2025'],
		['2024/2025', '2024–2025'],
		['2025-03-07/2025-03-07', '7 March 2025'],
		['2025-03-06~/2025-03-08', 'c. 6 March 2025 – 8 March 2025'],
		['2025-02-28/2025-03', '28 February 2025 – March 2025'],
	])('%s → %s', (edtf, words) => {
		expect(formatDate(parse(edtf))).toBe(words);
	});
});

describe('machineDate gives <time datetime> values as precise as the date', () => {
	it.each([
		['2025-03-07', '2025-03-07'],
		['2025-03', '2025-03'],
		['2025', '2025'],
		['2025-03-06~', '2025-03-06'],
		['2025-03-06/2025-03-08', '2025-03-06/2025-03-08'],
		['2025-02-28/2025-03', '2025-02-28/2025-03'],
	])('%s → %s', (edtf, value) => {
		expect(machineDate(parse(edtf))).toBe(value);
	});
});
