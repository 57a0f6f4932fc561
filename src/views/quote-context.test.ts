import { describe, expect, it } from 'vitest';
import { markQuotes, quoteInContext } from './quote-context.ts';

const article = `The clashes began on Thursday.

Aron Lund, of the [Century International](actor:century) think tank, described the situation as a “ticking time bomb.” Others disagreed.

"Lay down your arms and surrender before it is too late," said the president. He spoke on Friday.`;

describe('quoteInContext', () => {
	it('gives the sentence around the words, as the source prints them', () => {
		expect(quoteInContext('ticking time bomb', article)).toEqual({
			before: 'Aron Lund, of the Century International think tank, described the situation as a “',
			words: 'ticking time bomb',
			after: '.”',
		});
	});

	it('finds words whose quotation marks and spacing differ, and cut quotes piece by piece', () => {
		expect(quoteInContext('Lay down your arms (…) before it is too late', article)).toEqual({
			before: '"',
			words: 'Lay down your arms and surrender before it is too late',
			after: '," said the president.',
		});
	});

	it('is undefined for words the text does not hold', () => {
		expect(quoteInContext('we will never surrender', article)).toBeUndefined();
	});
});

describe('markQuotes', () => {
	const html = '<p>Aron Lund, of the <a href="x">Century International</a> think tank, described the situation as a “ticking time bomb.”</p><p>&quot;Lay down your arms and surrender before it is too late,&quot; said the president.</p><p>A <a href="y">linked quote</a> here.</p>';

	it('marks each quote in the text, the first piece with its anchor', () => {
		const { html: out, marked } = markQuotes(html, [
			{ id: 'bomb', text: 'ticking time bomb' },
			{ id: 'arms', text: 'Lay down your arms … before it is too late' },
		]);
		expect(out).toContain('“<mark class="quote-mark" id="quote-bomb">ticking time bomb</mark>.”');
		expect(out).toContain('&quot;<mark class="quote-mark" id="quote-arms">Lay down your arms</mark> and surrender <mark class="quote-mark">before it is too late</mark>,&quot;');
		expect([...marked]).toEqual(['bomb', 'arms']);
	});

	it('leaves words that cross an element, or are only in an attribute, unmarked', () => {
		const { html: out, marked } = markQuotes(html, [{ id: 'a', text: 'A linked quote here' }, { id: 'b', text: 'x' }]);
		expect(marked.size).toBe(0);
		expect(out).toBe(html);
	});
});
