import { describe, expect, it } from 'vitest';
import { highlight } from './snippet.ts';

const marked = (text: string, q: string) => highlight(text, q).filter((s) => s.mark).map((s) => s.text);

describe('highlight', () => {
	it('marks the words of the query, folded', () => {
		expect(marked('Russia urged both sides to stop the bloodbath.', 'STOP bloodbath')).toEqual(['stop', 'bloodbath']);
		expect(marked('أحمد الشرع في اللاذقية', 'احمد اللاذقيه')).toEqual(['أحمد', 'اللاذقية']);
	});

	it('marks words that start with the last word typed', () => {
		expect(marked('Clashes in Latakia', 'lata')).toEqual(['Latakia']);
	});

	it('keeps the text whole and clips long text at a word', () => {
		const text = 'word '.repeat(100).trim();
		const out = highlight(text, 'nothing').map((s) => s.text).join('');
		expect(out.endsWith('word…')).toBe(true);
		expect(out.length).toBeLessThanOrEqual(221);
		expect(highlight('short', '').map((s) => s.text).join('')).toBe('short');
	});
});
