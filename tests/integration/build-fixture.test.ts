/**
 * Builds the small fixture archive in tests/fixtures/basic/ exactly as `npm run build`
 * does and reads the pages: every relation must be linked both ways, dates must carry
 * valid `<time datetime>` values, and a broken copy must stop the build before any page
 * is written, with a message that teaches.
 */
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { buildSite, projectRoot, type BuildResult } from '../support/build-site.ts';

const FIXTURE = path.join(projectRoot, 'tests', 'fixtures', 'basic');

let built: BuildResult;
const pages = new Map<string, Root>();
const cleanup: string[] = [];

beforeAll(async () => {
	built = await buildSite(FIXTURE);
	cleanup.push(path.dirname(built.outDir));
	if (built.code !== 0) throw new Error(`the fixture did not build (exit ${built.code}):\n${built.stderr || built.stdout}`);
	for (const file of await readdir(built.outDir, { recursive: true })) {
		if (file.endsWith('.html')) pages.set(file.split(path.sep).join('/'), fromHtml(await readFile(path.join(built.outDir, file), 'utf8')));
	}
});
afterAll(() => Promise.all(cleanup.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Every element below `node` that `test` accepts, in document order. */
function findAll(node: Root | Element, test: (e: Element) => boolean): Element[] {
	const out: Element[] = [];
	const walk = (n: Root | Element) => {
		for (const child of n.children) {
			if (child.type !== 'element') continue;
			if (test(child)) out.push(child);
			walk(child);
		}
	};
	walk(node);
	return out;
}

const page = (file: string) => {
	const tree = pages.get(file);
	if (!tree) throw new Error(`${file} was not built; built: ${[...pages.keys()].join(', ')}`);
	return tree;
};
const main = (file: string) => findAll(page(file), (e) => e.tagName === 'main')[0]!;
/** The `<section aria-labelledby=…>` of a page, e.g. its "events" section. */
const section = (file: string, labelledBy: string) => {
	const found = findAll(main(file), (e) => e.tagName === 'section' && [e.properties['ariaLabelledBy']].flat().includes(labelledBy))[0];
	if (!found) throw new Error(`${file} has no section "${labelledBy}"`);
	return found;
};
const hrefs = (node: Root | Element) => findAll(node, (e) => e.tagName === 'a' && typeof e.properties['href'] === 'string').map((a) => String(a.properties['href']));
const times = (node: Root | Element) => findAll(node, (e) => e.tagName === 'time').map((t) => ({ datetime: String(t.properties['dateTime']), text: toText(t) }));
const byClass = (node: Root | Element, name: string) => findAll(node, (e) => Array.isArray(e.properties['className']) && e.properties['className'].includes(name));

describe('the fixture archive', () => {
	it('has a page per entry, an index per kind, home and timeline', () => {
		for (const file of [
			'index.html', 'timeline.html', 'actors.html', 'places.html', 'events.html', 'articles.html', 'quotes.html', 'statements.html',
			'actors/ahmad-al-sharaa.html', 'actors/lorient-today.html', 'actors/sohr.html',
			'places/syria.html', 'places/jableh.html',
			'events/jableh-clashes.html', 'events/sharaa-speech.html',
			'articles/lorient-clashes.html', 'articles/lorient-clashes-fr.html',
			'quotes/sharaa-surrender.html', 'quotes/sharaa-surrender-fr.html',
			'statements/sharaa-surrender.html',
		]) {
			expect(pages.has(file), file).toBe(true);
		}
	});

	it('every internal link and asset leads to a file that exists, never to a folder or the disk root', async () => {
		const broken: string[] = [];
		for (const [file, tree] of pages) {
			const urls = findAll(tree, (e) => ['a', 'link', 'script', 'img'].includes(e.tagName))
				.map((e) => String(e.properties['href'] ?? e.properties['src'] ?? ''))
				.filter((u) => u && !/^(?:https?:|mailto:|#)/.test(u));
			for (const url of urls) {
				const target = decodeURIComponent(url.replace(/[?#].*$/, ''));
				if (url.startsWith('/') || url.endsWith('/') || target === '') {
					broken.push(`${file}: ${url} (not a relative link to a file)`);
					continue;
				}
				const found = await stat(path.join(built.outDir, path.dirname(file), target)).catch(() => null);
				if (!found?.isFile()) broken.push(`${file}: ${url}`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('an event page links to its actor, and the actor page lists the event with the role', () => {
		const event = 'events/sharaa-speech.html';
		expect(hrefs(byClass(main(event), 'facts')[0]!)).toContain('../actors/ahmad-al-sharaa.html');
		const events = section('actors/ahmad-al-sharaa.html', 'events');
		expect(hrefs(events)).toEqual(['../events/sharaa-speech.html']);
		expect(toText(events)).toContain('speaker');
	});

	it('an event page links to its place and sources, and both list the event', () => {
		const event = 'events/jableh-clashes.html';
		const facts = hrefs(byClass(main(event), 'facts')[0]!);
		expect(facts).toContain('../places/jableh.html');
		expect(facts).toContain('../articles/lorient-clashes.html');
		expect(hrefs(section('places/jableh.html', 'events'))).toContain('../events/jableh-clashes.html');
		expect(hrefs(section('articles/lorient-clashes.html', 'events')).filter((h) => h.startsWith('../events/'))).toEqual(['../events/jableh-clashes.html', '../events/coast-killings.html', '../events/sharaa-speech.html']);
	});

	it('an event page attributes each casualty claim, with its as-of date', () => {
		const claims = section('events/jableh-clashes.html', 'claims');
		expect(toText(claims)).toContain('311 killed');
		expect(hrefs(claims)).toContain('../actors/sohr.html');
		expect(times(claims)).toContainEqual({ datetime: '2025-03-07', text: '7 March 2025' });
		expect(hrefs(section('actors/sohr.html', 'claims'))).toContain('../events/jableh-clashes.html');
	});

	it('a role one side alleges says who alleges it, on the event page and the actor page', () => {
		const facts = toText(byClass(main('events/coast-killings.html'), 'facts')[0]!);
		expect(facts).toMatch(/Syrian security forces\s*perpetrator\s*\(according to Syrian Observatory for Human Rights, Clashes in Syria/);
		expect(toText(section('actors/security-forces.html', 'events'))).toContain('perpetrator according to Syrian Observatory for Human Rights');
	});

	it('when sources disagree on the date, the page says so and gives each date with its source', () => {
		const note = byClass(main('events/coast-killings.html'), 'date-conflict')[0]!;
		expect(toText(note)).toMatch(/Sources disagree on the date[^]*7–9 March 2025, according to Death toll in Syria's coastal violence rises, monitor says — Reuters dates the first killings to Friday/);
		expect(hrefs(note)).toEqual(['../articles/reuters-coast-toll.html']);
		expect(byClass(main('events/sharaa-speech.html'), 'date-conflict')).toEqual([]);
	});

	it('an event with several figures charts each claimant\'s count against its date, beside the table; a figure in words stays in the table', () => {
		const claims = section('events/coast-killings.html', 'claims');
		const chart = findAll(claims, (e) => e.tagName === 'svg')[0]!;
		expect(chart.properties['role']).toBe('img');
		expect(String(chart.properties['ariaLabel'])).toMatch(/People killed, as each claimant counted them/);
		expect(findAll(chart, (e) => e.tagName === 'circle')).toHaveLength(2);
		expect(toText(claims)).toContain('dozens killed (unverified)');
		expect(findAll(section('events/jableh-clashes.html', 'claims'), (e) => e.tagName === 'svg')).toEqual([]);
	});

	it('a cited source says it is cited and holds no text; the archived one shows its text', () => {
		const cited = main('articles/reuters-coast-toll.html');
		expect(toText(cited)).toMatch(/Source · Cited[^]*A cited source: the archive records where and when it was published/);
		expect(findAll(cited, (e) => e.properties['id'] === 'text')).toEqual([]);
		expect(toText(main('articles/lorient-clashes.html'))).toMatch(/Source · Archived[^]*Archived text/);
	});

	it('an article page lists its quotes, and the quote page links back to the article', () => {
		expect(hrefs(section('articles/lorient-clashes.html', 'quotes'))).toContain('../quotes/sharaa-surrender.html');
		expect(hrefs(main('quotes/sharaa-surrender.html'))).toContain('../articles/lorient-clashes.html');
		expect(hrefs(main('quotes/sharaa-surrender-fr.html'))).toContain('../articles/lorient-clashes-fr.html');
	});

	it('the statement page shows both renderings, English and French, and each quote links to it', () => {
		const statement = main('statements/sharaa-surrender.html');
		const text = toText(statement);
		expect(text).toContain('Lay down your arms and surrender before it is too late');
		expect(text).toContain("Déposez les armes et rendez-vous avant qu'il ne soit trop tard");
		expect(findAll(statement, (e) => e.tagName === 'blockquote').map((f) => f.properties['lang'])).toEqual(['en', 'fr']);
		expect(hrefs(statement)).toEqual(expect.arrayContaining(['../quotes/sharaa-surrender.html', '../quotes/sharaa-surrender-fr.html']));
		for (const quote of ['quotes/sharaa-surrender.html', 'quotes/sharaa-surrender-fr.html']) {
			expect(hrefs(main(quote))).toContain('../statements/sharaa-surrender.html');
		}
	});

	it('a quote whose source has no archived text says it is unverified; one found in the text does not', () => {
		expect(toText(main('quotes/sharaa-surrender-fr.html')).toLowerCase()).toContain('unverified');
		expect(toText(main('quotes/sharaa-surrender.html')).toLowerCase()).not.toContain('unverified');
	});

	it('a place page lists the places inside it, and the child links to its parent', () => {
		expect(hrefs(section('places/syria.html', 'within'))).toEqual(['jableh.html']);
		expect(hrefs(main('places/jableh.html'))).toContain('syria.html');
	});

	it('a prose cross-link becomes a link, and the linked page lists where it is mentioned', () => {
		expect(hrefs(byClass(main('articles/lorient-clashes.html'), 'archived-text')[0]!)).toEqual(['../actors/ahmad-al-sharaa.html', '../places/jableh.html']);
		expect(hrefs(section('actors/ahmad-al-sharaa.html', 'mentions'))).toEqual(expect.arrayContaining(['../articles/lorient-clashes.html', '../events/sharaa-speech.html']));
		expect(hrefs(section('places/jableh.html', 'mentions'))).toEqual(expect.arrayContaining(['../articles/lorient-clashes.html', '../events/jableh-clashes.html']));
	});

	it('dates print their precision and carry a machine-readable datetime', () => {
		const day = byClass(main('events/sharaa-speech.html'), 'entry__date')[0]!;
		expect(times(day)).toEqual([{ datetime: '2025-03-07', text: '7 March 2025' }]);
		const range = byClass(main('events/jableh-clashes.html'), 'entry__date')[0]!;
		expect(toText(range).trim()).toBe('6–8 March 2025');
		expect(times(range)[0]!.datetime).toBe('2025-03-06');
		expect(times(section('actors/ahmad-al-sharaa.html', 'affiliations'))).toEqual([{ datetime: '2025-01-29', text: '29 January 2025' }]);
	});

	it('every <time datetime> on every page is a value HTML accepts (a year, month or day; no ranges)', () => {
		const bad: string[] = [];
		for (const [file, tree] of pages) {
			for (const t of times(tree)) if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(t.datetime)) bad.push(`${file}: ${t.datetime}`);
		}
		expect(bad).toEqual([]);
	});
});

describe('a fixture with one unknown reference', () => {
	let broken: BuildResult;
	let output: string;

	beforeAll(async () => {
		const content = await mkdtemp(path.join(os.tmpdir(), 'archive-broken-'));
		cleanup.push(content);
		await cp(FIXTURE, content, { recursive: true });
		const file = path.join(content, 'events', 'sharaa-speech.md');
		await writeFile(file, (await readFile(file, 'utf8')).replace('  - actor: ahmad-al-sharaa', '  - actor: ahmad-al-shara'));
		broken = await buildSite(content);
		cleanup.push(path.dirname(broken.outDir));
		output = `${broken.stdout}\n${broken.stderr}`;
	});

	it('stops the build with a non-zero exit code', () => {
		expect(broken.code).not.toBe(0);
	});

	it('prints the problem with file:line, the field, the nearest id and the fix', () => {
		expect(output).toMatch(/events\/sharaa-speech\.md:6:5 {2}error/);
		expect(output).toContain('field: actors[0].actor');
		expect(output).toContain('Unknown actor "ahmad-al-shara"');
		expect(output).toContain('fix: Did you mean "ahmad-al-sharaa"?');
		expect(output).toContain('The archive was not built: the content has 1 error.');
	});

	it('prints no stack trace', () => {
		expect(output).not.toMatch(/^\s+at .+[:(]\d+:\d+\)?$/m);
		expect(output).not.toMatch(/\b(?:Error|TypeError):/);
	});

	it('writes no pages', async () => {
		const files = await readdir(broken.outDir, { recursive: true }).catch(() => [] as string[]);
		expect(files).toEqual([]);
	});
});
