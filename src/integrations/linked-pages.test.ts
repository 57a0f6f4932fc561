import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { removeUnproduced } from './linked-pages.ts';

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('removeUnproduced', () => {
	it('deletes the linked pages the build did not produce, and the folders that leaves empty, and nothing else', async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'linked-'));
		const files = ['ar/actors/gone.html', 'ar/events/gone.html', 'events/kept.html', 'events/gone.html', 'assets/site.css'];
		for (const f of files) {
			await mkdir(path.dirname(path.join(dir, f)), { recursive: true });
			await writeFile(path.join(dir, f), f);
		}
		const linked = new Set(['ar/actors/gone.html', 'ar/events/gone.html', 'events/kept.html', 'events/gone.html']);
		expect(await removeUnproduced(dir, linked, new Set(['events/kept.html']))).toBe(3);
		const left = (await readdir(dir, { recursive: true })).map((f) => f.split(path.sep).join('/')).sort();
		expect(left).toEqual(['assets', 'assets/site.css', 'events', 'events/kept.html']);
	});
});
