/**
 * Hostile and careless input (issue 12): each case numbered as in the issue, with its
 * input here. Each is refused with its file and line, or handled; nothing is published
 * that was not checked, nothing is lost without a word, nothing hangs. The cases that
 * only a build can show (an interrupted build, two builds at once) build the fixture.
 */
import { spawn } from 'node:child_process';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph.ts';
import { eventsAtom } from '../../src/views/exports.ts';
import { endKey, parseFuzzyDate, startKey } from '../../src/lib/dates.ts';
import { formatGithub, formatText } from '../../src/validate/report.ts';
import { buildSite, projectRoot, workDir } from '../support/build-site.ts';
import { BASIC, cleanProjects, makeProject, validateProject } from '../support/validate-project.ts';

afterAll(cleanProjects);

const EVENT = 'content/events/jableh-clashes.md';
const ARTICLE = 'content/articles/lorient-clashes.md';
const ACTOR = 'content/actors/sohr.md';
const original = (file: string) => readFile(path.join(BASIC, file.replace(/^content\//, '')), 'utf8');
const withBody = async (file: string, body: string) => `${await original(file)}\n${body}\n`;
const replaced = async (file: string, from: string, to: string) => {
	const text = await original(file);
	if (!text.includes(from)) throw new Error(`${file} has no "${from}"`);
	return text.replace(from, to);
};
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('severe', () => {
	it('1. an SVG or HTML file in public/images/ is refused: it would run scripts on the archive\'s origin', async () => {
		const r = await validateProject({
			'public/images/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
			'public/images/page.html': '<script>alert(1)</script>',
			'public/images/fake.png': '<svg onload="alert(1)"/>',
			'public/images/real.png': PNG,
		});
		expect(r.errorsIn('public/images/chart.svg')).toEqual([expect.stringMatching(/^1: .*an SVG file can run scripts/)]);
		expect(r.errorsIn('public/images/page.html')).toEqual([expect.stringMatching(/^1: .*not a picture the archive publishes/)]);
		expect(r.errorsIn('public/images/fake.png')).toEqual([expect.stringMatching(/^1: .*is named \.png but is not such a picture/)]);
		expect(r.errorsIn('public/images/real.png')).toEqual([]);
	});

	it('2. a symbolic link in public/ is refused, wherever it points', async () => {
		const r = await validateProject({ 'public/images/key.png': { link: '/etc/passwd' } });
		expect(r.errorsIn('public/images/key.png')).toEqual([expect.stringMatching(/^1: .*is a symbolic link/)]);
	});

	it('3. a symbolic link in content/, to a file or a folder, is refused, not read', async () => {
		const r = await validateProject({ 'content/events/passwd.md': { link: '/etc/passwd' }, 'content/actors/elsewhere': { link: '/etc' } });
		expect(r.errorsIn('content/events/passwd.md')).toEqual([expect.stringMatching(/^1: "passwd.md" is a symbolic link/)]);
		expect(r.errorsIn('content/actors/elsewhere')).toEqual([expect.stringMatching(/^1: "elsewhere" is a symbolic link/)]);
		expect(r.entries.map((e) => e.id)).not.toContain('passwd');
	});

	it('4. a local image written as documented validates when it exists, and is refused with its line when it does not', async () => {
		const ok = await validateProject({ [EVENT]: await withBody(EVENT, '![The square](../images/square.png)'), 'public/images/square.png': PNG });
		expect(ok.errors).toEqual([]);
		const missing = await validateProject({ [EVENT]: await withBody(EVENT, '![The square](../images/squar.png)'), 'public/images/square.png': PNG });
		expect(missing.errorsIn(EVENT)).toEqual(['16: The image "../images/squar.png" does not exist: there is no public/images/squar.png.']);
		const elsewhere = await validateProject({ [EVENT]: await withBody(EVENT, '![The square](square.png)') });
		expect(elsewhere.errorsIn(EVENT)).toEqual([expect.stringMatching(/^16: The local image "square.png" is not in public\/images\//)]);
	});

	it('5. a body that made a regular expression backtrack ("[a](" and 20,000 spaces) is checked at once', async () => {
		const r = await validateProject({ [EVENT]: await withBody(EVENT, `[a](${' '.repeat(20_000)}`) });
		expect(r.errors).toEqual([]);
	}, 20_000);
});

describe('serious', () => {
	it('6. an id too long for a file system is refused before anything is built', async () => {
		const long = `${'a'.repeat(250)}`;
		const r = await validateProject({ [`content/events/${long}.md`]: await original(EVENT) });
		expect(r.errorsIn(`content/events/${long}.md`)).toEqual([expect.stringMatching(/^1: The file name is 250 characters long; ids are at most 120/)]);
	});

	it('7. folders whose names start with a dot or hold # or ? are refused, not silently left out', async () => {
		const text = await original(EVENT);
		const r = await validateProject({ 'content/events/.drafts/draft-event.md': text, 'content/events/a#b/other-event.md': text, 'content/events/why?/third-event.md': text });
		expect(r.errorsIn('content/events/.drafts')).toEqual([expect.stringMatching(/^1: The hidden folder ".drafts" is not read/)]);
		expect(r.errorsIn('content/events/a#b')).toEqual([expect.stringMatching(/^1: The folder name "a#b" holds a character/)]);
		expect(r.errorsIn('content/events/why?')).toEqual([expect.stringMatching(/^1: The folder name "why\?" holds a character/)]);
	});

	it('8. bodies that failed to render (20 KB of nested ">", 30,000 nested <span>) are refused with their line', async () => {
		const quotes = await validateProject({ [EVENT]: await withBody(EVENT, '>'.repeat(20_000)) });
		expect(quotes.errorsIn(EVENT)).toEqual([expect.stringMatching(/^16: This line is nested more than 16 levels deep/)]);
		const spans = await validateProject({ [EVENT]: await withBody(EVENT, '<span>'.repeat(30_000)) });
		expect(spans.errorsIn(EVENT)).toEqual([expect.stringMatching(/^16: Raw HTML here is nested more than 32 elements deep/)]);
	});

	it('9. frontmatter is read as the build reads it: a YAML tag is refused; a bare date in a text field and a "+++" line in a quoted value are text', async () => {
		const tag = await validateProject({ [EVENT]: await replaced(EVENT, 'title: Clashes around Jableh', 'title: !foo Clashes around Jableh') });
		expect(tag.errorsIn(EVENT)).toEqual([expect.stringMatching(/^2: The frontmatter uses the YAML tag "!foo" on line 2/)]);
		const stamp = await validateProject({ [EVENT]: await replaced(EVENT, 'date: 2025-03-06/2025-03-08', 'date: !!timestamp 2025-03-06') });
		expect(stamp.errorsIn(EVENT)).toEqual([expect.stringMatching(/^3: The frontmatter uses the YAML tag/)]);
		const text = await validateProject({ [EVENT]: await replaced(EVENT, 'title: Clashes around Jableh', 'title: 2025-03-07') });
		expect(text.errors).toEqual([]);
		expect(text.graph.events.get('jableh-clashes')!.data.title).toBe('2025-03-07');
		const plus = await validateProject({ [EVENT]: await replaced(EVENT, 'title: Clashes around Jableh', 'title: "Clashes\n  +++\n  around Jableh"') });
		expect(plus.errors).toEqual([]);
		expect(plus.graph.events.get('jableh-clashes')!.data.title).toBe('Clashes +++ around Jableh');
	});

	it('10. a lone surrogate in a title is refused with its line', async () => {
		const r = await validateProject({ [EVENT]: await replaced(EVENT, 'title: Clashes around Jableh', 'title: "Clashes \\uD800 around Jableh"') });
		expect(r.errorsIn(EVENT)).toEqual([expect.stringMatching(/^2: .*lone surrogate U\+D800/)]);
	});

	it('11. control characters and noncharacters are refused in titles and bodies, and the feed stays well-formed whatever it is given', async () => {
		const title = await validateProject({ [EVENT]: await replaced(EVENT, 'title: Clashes around Jableh', 'title: "Clashes \\u0007 around \\uFFFE Jableh"') });
		expect(title.errorsIn(EVENT)).toEqual([expect.stringMatching(/^2: .*control character U\+0007/)]);
		const body = await validateProject({ [EVENT]: await withBody(EVENT, 'A bell \u0007 rings.') });
		expect(body.errorsIn(EVENT)).toEqual([expect.stringMatching(/^16: The text contains the invisible control character U\+0007/)]);
		// The feed is built from whatever the graph holds: it drops what XML cannot carry.
		const g = buildGraph([{ collection: 'events', id: 'e', file: 'e.md', body: 'x \u0001 \uFFFF', data: { title: 'Bell \u0007 \uFFFE \uD800', date: '2025-03-07', type: 'battle', actors: [], places: [], sources: [], casualties: [], otherDates: [] } }]);
		expect(eventsAtom(g, undefined)).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/);
	});

	it('12. a quote is not verified by words that stand only in an HTML comment, a script or a style', async () => {
		const article = (await original(ARTICLE)).replace('"Lay down your arms and surrender before it is too late," said the interim Syrian president.', '<!-- Lay down your arms and surrender before it is too late --> <script>Lay down your arms and surrender before it is too late</script> <style>Lay down your arms and surrender before it is too late</style>');
		const r = await validateProject({ [ARTICLE]: article });
		expect(r.errorsIn('content/quotes/sharaa-surrender.md')).toEqual([expect.stringMatching(/does not appear in its source's archived text/)]);
	});

	it('13. a YAML alias bomb is refused with its file, and every other problem is still reported', async () => {
		const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
		const r = await validateProject({ [ACTOR]: `---\nname: SOHR\nkind: ngo\n${bomb}\n---\n`, [EVENT]: await replaced(EVENT, 'type: battle', 'type: batle') });
		expect(r.errorsIn(ACTOR)).toEqual([expect.stringMatching(/^2: The frontmatter could not be read: .*alias/i)]);
		expect(r.errorsIn(EVENT)).toEqual([expect.stringMatching(/^4: /)]);
	}, 20_000);

	it('14. a value cannot inject GitHub Actions workflow commands into the report', async () => {
		const r = await validateProject({ [ACTOR]: (await original(ACTOR)).replace('kind: ngo', 'kind: ngo\n"x\\n::error file=README.md,line=1::all clear": 1') });
		expect(r.errorsIn(ACTOR)).toHaveLength(1);
		const out = `${formatGithub(r.problems)}\n${formatText(r.problems, r.files)}`;
		const commands = out.split('\n').filter((l) => l.startsWith('::'));
		expect(commands).toHaveLength(1);
		expect(commands[0]).toMatch(/^::error file=content\/actors\/sohr\.md,line=4/);
	});
});

describe('smaller', () => {
	it('15. terminal escape sequences in a value are shown, never sent to the terminal', async () => {
		const r = await validateProject({ [EVENT]: await replaced(EVENT, 'type: battle', 'type: "\\u001b[2J\\u001b[Hno problems"') });
		expect(r.errorsIn(EVENT)).toHaveLength(1);
		expect(r.report).not.toContain('\u001b');
		expect(r.report).toContain('<U+001B>[2J');
	});

	it('16. years before 1000 keep four digits, so they sort first and give valid datetime values; year 0 is a leap year', () => {
		const old = parseFuzzyDate('0636-08');
		expect(old.ok && [startKey(old.date), endKey(old.date)]).toEqual(['0636-08-01', '0636-08-31']);
		expect(old.ok && startKey(old.date) < '2025-03-07').toBe(true);
		expect(parseFuzzyDate('0000-02-29').ok).toBe(true);
		expect(parseFuzzyDate('0100-02-29').ok).toBe(false);
	});

	it('17. cross-links in other forms, and links whose scheme the page drops, are refused, not published without their target', async () => {
		const r = await validateProject({
			[EVENT]: await withBody(EVENT, ['See <actor:sohr> and [the monitor][m] and <a href="actor:sohr">it</a>.', '', '[m]: actor:sohr', '', '[files](ftp://example.org/x) [call](tel:+963111) [disk](file:///etc/passwd) [chat](irc://example.org) [socket](wss://example.org)'].join('\n')),
		});
		const errors = r.errorsIn(EVENT);
		expect(errors.filter((e) => e.includes('Cross-link written as'))).toHaveLength(3);
		for (const scheme of ['ftp', 'tel', 'file', 'irc', 'wss']) expect(errors.some((e) => e.includes(`The ${scheme}: address`)), scheme).toBe(true);
	});

	it('18. a file that is not UTF-8 is refused with the line of its first bad byte', async () => {
		const latin1 = Buffer.concat([Buffer.from((await original(EVENT)).replace('Assad loyalists', 'Assad loyalists')), Buffer.from('\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]);
		const r = await validateProject({ [EVENT]: latin1 });
		expect(r.errorsIn(EVENT)).toEqual([expect.stringMatching(/^16: The file is not UTF-8 text: byte \d+ \(0xe9\) on line 16/)]);
	});

	it('19. a one-line field refuses a line break', async () => {
		const r = await validateProject({ [EVENT]: await replaced(EVENT, 'title: Clashes around Jableh', 'title: "Clashes\\naround Jableh"') });
		expect(r.errorsIn(EVENT)).toEqual([expect.stringMatching(/^2: [^]*holds a line break, but this field is one line of text/)]);
	});

	it('20. events part of each other, and actors part of each other, in a circle are refused', async () => {
		const r = await validateProject({
			[EVENT]: (await original(EVENT)).replace('type: battle', 'type: battle\npartOf: sharaa-speech'),
			'content/events/sharaa-speech.md': (await original('content/events/sharaa-speech.md')).replace('type: statement', 'type: statement\npartOf: jableh-clashes'),
			[ACTOR]: (await original(ACTOR)).replace('kind: ngo', 'kind: ngo\nmemberOf:\n  - actor: lorient-today\n    relation: part-of'),
			'content/actors/lorient-today.md': (await original('content/actors/lorient-today.md')).replace('kind: media', 'kind: media\nmemberOf:\n  - actor: sohr\n    relation: part-of'),
		});
		expect(r.errorsIn(EVENT)).toEqual([expect.stringMatching(/Events are part of each other in a circle: jableh-clashes → sharaa-speech → jableh-clashes/)]);
		expect(r.errorsIn('content/actors/lorient-today.md')).toEqual([expect.stringMatching(/Actors are part of each other in a circle: lorient-today → sohr → lorient-today/)]);
	});

	it('21. a copy of a name with a Cyrillic look-alike letter is a likely duplicate', async () => {
		const r = await validateProject({ 'content/actors/sohr-copy.md': '---\nname: Syrian Observatory for Human Rights\nkind: ngo\naliases: [SОHR]\n---\n' });
		const warnings = r.problems.filter((p) => p.severity === 'warning').map((p) => `${p.file}: ${p.message}`);
		expect(warnings).toEqual([expect.stringMatching(/^content\/actors\/sohr-copy.md: Possible duplicate: content\/actors\/sohr.md has the same name or alias/)]);
		const lookalike = await validateProject({ 'content/actors/sohr-copy.md': '---\nname: Syrian Observatory\nkind: ngo\naliases: [SОHR]\n---\n' });
		expect(lookalike.problems.filter((p) => p.severity === 'warning').map((p) => `${p.file}: ${p.message}`)).toEqual([expect.stringMatching(/^content\/actors\/sohr-copy.md: Possible duplicate: content\/actors\/sohr.md has the same name or alias \("sohr"\), once letters of other scripts that look Latin/)]);
	});

	it('22. a hidden .md file is refused, not ignored without a word', async () => {
		const r = await validateProject({ 'content/events/.hidden-event.md': await original(EVENT) });
		expect(r.errorsIn('content/events/.hidden-event.md')).toEqual([expect.stringMatching(/^1: ".hidden-event.md" is a hidden file/)]);
	});

	it('23. ids that Windows reserves (aux, con, nul) are refused', async () => {
		const r = await validateProject({ 'content/places/aux.md': '---\nname: Aux\nkind: town\n---\n', 'content/places/nul.md': '---\nname: Nul\nkind: town\n---\n' });
		expect(r.errorsIn('content/places/aux.md')).toEqual([expect.stringMatching(/reserved on Windows/)]);
		expect(r.errorsIn('content/places/nul.md')).toEqual([expect.stringMatching(/reserved on Windows/)]);
	});

	it('24. impossible orders across fields: a toll dated before its event, words said after their source was published', async () => {
		const r = await validateProject({
			[EVENT]: await replaced(EVENT, 'asOf: 2025-03-07', 'asOf: 2025-03-01'),
			'content/quotes/sharaa-surrender.md': (await original('content/quotes/sharaa-surrender.md')).replace('said: 2025-03-07', 'said: 2025-03-09'),
		});
		expect(r.errorsIn(EVENT)).toEqual([expect.stringMatching(/^11: The figure is dated as of 2025-03-01, before the event began/)]);
		expect(r.errorsIn('content/quotes/sharaa-surrender.md')).toEqual([expect.stringMatching(/^5: The words are dated 2025-03-09, after their source was published \(2025-03-07\)/)]);
	});

	it('25. an address with no host is refused', async () => {
		const r = await validateProject({ [ARTICLE]: await replaced(ARTICLE, 'url: https://today.lorientlejour.com/article/1450902', 'url: "https://"') });
		expect(r.errorsIn(ARTICLE)).toEqual([expect.stringMatching(/^4: .*names no site/)]);
	});

	it('26. list nesting 1,200 levels deep is refused with its line, not built for minutes', async () => {
		const nested = Array.from({ length: 1200 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
		const r = await validateProject({ [EVENT]: await withBody(EVENT, nested) });
		expect(r.errorsIn(EVENT)).toEqual([expect.stringMatching(/^32: This line is nested more than 16 levels deep/)]);
	}, 20_000);
});

describe('builds that fail, are stopped or run twice', () => {
	const spawnBuild = (content: string, outDir: string, cache: string) =>
		spawn(process.execPath, [path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
			cwd: projectRoot,
			env: { ...process.env, ARCHIVE_CONTENT: content, ARCHIVE_OUT: outDir, ARCHIVE_CACHE: cache, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
	const listing = async (dir: string) => (await readdir(dir, { recursive: true })).sort();

	it('6. a build stopped while it writes pages (Ctrl-C) leaves the last good site as it was', async () => {
		const first = await buildSite(BASIC);
		expect(first.code, first.stderr).toBe(0);
		const before = await listing(first.outDir);
		const page = await readFile(path.join(first.outDir, 'events', 'jableh-clashes.html'), 'utf8');
		const changed = await makeProject({ [EVENT]: await replaced(EVENT, 'title: Clashes around Jableh', 'title: Clashes around Jableh, retitled') });
		const child = spawnBuild(path.join(changed, 'content'), first.outDir, path.join(path.dirname(first.outDir), 'cache'));
		let out = '';
		const stopped = await new Promise<boolean>((resolve) => {
			child.stdout.on('data', (d) => {
				out += d;
				if (/generating static routes/.test(out) && child.exitCode === null) child.kill('SIGINT');
			});
			child.on('close', (code) => resolve(code !== 0));
		});
		expect(stopped, 'the build was stopped before it finished').toBe(true);
		expect(await listing(first.outDir)).toEqual(before);
		expect(await readFile(path.join(first.outDir, 'events', 'jableh-clashes.html'), 'utf8')).toBe(page);
	}, 120_000);

	it('4. a local image written as documented is published as a plain image of the site', async () => {
		const project = await makeProject({ [EVENT]: await withBody(EVENT, '![The square](../images/square.png)'), 'public/images/square.png': PNG });
		const r = await buildSite(path.join(project, 'content'), { env: { ARCHIVE_PUBLIC: path.join(project, 'public') } });
		expect(r.code, r.stderr).toBe(0);
		expect(await readFile(path.join(r.outDir, 'events', 'jableh-clashes.html'), 'utf8')).toMatch(/<img src="\.\.\/images\/square\.png" alt="The square">/);
		expect(await readFile(path.join(r.outDir, 'images', 'square.png'))).toEqual(PNG);
	}, 120_000);

	it('3, 9. a build of content with a symbolic link stops before writing anything, naming the file, with no stack trace', async () => {
		const project = await makeProject({ 'content/events/passwd.md': { link: '/etc/passwd' } });
		const r = await buildSite(path.join(project, 'content'));
		expect(r.code).toBe(1);
		expect(r.stderr).toMatch(/events\/passwd\.md:1\s+error\s+"passwd.md" is a symbolic link/);
		expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
		await expect(readdir(r.outDir)).rejects.toThrow();
	}, 120_000);

	it('27. a second build of the same output folder while one runs is refused with a message, leaves the site alone, and a lock whose builder is gone is taken over', async () => {
		const work = await workDir('twice-');
		const outDir = path.join(work, 'dist');
		const built = await buildSite(BASIC, { outDir });
		expect(built.code, built.stderr).toBe(0);
		const before = await readFile(path.join(outDir, 'index.html'), 'utf8');
		// A build that is running holds the lock with its process id: here a process that waits.
		const running = spawn('sleep', ['60']);
		await writeFile(path.join(work, '.dist.lock'), String(running.pid));
		try {
			const second = await buildSite(BASIC, { outDir });
			expect(second.code).toBe(1);
			expect(second.stderr).toMatch(new RegExp(`Another build of this archive is running \\(process ${running.pid}\\)`));
			expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe(before);
		} finally {
			running.kill();
		}
		await new Promise((r) => running.once('exit', r));
		const third = await buildSite(BASIC, { outDir });
		expect(third.code, third.stderr).toBe(0);
		expect(await readdir(outDir)).toContain('index.html');
		await rm(work, { recursive: true, force: true });
	}, 120_000);
});
