import { describe, expect, it } from 'vitest';
import { appearsIn, normaliseForMatch, prepareSource, readableText } from './text-match.ts';

const source = `Syrian President Ahmad al-Sharaa urged Alawite insurgents to surrender “before it is too late” on Friday evening.

"You have attacked all Syrians and committed an unforgivable mistake. The response has fallen, and you could not
withstand it. Lay down your arms and surrender before it is too late," said the interim Syrian president.

The country’s new authorities — as they call themselves — said the operation “would continue…”`;

describe('normaliseForMatch', () => {
	it('folds white space, quotation marks, apostrophes, dashes and ellipses', () => {
		expect(normaliseForMatch('  a\u00A0b\n\tc  ')).toBe('a b c');
		expect(normaliseForMatch('“a” «b» „c“')).toBe(normaliseForMatch('"a" "b" "c"'));
		expect(normaliseForMatch('country’s')).toBe("country's");
		expect(normaliseForMatch('a — b – c')).toBe('a - b - c');
		expect(normaliseForMatch('a... b […] c (...) d…')).toBe('a… b … c … d…');
	});
});

describe('readableText', () => {
	it('keeps the words a reader sees: link and image text, no emphasis markers or escapes', () => {
		expect(readableText('said [al-Sharaa](actor:ahmad-al-sharaa), per [AFP](https://afp.com) ![a photo](x.jpg)')).toBe('said al-Sharaa, per AFP a photo');
		expect(readableText('we **will** _not_ *surrender* \\*now\\*')).toBe('we will not surrender *now*');
		expect(readableText('snake_case stays')).toBe('snake_case stays');
		expect(readableText('a __strong__ word')).toBe('a strong word');
	});
});

describe('appearsIn', () => {
	it('finds a quote printed across a line break', () => {
		expect(appearsIn('The response has fallen, and you could not withstand it.', source)).toBe(true);
	});

	it('ignores straight versus curly quotation marks and apostrophes', () => {
		expect(appearsIn('before it is too late', source)).toBe(true);
		expect(appearsIn("The country's new authorities", source)).toBe(true);
		expect(appearsIn('said the operation "would continue..."', source)).toBe(true);
	});

	it('ignores the kind of dash', () => {
		expect(appearsIn('authorities - as they call themselves - said', source)).toBe(true);
	});

	it('reads an ellipsis in the quote as a cut: the pieces must appear in order', () => {
		expect(appearsIn('You have attacked all Syrians (…) Lay down your arms', source)).toBe(true);
		expect(appearsIn('You have attacked all Syrians [...] surrender before it is too late', source)).toBe(true);
		expect(appearsIn('Lay down your arms … You have attacked all Syrians', source)).toBe(false);
	});

	it('reads the source as a reader does: across links and emphasis', () => {
		const markdown = 'He told [Syrian TV](https://example.org/tv) that "we will **never** go back".';
		expect(appearsIn('He told Syrian TV that "we will never go back"', markdown)).toBe(true);
		expect(appearsIn('we will never go back', prepareSource(markdown))).toBe(true);
	});

	it('refuses words the source does not print', () => {
		expect(appearsIn('Lay down your weapons and surrender', source)).toBe(false);
		expect(appearsIn('you have attacked all syrians', source)).toBe(false);
	});

	it('refuses a quote that is only an ellipsis or empty', () => {
		expect(appearsIn('…', source)).toBe(false);
		expect(appearsIn('   ', source)).toBe(false);
	});
});
