/**
 * A cold build reads each content file once: the pre-flight's read feeds the graph, the
 * pages, the search documents and the exports, and a problem found later gets its line
 * from the text already read. Counted with strace, which sees every file the build and
 * its workers open (.ci/run installs it).
 */
import { spawnSync } from 'node:child_process';
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content-io/load-content.ts';
import { buildSite, projectRoot, workDir } from '../support/build-site.ts';

const hasStrace = spawnSync('strace', ['-V']).status === 0;

describe('one read per build', () => {
	it.runIf(hasStrace || process.env.CI)('opens every content file exactly once, a file with a warning too', async () => {
		const work = await workDir('one-read-');
		const content = path.join(work, 'content');
		await cp(path.join(projectRoot, 'tests', 'fixtures', 'basic'), content, { recursive: true });
		// A second event on the same day and place: a duplicate warning, which is located by line.
		const event = path.join(content, 'events', 'jableh-clashes.md');
		await writeFile(path.join(content, 'events', 'jableh-clashes-again.md'), await readFile(event, 'utf8'));
		expect((await loadContent(content, work)).problems.map((p) => p.severity)).toContain('warning');
		const trace = path.join(work, 'opens.txt');
		const r = await buildSite(content, { wrap: ['strace', '-f', '-qq', '-e', 'trace=openat', '-o', trace] });
		expect(r.code, r.stderr).toBe(0);
		const opened = new Map<string, number>();
		for (const m of (await readFile(trace, 'utf8')).matchAll(/openat\([^,]+, "([^"]+\.md)"/g)) {
			if (m[1]!.startsWith(content)) opened.set(m[1]!, (opened.get(m[1]!) ?? 0) + 1);
		}
		const files = (await readdir(content, { recursive: true })).filter((f) => f.endsWith('.md')).map((f) => path.join(content, f));
		expect(files.length).toBeGreaterThan(10);
		expect(Object.fromEntries(files.map((f) => [path.relative(content, f), opened.get(f) ?? 0]))).toEqual(Object.fromEntries(files.map((f) => [path.relative(content, f), 1])));
	});
});
