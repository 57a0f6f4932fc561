/**
 * One test per validation error: each writes a small content folder (a valid base plus
 * one mistake) to a temporary directory, validates it as the build does, and pins the
 * message a contributor reads: file, line, field, what is wrong, how to fix it.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent, type LoadedContent } from './load-content.ts';
import { formatText } from '../validate/report.ts';

const BASE: Record<string, string> = {
	'actors/ahmad-al-sharaa.md': `---
name: Ahmad al-Sharaa
kind: person
roles:
  - title: Interim President
    from: 2025-01-29
    source: lorient-clashes
---
`,
	'actors/sohr.md': `---
name: Syrian Observatory for Human Rights
kind: ngo
---
`,
	'actors/lorient-today.md': `---
name: L'Orient Today
kind: media
---
`,
	'places/syria.md': `---
name: Syria
kind: country
---
`,
	'places/jableh.md': `---
name: Jableh
kind: town
in: syria
---
`,
	'articles/lorient-clashes.md': `---
title: Clashes in Syria
publisher: lorient-today
url: https://today.lorientlejour.com/article/1450902
published: 2025-03-07
language: en
accessed: 2025-03-08
---
Syrian President [Ahmad al-Sharaa](actor:ahmad-al-sharaa) urged insurgents to surrender.

"Lay down your arms and surrender before it is too late," said the interim Syrian president.
`,
	'quotes/sharaa-surrender.md': `---
text: Lay down your arms and surrender before it is too late
speaker: ahmad-al-sharaa
source: lorient-clashes
---
`,
	'events/jableh-attack.md': `---
title: Attack on security forces in Jableh
date: 2025-03-06
type: battle
actors:
  - actor: sohr
    role: reporting
places: [jableh]
sources: [lorient-clashes]
---
Loyalists attacked security forces in [Jableh](place:jableh).
`,
};

const roots: string[] = [];
/** The eight bytes every PNG file starts with: enough for the picture check. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
afterAll(() => Promise.all(roots.map((r) => rm(r, { recursive: true, force: true }))));

/** Writes BASE with `changes` applied (null deletes a file) and validates it; `public/…` names go beside content/. */
async function validate(changes: Record<string, string | Buffer | null>): Promise<LoadedContent & { report: string; lineOf: (file: string, line: number) => string }> {
	const root = await mkdtemp(path.join(os.tmpdir(), 'archive-messages-'));
	roots.push(root);
	const files = { ...BASE, ...changes };
	for (const [name, text] of Object.entries(files)) {
		if (text === null) continue;
		const file = name.startsWith('public/') ? path.join(root, name) : path.join(root, 'content', name);
		await mkdir(path.dirname(file), { recursive: true });
		await writeFile(file, text);
	}
	const loaded = await loadContent(path.join(root, 'content'), root);
	return {
		...loaded,
		report: formatText(loaded.problems, loaded.files),
		lineOf: (file, line) => String(files[file.replace(/^content\//, '')]!).split('\n')[line - 1]!,
	};
}

/** The text of the line each problem points at, to check the numbers point at the mistake. */
const pointedLines = (r: Awaited<ReturnType<typeof validate>>) => r.problems.map((p) => r.lineOf(p.file, p.line!));

it('the base archive is valid', async () => {
	const r = await validate({});
	expect(r.report).toMatchInlineSnapshot(`"✓ 8 files checked, no problems."`);
});

describe('references', () => {
	it('an unknown reference, in a nested field, suggests the nearest id', async () => {
		const r = await validate({
			'events/jableh-attack.md': BASE['events/jableh-attack.md']!.replace('    role: reporting\n', '    role: reporting\n  - actor: ahmad-al-shara\n    role: speaker\n'),
		});
		expect(r.report).toMatchInlineSnapshot(`
			"content/events/jableh-attack.md:8:5  error
			  field: actors[1].actor
			  Unknown actor "ahmad-al-shara": there is no content/actors/ahmad-al-shara.md.
			  fix: Did you mean "ahmad-al-sharaa"? Use the id (file name without .md) of an existing actor, or add content/actors/ahmad-al-shara.md.

			1 error, 0 warnings in 8 files."
		`);
		expect(pointedLines(r)).toEqual(['  - actor: ahmad-al-shara']);
	});

	it('an unknown reference inside a [list] points at its line and column', async () => {
		const r = await validate({ 'events/jableh-attack.md': BASE['events/jableh-attack.md']!.replace('places: [jableh]', 'places: [jableh, jablah]') });
		expect(r.problems.map((p) => [p.line, p.column, p.path.join('.'), p.suggestion])).toEqual([[8, 18, 'places.1', 'jableh']]);
		expect(pointedLines(r)[0]!.slice(17)).toBe('jablah]');
	});

	it('an unknown reference with nothing near it says how to add the entry', async () => {
		const r = await validate({ 'quotes/sharaa-surrender.md': BASE['quotes/sharaa-surrender.md']!.replace('speaker: ahmad-al-sharaa', 'speaker: bashar-al-assad') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/quotes/sharaa-surrender.md:3:1  error
			  field: speaker
			  Unknown actor "bashar-al-assad": there is no content/actors/bashar-al-assad.md.
			  fix: Use the id (file name without .md) of an existing actor, or add content/actors/bashar-al-assad.md.

			1 error, 0 warnings in 8 files."
		`);
		expect(pointedLines(r)).toEqual(['speaker: bashar-al-assad']);
	});

	it('duplicate ids: the same file name in two folders of one collection', async () => {
		const r = await validate({ 'actors/ngos/sohr.md': BASE['actors/sohr.md']! });
		expect(r.report).toMatchInlineSnapshot(`
			"content/actors/sohr.md:1  error
			  Duplicate id "sohr": content/actors/ngos/sohr.md has the same id.
			  fix: Ids are file names, so two files in content/actors/ (sub-folders included) cannot share one. Rename one of them, or merge them if they describe the same actor.

			1 error, 0 warnings in 9 files."
		`);
	});
});

describe('fields', () => {
	it('a missing required field', async () => {
		const r = await validate({ 'articles/lorient-clashes.md': BASE['articles/lorient-clashes.md']!.replace('publisher: lorient-today\n', '') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/articles/lorient-clashes.md:1  error
			  field: publisher
			  Missing required field "publisher".
			  fix: Add "publisher:" with an id (a file name without .md) — the media outlet that published it (an actor of kind "media").

			1 error, 0 warnings in 8 files."
		`);
	});

	it('a missing required field inside a list item points at the item', async () => {
		const r = await validate({ 'events/jableh-attack.md': BASE['events/jableh-attack.md']!.replace('    role: reporting\n', '') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/events/jableh-attack.md:6:5  error
			  field: actors[0].role
			  Missing required field "actors[0].role".
			  fix: Add "role:" under "actors[0]" with the actor's part in the event: perpetrator, target, participant, speaker, organiser, subject, reacting, mediator, reporting.

			1 error, 0 warnings in 8 files."
		`);
		expect(pointedLines(r)).toEqual(['  - actor: sohr']);
	});

	it('a malformed field: text where a list belongs', async () => {
		const r = await validate({ 'places/jableh.md': BASE['places/jableh.md']!.replace('in: syria\n', 'in: syria\ncoordinates: 35.36, 35.92\n') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/places/jableh.md:5:1  error
			  field: coordinates
			  "coordinates" should be a list, but is the text "35.36, 35.92".
			  fix: Write a list for "coordinates" — [latitude, longitude] in decimal degrees (WGS 84), e.g. [35.36, 35.92].

			1 error, 0 warnings in 8 files."
		`);
		expect(pointedLines(r)).toEqual(['coordinates: 35.36, 35.92']);
	});

	it('a malformed field: a name given as an id where an id is needed', async () => {
		const r = await validate({ 'quotes/sharaa-surrender.md': BASE['quotes/sharaa-surrender.md']!.replace('speaker: ahmad-al-sharaa', 'speaker: Ahmad al-Sharaa') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/quotes/sharaa-surrender.md:3:1  error
			  field: speaker
			  "speaker" is "Ahmad al-Sharaa", which is not an id: an id is lowercase letters, digits and single hyphens, e.g. "ahmad-al-sharaa".
			  fix: Did you mean "ahmad-al-sharaa"? Write the file name of the entry, without ".md".

			1 error, 0 warnings in 8 files."
		`);
	});

	it('a bad value from a vocabulary names the nearest valid value', async () => {
		const r = await validate({ 'events/jableh-attack.md': BASE['events/jableh-attack.md']!.replace('type: battle', 'type: batle') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/events/jableh-attack.md:4:1  error
			  field: type
			  "type" is "batle", which is not one of the allowed values.
			  fix: Did you mean "battle"? Allowed: battle, explosion-remote-violence, violence-against-civilians, protest, riot, strategic-development, security-operation, political-transition, constitutional, diplomatic, statement, humanitarian, justice.

			1 error, 0 warnings in 8 files."
		`);
		expect(r.problems[0]!.suggestion).toBe('battle');
	});

	it('an unknown field suggests the field that was meant', async () => {
		const r = await validate({ 'actors/sohr.md': BASE['actors/sohr.md']!.replace('kind: ngo\n', 'kind: ngo\nalias: [SOHR]\n') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/actors/sohr.md:4:1  error
			  field: alias
			  Unknown field "alias".
			  fix: Did you mean "aliases"? Fields allowed here: name, nameArabic, kind, aliases, description, roles, memberOf, wikidata.

			1 error, 0 warnings in 8 files."
		`);
		expect(pointedLines(r)).toEqual(['alias: [SOHR]']);
	});

	it('an unnamed speaker without a description', async () => {
		const r = await validate({ 'quotes/sharaa-surrender.md': BASE['quotes/sharaa-surrender.md']!.replace('speaker: ahmad-al-sharaa', 'speaker:\n  affiliation: sohr') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/quotes/sharaa-surrender.md:3:1  error
			  field: speaker.description
			  Missing required field "speaker.description".
			  fix: Add "description:" under "speaker" with text — the speaker as the source describes them, e.g. "a security source".

			1 error, 0 warnings in 8 files."
		`);
	});

	it('a casualty claim without a figure', async () => {
		const r = await validate({
			'events/jableh-attack.md': BASE['events/jableh-attack.md']!.replace('sources: [lorient-clashes]\n', 'sources: [lorient-clashes]\ncasualties:\n  - group: civilians\n    claimedBy: sohr\n    asOf: 2025-03-07\n    source: lorient-clashes\n'),
		});
		expect(r.report).toMatchInlineSnapshot(`
			"content/events/jableh-attack.md:11:5  error
			  field: casualties[0].count
			  "casualties[0].count" is missing: a casualty claim needs a figure.
			  fix: Add "count: N" for a single figure, "min: N" for "at least N", "min:" and "max:" for a range, or "words:" with the claim's own words when it gives no number ("several").

			1 error, 0 warnings in 8 files."
		`);
	});
});

describe('dates', () => {
	it('a day that does not exist (31 February)', async () => {
		const r = await validate({ 'events/jableh-attack.md': BASE['events/jableh-attack.md']!.replace('date: 2025-03-06', 'date: 2025-02-31') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/events/jableh-attack.md:3:1  error
			  field: date
			  "date" is "2025-02-31": day 31 does not exist in February 2025.
			  fix: Write a date that exists, as precise as the source supports: YYYY, YYYY-MM or YYYY-MM-DD, with ~ after it for "about" and ? for "uncertain"; a range is START/END and ends on or after its start.

			1 error, 0 warnings in 8 files."
		`);
		expect(pointedLines(r)).toEqual(['date: 2025-02-31']);
	});

	it('a month that does not exist (13)', async () => {
		const r = await validate({ 'articles/lorient-clashes.md': BASE['articles/lorient-clashes.md']!.replace('published: 2025-03-07', 'published: 2025-13') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/articles/lorient-clashes.md:5:1  error
			  field: published
			  "published" is "2025-13": month 13 does not exist in "2025-13".
			  fix: Write a date that exists, as precise as the source supports: YYYY, YYYY-MM or YYYY-MM-DD, with ~ after it for "about" and ? for "uncertain"; a range is START/END and ends on or after its start.

			1 error, 0 warnings in 8 files."
		`);
	});

	it('a range that ends before it starts', async () => {
		const r = await validate({ 'events/jableh-attack.md': BASE['events/jableh-attack.md']!.replace('date: 2025-03-06', 'date: 2025-03-08/2025-03-06') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/events/jableh-attack.md:3:1  error
			  field: date
			  "date" is "2025-03-08/2025-03-06": the range ends (2025-03-06) before it starts (2025-03-08).
			  fix: Write a date that exists, as precise as the source supports: YYYY, YYYY-MM or YYYY-MM-DD, with ~ after it for "about" and ? for "uncertain"; a range is START/END and ends on or after its start.

			1 error, 0 warnings in 8 files."
		`);
	});

	it('a role that ends before it starts', async () => {
		const r = await validate({ 'actors/ahmad-al-sharaa.md': BASE['actors/ahmad-al-sharaa.md']!.replace('    from: 2025-01-29\n', '    from: 2025-01-29\n    to: 2024-12-08\n') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/actors/ahmad-al-sharaa.md:7:5  error
			  field: roles[0].to
			  "roles[0]" ends (to: 2024-12-08) before it starts (from: 2025-01-29).
			  fix: Check both dates against the source; swap them if they were entered the wrong way round.

			1 error, 0 warnings in 8 files."
		`);
		expect(pointedLines(r)).toEqual(['    to: 2024-12-08']);
	});
});

describe('quotes and their sources', () => {
	it('a quote whose text is not in its source’s archived text', async () => {
		const r = await validate({ 'quotes/sharaa-surrender.md': BASE['quotes/sharaa-surrender.md']!.replace('Lay down your arms and surrender', 'Lay down your weapons and surrender') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/quotes/sharaa-surrender.md:2:1  error
			  field: text
			  The quote's text does not appear in its source's archived text (content/articles/lorient-clashes.md).
			  fix: Copy the words exactly as the article prints them (spacing, quotation marks and ellipses may differ); mark a cut with (…). If the source has no archived text yet, leave its body empty and the quote is shown as unverified.

			1 error, 0 warnings in 8 files."
		`);
	});

	it('a quote whose source has no archived text is unverified, not an error', async () => {
		const article = BASE['articles/lorient-clashes.md']!;
		const r = await validate({ 'articles/lorient-clashes.md': article.slice(0, article.indexOf('---\n', 4) + 4) });
		expect(r.problems).toEqual([]);
		expect(r.graph.quotes.get('sharaa-surrender')!.verification).toBe('unverified');
	});

	it('a cited source holds no text: text below its frontmatter is refused', async () => {
		const article = BASE['articles/lorient-clashes.md']!.replace('---\n', '---\nstatus: cited\n');
		const r = await validate({ 'articles/lorient-clashes.md': article });
		expect(r.report).toMatchInlineSnapshot(`
			"content/articles/lorient-clashes.md:2:1  error
			  field: status
			  A cited source has text below its frontmatter: only archived sources hold a copy of their text.
			  fix: Delete the text after the closing "---" (cite the source, do not copy it), or, if the archive has the right to keep its text, write status: archived.

			1 error, 0 warnings in 8 files."
		`);
	});

	it('an archived source without text is refused', async () => {
		const article = BASE['articles/lorient-clashes.md']!.replace('---\n', '---\nstatus: archived\n');
		const r = await validate({ 'articles/lorient-clashes.md': article.slice(0, article.indexOf('---\n', 4) + 4) });
		expect(r.report).toMatchInlineSnapshot(`
			"content/articles/lorient-clashes.md:2:1  error
			  field: status
			  An archived source has no text: its body is empty.
			  fix: Paste the source's text below the frontmatter, or write status: cited when the archive only records its metadata.

			1 error, 0 warnings in 8 files."
		`);
	});

	it('a summary that copies twelve words in a row of an archived text is flagged; the same words in quotation marks are not', async () => {
		const copied = 'Syrian President Ahmad al-Sharaa urged insurgents to surrender: lay down your arms and surrender.';
		const r = await validate({ 'events/jableh-attack.md': `${BASE['events/jableh-attack.md']}\n${copied}\n` });
		expect(r.report).toMatchInlineSnapshot(`
			"content/events/jableh-attack.md:13  warning
			  12 or more words in a row are copied from the archived text of content/articles/lorient-clashes.md: "syrian president ahmad al sharaa urged insurgents to surrender lay down your…".
			  fix: Write the summary in your own words, or, if the words matter as said, put them in quotation marks and say who said them.

			0 errors, 1 warning in 8 files."
		`);
		const quoted = await validate({ 'events/jableh-attack.md': `${BASE['events/jableh-attack.md']}\nThe report says "${copied}"\n` });
		expect(quoted.problems).toEqual([]);
	});

	it('a perpetrator named without who says so', async () => {
		const r = await validate({ 'events/jableh-attack.md': BASE['events/jableh-attack.md']!.replace('  - actor: sohr\n    role: reporting', '  - actor: sohr\n    role: perpetrator') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/events/jableh-attack.md:7:5  error
			  field: actors[0].role
			  "sohr" is named as perpetrator without saying who says so.
			  fix: Who did it is a claim: add claimedBy (the actor that names "sohr": a monitor, a government, or "sohr" itself when it announced its own act) and source (the article that reports it). Rival accounts are separate entries, each with its claimant.

			1 error, 0 warnings in 8 files."
		`);
		const claimed = await validate({ 'events/jableh-attack.md': BASE['events/jableh-attack.md']!.replace('  - actor: sohr\n    role: reporting', '  - actor: sohr\n    role: perpetrator\n    claimedBy: ahmad-al-sharaa\n    source: lorient-clashes') });
		expect(claimed.problems).toEqual([]);
	});

	it('a community named as target as a fact, while who did it is a claim', async () => {
		const r = await validate({
			'actors/alawites.md': '---\nname: Alawites\nkind: community\n---\n',
			'events/jableh-attack.md': BASE['events/jableh-attack.md']!.replace('  - actor: sohr\n    role: reporting', '  - actor: sohr\n    role: perpetrator\n    claimedBy: ahmad-al-sharaa\n    source: lorient-clashes\n  - actor: alawites\n    role: target'),
		});
		expect(r.report).toMatchInlineSnapshot(`
			"content/events/jableh-attack.md:11:5  warning
			  field: actors[1].role
			  The community "alawites" is named as the target as a fact, while who did it is one side's claim.
			  fix: If the victims' community is that side's account too, add claimedBy and source; keep it without them only when every source states it in its own voice.

			0 errors, 1 warning in 9 files."
		`);
	});

	it('two quotes of one statement with different speakers', async () => {
		const r = await validate({ 'quotes/sohr-surrender.md': BASE['quotes/sharaa-surrender.md']!.replace('speaker: ahmad-al-sharaa', 'speaker: sohr').replace('---\n', '---\nstatement: sharaa-surrender\n') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/quotes/sohr-surrender.md:2:1  error
			  field: statement
			  Statement "sharaa-surrender" has two speakers: this quote's speaker is "sohr", but content/quotes/sharaa-surrender.md gives "ahmad-al-sharaa".
			  fix: The quotes of one statement render one utterance by one speaker. Correct the speaker of one of them, or, if these are different utterances, remove "statement: sharaa-surrender" from this quote.

			content/quotes/sohr-surrender.md:3:1  warning
			  field: text
			  Possible duplicate: content/quotes/sharaa-surrender.md has the same text.
			  fix: If it is the same utterance in another source, keep both and give them the same "statement" id; if it is the same source, delete one.

			1 error, 1 warning in 9 files."
		`);
	});
});

describe('prose links', () => {
	it('a link to a missing entity points at its line and column', async () => {
		const r = await validate({ 'events/jableh-attack.md': `${BASE['events/jableh-attack.md']}\nClaimed by [the observatory](actor:sohrr).\n` });
		expect(r.report).toMatchInlineSnapshot(`
			"content/events/jableh-attack.md:13:12  error
			  field: body
			  Cross-link to a missing actor: "actor:sohrr".
			  fix: Did you mean "actor:sohr"? Link to an existing actor (the name of a file in content/actors/, without .md), or add content/actors/sohrr.md.

			1 error, 0 warnings in 8 files."
		`);
		expect(pointedLines(r)).toEqual(['Claimed by [the observatory](actor:sohrr).']);
	});

	it('a malformed link', async () => {
		const r = await validate({ 'events/jableh-attack.md': `${BASE['events/jableh-attack.md']}\nSee [al-Sharaa](actor:Ahmad al-Sharaa).\n` });
		expect(r.report).toMatchInlineSnapshot(`
			"content/events/jableh-attack.md:13:5  error
			  field: body
			  Malformed cross-link "actor:Ahmad al-Sharaa".
			  fix: Write cross-links as [text](kind:id), where kind is article, quote, statement, event, actor or place and id is a file name, e.g. [al-Sharaa](actor:ahmad-al-sharaa).

			1 error, 0 warnings in 8 files."
		`);
		expect(pointedLines(r)).toEqual(['See [al-Sharaa](actor:Ahmad al-Sharaa).']);
	});
	it('a link to a statement reported only once, which is shown on its quote\'s page', async () => {
		const quoteId = Object.keys(BASE).find((f) => f.startsWith('quotes/'))!.replace(/^quotes\/|\.md$/g, '');
		const r = await validate({ 'events/jableh-attack.md': `${BASE['events/jableh-attack.md']}\nAs [he said](statement:${quoteId}).\n` });
		expect(r.problems.map((p) => [p.message, p.fix])).toEqual([
			[
				`Cross-link to statement "${quoteId}", which has only one rendering, so it has no page of its own.`,
				`Link its quote instead: [he said](quote:${quoteId}).`,
			],
		]);
		expect(pointedLines(r)).toEqual([`As [he said](statement:${quoteId}).`]);
	});

	it('an image from another site is a warning: readers would not see it', async () => {
		const r = await validate({
			'events/jableh-attack.md': `${BASE['events/jableh-attack.md']}\n![The square](https://example.org/square.jpg) and <img alt="x" src="//cdn.example.org/a.png">, but ![a map](../images/map.png) is ours.\n`,
			'public/images/map.png': PNG,
		});
		expect(r.report).toMatchInlineSnapshot(`
			"content/events/jableh-attack.md:13:15  warning
			  Image from another site: "https://example.org/square.jpg". Readers will not see it: the archive's pages load images only from the archive itself, and a copy read from disk may have no network.
			  fix: Link to the image instead ([photo: what it shows](https://…)), or save it in public/images/ and show it with ![what it shows](../images/<file>).

			content/events/jableh-attack.md:13:69  warning
			  Image from another site: "//cdn.example.org/a.png". Readers will not see it: the archive's pages load images only from the archive itself, and a copy read from disk may have no network.
			  fix: Link to the image instead ([photo: what it shows](https://…)), or save it in public/images/ and show it with ![what it shows](../images/<file>).

			0 errors, 2 warnings in 8 files."
		`);
		expect(pointedLines(r)).toEqual(Array(2).fill('![The square](https://example.org/square.jpg) and <img alt="x" src="//cdn.example.org/a.png">, but ![a map](../images/map.png) is ours.'));
		expect(r.problems.map((p) => [p.severity, p.column])).toEqual([['warning', 15], ['warning', 69]]);
	});
});

describe('files', () => {
	it('malformed YAML, with its line', async () => {
		const r = await validate({ 'places/jableh.md': BASE['places/jableh.md']!.replace('kind: town', 'kind town') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/places/jableh.md:3:1  error
			  The frontmatter is not valid YAML on line 3: this line is not a "field: value" pair (is the colon or the space after it missing?).
			  fix: Write every field as "key: value" on one line, with a space after the colon; wrap text containing ": " in quotes.

			1 error, 0 warnings in 8 files."
		`);
		expect(pointedLines(r)).toEqual(['kind town']);
	});

	it('an unclosed quotation mark in YAML points where it opens', async () => {
		const r = await validate({ 'events/jableh-attack.md': BASE['events/jableh-attack.md']!.replace('title: Attack on security forces in Jableh', 'title: "Attack on security forces in Jableh') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/events/jableh-attack.md:2:8  error
			  The frontmatter is not valid YAML on line 2: the quotation mark (") opened here is never closed.
			  fix: Close the quotation mark or bracket that is opened on this line, or remove it.

			1 error, 0 warnings in 8 files."
		`);
		expect(pointedLines(r)).toEqual(['title: "Attack on security forces in Jableh']);
	});

	it('a field given twice', async () => {
		const r = await validate({ 'places/syria.md': BASE['places/syria.md']!.replace('kind: country\n', 'kind: country\nname: Syrian Arab Republic\n') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/places/syria.md:4:1  error
			  The frontmatter is not valid YAML on line 4: the field "name" appears twice.
			  fix: A field may appear only once: delete one of the two "name:" lines, or merge their values.

			1 error, 0 warnings in 8 files."
		`);
		expect(pointedLines(r)).toEqual(['name: Syrian Arab Republic']);
	});

	it('a file without frontmatter', async () => {
		const r = await validate({ 'places/syria.md': 'name: Syria\nkind: country\n' });
		expect(r.report).toMatchInlineSnapshot(`
			"content/places/syria.md:1  error
			  The file does not start with a frontmatter block (a line "---").
			  fix: Start the file with a line "---", then the fields in YAML, then another "---", then the text; copy an existing file of the same kind as a model.

			1 error, 0 warnings in 8 files."
		`);
	});

	it('a frontmatter block that is never closed', async () => {
		const r = await validate({ 'places/syria.md': '---\nname: Syria\nkind: country\n\nSyria is a country.\n' });
		expect(r.report).toMatchInlineSnapshot(`
			"content/places/syria.md:1  error
			  The frontmatter block opened on line 1 is never closed.
			  fix: Add a line "---" after the last field, before the text.

			1 error, 0 warnings in 8 files."
		`);
	});

	it('a file name that is not an id', async () => {
		const r = await validate({ 'places/Tartous Governorate.md': '---\nname: Tartous Governorate\nkind: governorate\n---\n' });
		expect(r.report).toMatchInlineSnapshot(`
			"content/places/Tartous Governorate.md:1  error
			  The file name "Tartous Governorate.md" is not a valid id.
			  fix: File names are lowercase letters, digits and single hyphens: rename it to "tartous-governorate.md".

			1 error, 0 warnings in 9 files."
		`);
	});

	it('a file that is not Markdown, in a collection', async () => {
		const r = await validate({ 'places/notes.txt': 'Latakia: add coordinates\n' });
		expect(r.report).toMatchInlineSnapshot(`
			"content/places/notes.txt:1  error
			  "notes.txt" is not a Markdown file, so it would not be published.
			  fix: Content files are Markdown files ending in .md: rename it, or move it out of content/places/.

			1 error, 0 warnings in 9 files."
		`);
	});

	it('an unknown folder in content/', async () => {
		const r = await validate({ 'people/ahmad-al-sharaa.md': BASE['actors/ahmad-al-sharaa.md']! });
		expect(r.report).toMatchInlineSnapshot(`
			"content/people:1  error
			  Unknown content folder "people": its files would not be published.
			  fix: Move the files into one of content/articles/, content/quotes/, content/events/, content/actors/, content/places/.

			1 error, 0 warnings in 8 files."
		`);
	});

	it('a file outside the collection folders', async () => {
		const r = await validate({ 'jableh.md': BASE['places/jableh.md']!, 'README.md': 'Notes for contributors.\n', '.DS_Store': 'x', 'places/.jableh.md.swp': 'x' });
		expect(r.report).toMatchInlineSnapshot(`
			"content/jableh.md:1  error
			  "jableh.md" is not in a collection folder, so it would not be published.
			  fix: Move it into the folder of its kind: content/articles/, content/quotes/, content/events/, content/actors/, content/places/.

			1 error, 0 warnings in 8 files."
		`);
	});

	it('a place containment cycle', async () => {
		const r = await validate({ 'places/syria.md': BASE['places/syria.md']!.replace('kind: country\n', 'kind: country\nin: jableh\n') });
		expect(r.report).toMatchInlineSnapshot(`
			"content/places/jableh.md:4:1  error
			  field: in
			  Places lie inside each other in a circle: jableh → syria → jableh.
			  fix: A place lies in a larger place. Correct the "in" field of one of them: content/places/jableh.md, content/places/syria.md.

			1 error, 0 warnings in 8 files."
		`);
		// Either file may hold the mistake; the message names both and points at the first.
		expect(pointedLines(r)).toEqual(['in: syria']);
	});
});

describe('all at once', () => {
	it('a file with a format error still has its references checked: both are reported in one run', async () => {
		const event = BASE['events/jableh-attack.md']!.replace('date: 2025-03-06', 'date: 2025-02-31').replace('places: [jableh]', 'places: [jablehh]').replace('(place:jableh)', '(place:jablehh)');
		const r = await validate({ 'events/jableh-attack.md': event });
		expect(r.report).toMatchInlineSnapshot(`
			"content/events/jableh-attack.md:3:1  error
			  field: date
			  "date" is "2025-02-31": day 31 does not exist in February 2025.
			  fix: Write a date that exists, as precise as the source supports: YYYY, YYYY-MM or YYYY-MM-DD, with ~ after it for "about" and ? for "uncertain"; a range is START/END and ends on or after its start.

			content/events/jableh-attack.md:8:10  error
			  field: places[0]
			  Unknown place "jablehh": there is no content/places/jablehh.md.
			  fix: Did you mean "jableh"? Use the id (file name without .md) of an existing place, or add content/places/jablehh.md.

			content/events/jableh-attack.md:11:39  error
			  field: body
			  Cross-link to a missing place: "place:jablehh".
			  fix: Did you mean "place:jableh"? Link to an existing place (the name of a file in content/places/, without .md), or add content/places/jablehh.md.

			3 errors, 0 warnings in 8 files."
		`);
		expect(pointedLines(r)).toEqual(['date: 2025-02-31', 'places: [jablehh]', 'Loyalists attacked security forces in [Jableh](place:jablehh).']);
	});

	it('every problem is reported in one run, and a file that exists but is invalid is not also called unknown', async () => {
		const r = await validate({
			'actors/sohr.md': BASE['actors/sohr.md']!.replace('kind: ngo', 'kind: nog'),
			'places/jableh.md': BASE['places/jableh.md']!.replace('kind: town', 'kind: twon'),
			'articles/lorient-clashes.md': BASE['articles/lorient-clashes.md']!.replace('published: 2025-03-07', 'published: 2025-02-30'),
		});
		expect(r.problems.map((p) => `${p.file}:${p.line} ${p.path.join('.')}`).sort()).toEqual([
			'content/actors/sohr.md:3 kind',
			'content/articles/lorient-clashes.md:5 published',
			'content/places/jableh.md:3 kind',
		]);
	});
});
