import { describe, expect, it } from 'vitest';
import { bodyProse, directionRuns, highlight } from './prose.ts';
import { markTest, nameTable } from './names.ts';

const table = nameTable([
	{ names: ['Ahmad al-Sharaa', 'أحمد الشرع', 'Sharaa'], person: true },
	{ names: ['Tartus', 'طرطوس', 'Tartous'] },
]);
const marked = (text: string, q: string) => highlight(text, markTest(table, q)).filter((s) => s.mark).map((s) => s.text);

describe('highlight', () => {
	it('marks the words of the query, folded', () => {
		expect(marked('Russia urged both sides to stop the bloodbath.', 'STOP bloodbath')).toEqual(['stop', 'bloodbath']);
		expect(marked('قال في اللاذقية', 'اللاذقيه')).toEqual(['اللاذقية']);
	});

	it('marks every spelling of a name the query holds', () => {
		expect(marked('Clashes in Tartous; طرطوس calm; Tartus port', 'Tartus')).toEqual(['Tartous', 'طرطوس', 'Tartus']);
		expect(marked('President al-Sharaa said', 'الشرع')).toEqual(['al-Sharaa']);
		// A name's other words only as part of it: "Ahmad" alone is someone else.
		expect(marked('Ahmad al-Sharaa met Ahmad Dalati', 'Sharaa')).toEqual(['Ahmad al-Sharaa']);
	});

	it('marks words that start with the last word typed', () => {
		expect(marked('Clashes in Latakia', 'lata')).toEqual(['Latakia']);
	});

	it('keeps the text whole and clips long text at a word', () => {
		const text = 'word '.repeat(100).trim();
		const out = highlight(text, (words) => words.map(() => false)).map((s) => s.text).join('');
		expect(out.endsWith('word…')).toBe(true);
		expect(out.length).toBeLessThanOrEqual(221);
	});
});

describe('directionRuns', () => {
	it('keeps an Arabic phrase one right-to-left run, its mark inside, and Latin text left to right', () => {
		const runs = directionRuns([
			{ text: 'He said ', mark: false },
			{ text: 'al-Sharaa', mark: true },
			{ text: ' (قال ', mark: false },
			{ text: 'الشرع', mark: true },
			{ text: ' إن) today', mark: false },
		]);
		expect(runs.map((r) => [r.dir, r.segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('')])).toEqual([
			['ltr', 'He said [al-Sharaa] ('],
			['rtl', 'قال [الشرع] إن'],
			['ltr', ') today'],
		]);
	});
});

describe('bodyProse', () => {
	it('drops link texts that only name a kind of entry', () => {
		expect(bodyProse('Gunmen attacked a checkpoint ([event](event:jableh-attack)). He spoke ([quote](quote:x)).')).toBe('Gunmen attacked a checkpoint. He spoke.');
	});
});
