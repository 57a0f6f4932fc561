import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown-text.ts';

describe('markdownToText', () => {
	it('keeps the words of links, entity links and images, not their addresses', () => {
		expect(markdownToText('Talks with [al-Sharaa](actor:ahmad-al-sharaa) in [Damascus](https://example.org/a_b) ![the square](img.png "x").')).toBe(
			'Talks with al-Sharaa in Damascus the square.',
		);
		expect(markdownToText('See [the report][r].\n\n[r]: https://example.org')).toBe('See the report.');
		expect(markdownToText('Mail <mailto:desk@example.org> or <https://example.org>.')).toBe('Mail mailto:desk@example.org or https://example.org.');
	});

	it('drops block and inline markup but keeps paragraphs apart', () => {
		const md = '# Heading #\n\n> A **quoted** line\n> goes _on_\n\n- one\n- [x] two\n1. three\n\n---\n\n| a | b |\n|---|:-:|\n| c | d |\n\n```\ncode_here()\n```';
		expect(markdownToText(md).split('\n')).toEqual(['Heading', 'A quoted line goes on', 'one two three', 'a b', 'c d', 'code_here()']);
	});

	it('removes HTML tags and comments and decodes entities', () => {
		expect(markdownToText('<p class="x">Curfew &amp; checkpoints</p><!-- note --> in &#x62F;&#1605;&#1588;&#1602; &nbsp;now')).toBe('Curfew & checkpoints in دمشق now');
		expect(markdownToText('&bogus; &#0; stay')).toBe('&bogus; &#0; stay');
	});

	it('keeps underscores inside words and escaped characters', () => {
		expect(markdownToText('file_name and __bold__ and \\*stars\\* and _em_')).toBe('file_name and bold and *stars* and em');
	});

	it('keeps Arabic text as it is', () => {
		expect(markdownToText('قال **الشرع** إن [دمشق](place:damascus) آمنة.')).toBe('قال الشرع إن دمشق آمنة.');
	});

	it('keeps words a careless rule would eat: comparisons, wrapped years, footnotes', () => {
		expect(markdownToText('casualties < 100 and > 50')).toBe('casualties < 100 and > 50');
		expect(markdownToText('The uprising began in March\n2011. After that')).toBe('The uprising began in March 2011. After that');
		expect(markdownToText('Figures differ.[^1]\n\n[^1]: SOHR counted 1,500.')).toBe('Figures differ.\nSOHR counted 1,500.');
	});
});
