/**
 * The validator on random and malformed frontmatter and Markdown: it always ends, with
 * exit 0 or 1 and a report, never a stack trace. The mutations are seeded, so a failure
 * is reproducible: the test names the seed and the input.
 */
import { spawnSync } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEntry } from '../../src/content-io/read-entry.ts';
import { loadContent } from '../../src/content-io/load-content.ts';
import type { CollectionName } from '../../src/model/kinds.ts';
import { projectRoot } from '../support/build-site.ts';
import { BASIC, cleanProjects, makeProject } from '../support/validate-project.ts';

afterAll(cleanProjects);

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const PIECES = [
	':', ': ', '- ', '-', '[', ']', '{', '}', '&a ', '*a', '!foo ', '!!str ', '|', '>', "'", '"', '#', '\n', '\n  ', '\t', ' ', '---\n', '...\n', '%YAML 1.2\n',
	'<', '</', '<span>', '<!--', '-->', '<script>', '(', ')', '](', '[x](actor:', 'actor:sohr)', '`', '```\n', '*', '_', '\\', '~', '?', '2025-02-31', '2025-13', '9999999999999999999',
	'null', 'true', '~', '0x1F', '.inf', '__proto__', 'constructor', 'é', 'ا', '\u202E', '\u0000', '\u001b[2J', '\uD800', '\uFFFE', '😀', '\r\n', '\u2028',
];

function mutate(text: string, next: () => number): string {
	let out = text;
	const steps = 1 + Math.floor(next() * 6);
	for (let s = 0; s < steps; s++) {
		const at = Math.floor(next() * (out.length + 1));
		const r = next();
		if (r < 0.45) out = out.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)]! + out.slice(at);
		else if (r < 0.7) out = out.slice(0, at) + out.slice(Math.min(out.length, at + 1 + Math.floor(next() * 20)));
		else if (r < 0.9) {
			const len = 1 + Math.floor(next() * 30);
			out = out.slice(0, at) + out.slice(at, at + len).repeat(2) + out.slice(at);
		} else {
			// Now and then a large input: a piece repeated thousands of times.
			out = out.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)]!.repeat(2000 + Math.floor(next() * 8000)) + out.slice(at);
		}
	}
	return out;
}

const fixtureFiles = async () => {
	const out: { collection: CollectionName; name: string; text: string }[] = [];
	for (const collection of (await readdir(BASIC)) as CollectionName[]) {
		for (const name of await readdir(path.join(BASIC, collection))) out.push({ collection, name, text: await readFile(path.join(BASIC, collection, name), 'utf8') });
	}
	return out;
};

describe('the validator on random input', () => {
	it('reads 1,500 mutated files without throwing, each giving an entry or problems with a line', async () => {
		const files = await fixtureFiles();
		const next = random(20261201);
		for (let i = 0; i < 1500; i++) {
			const f = files[Math.floor(next() * files.length)]!;
			const text = mutate(f.text, next);
			let result: ReturnType<typeof readEntry>;
			try {
				result = readEntry(f.collection, f.name.replace(/\.md$/, ''), `content/${f.collection}/${f.name}`, text);
			} catch (error) {
				throw new Error(`readEntry threw on mutation ${i} of ${f.collection}/${f.name} (seed 20261201): ${(error as Error).stack}\n--- input ---\n${JSON.stringify(text.slice(0, 2000))}`);
			}
			expect(result.entry !== undefined || result.problems.length > 0).toBe(true);
			for (const p of result.problems) expect(p.line, JSON.stringify(p)).toBeGreaterThan(0);
		}
	}, 120_000);

	it('validates 40 mutated archives end to end (schemas, graph, bodies) without throwing', async () => {
		const files = await fixtureFiles();
		const next = random(7);
		for (let i = 0; i < 40; i++) {
			const changes: Record<string, string> = {};
			for (let k = 0; k < 3; k++) {
				const f = files[Math.floor(next() * files.length)]!;
				changes[`content/${f.collection}/${f.name}`] = mutate(f.text, next);
			}
			const root = await makeProject(changes);
			await expect(loadContent(path.join(root, 'content'), root), `archive ${i} (seed 7)`).resolves.toBeDefined();
		}
	}, 120_000);

	it('npm run validate ends with exit 0 or 1 and a report, never a stack trace', async () => {
		const files = await fixtureFiles();
		const next = random(99);
		for (let i = 0; i < 4; i++) {
			const root = await makeProject({});
			for (const f of files) await writeFile(path.join(root, 'content', f.collection, f.name), next() < 0.5 ? mutate(f.text, next) : f.text);
			const r = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'validate.ts'), '--content', path.join(root, 'content')], { cwd: root, encoding: 'utf8', timeout: 60_000 });
			expect([0, 1], `exit ${r.status}: ${r.stderr}`).toContain(r.status);
			expect(r.stdout).toMatch(/files checked, no problems\.|\d+ errors?, \d+ warnings? in \d+ files\./);
			expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
		}
	}, 120_000);
});
