/**
 * `npm run dev` checks content as it changes: a problem introduced while the server runs
 * is printed in the terminal (file, line, field) and shown on every page within seconds,
 * the server never exits on bad content, and it recovers by itself when the file is fixed.
 * The server is started on a free port, beside any dev server the developer runs
 * (--ignore-lock), and stopped by its process id.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, workDir } from '../support/build-site.ts';

const FIXTURE = path.join(projectRoot, 'tests', 'fixtures', 'basic');
const EVENT = 'events/jableh-clashes.md';
const PAGE = '/events/jableh-clashes.html';

let work = '';
let content = '';
let server: ChildProcess | undefined;
let output = '';
let base = '';
let original = '';

const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const s = createServer();
		s.once('error', reject);
		s.listen(0, '127.0.0.1', () => {
			const { port } = s.address() as { port: number };
			s.close(() => resolve(port));
		});
	});

/** Polls until `check` passes (or the time is up, when it throws the last failure). */
async function eventually<T>(check: () => Promise<T>, ms = 20_000): Promise<T> {
	const until = Date.now() + ms;
	for (;;) {
		try {
			return await check();
		} catch (error) {
			if (Date.now() > until) throw error;
			await new Promise((r) => setTimeout(r, 250));
		}
	}
}

const page = async () => {
	const res = await fetch(base + PAGE);
	return { status: res.status, html: await res.text() };
};
const problemsBanner = (html: string) => /<aside class="dev-problems"[^]*?<\/aside>/.exec(html)?.[0];
/** The test runner's environment without its own marks (NODE_ENV=test, VITEST…), which change how Astro serves. */
const serverEnv = () => Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
/** Starts `astro dev` on a free port for a content folder, collecting what it prints. */
async function startDev(contentDir: string, cacheDir: string) {
	const port = await freePort();
	const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
		cwd: projectRoot,
		env: { ...serverEnv(), ARCHIVE_CONTENT: contentDir, ARCHIVE_CACHE: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const dev = { child, base: `http://127.0.0.1:${port}`, log: '' };
	child.stdout!.on('data', (d) => (dev.log += d));
	child.stderr!.on('data', (d) => (dev.log += d));
	return dev;
}
const alive = () => server !== undefined && server.exitCode === null && server.signalCode === null;

beforeAll(async () => {
	work = await workDir('dev-');
	content = path.join(work, 'content');
	await cp(FIXTURE, content, { recursive: true });
	original = await readFile(path.join(content, EVENT), 'utf8');
	const dev = await startDev(content, path.join(work, 'cache'));
	server = dev.child;
	base = dev.base;
	// The tests reset `output` to read what one change printed.
	server.stdout!.on('data', (d) => (output += d));
	server.stderr!.on('data', (d) => (output += d));
	await eventually(async () => expect((await page()).status).toBe(200), 90_000).catch((error) => {
		throw new Error(`the dev server did not serve ${PAGE}: ${(error as Error).message}\n${output}`);
	});
});

afterAll(async () => {
	if (server?.pid && alive()) {
		process.kill(server.pid, 'SIGTERM');
		await new Promise((r) => server!.once('exit', r));
	}
	await rm(work, { recursive: true, force: true });
});

describe('npm run dev', () => {
	it('serves clean content without a problem banner', async () => {
		const { html } = await page();
		expect(html).toContain('Clashes around Jableh');
		expect(problemsBanner(html)).toBeUndefined();
	});

	it('reports a broken reference added while it runs, in the terminal and on the page, and recovers when it is fixed', async () => {
		output = '';
		await writeFile(path.join(content, EVENT), original.replace('places: [jableh]', 'places: [jablehh]'));
		const banner = await eventually(async () => {
			const found = problemsBanner((await page()).html);
			expect(found).toBeDefined();
			return found!;
		});
		expect(banner).toContain('jableh-clashes.md:5');
		expect(banner).toContain('places[0]');
		expect(banner).toContain('Unknown place &quot;jablehh&quot;');
		expect(banner).toContain('Did you mean &quot;jableh&quot;?');
		await eventually(async () => expect(output).toMatch(/jableh-clashes\.md:5:\d+\s+error\s+field: places\[0\]/));

		await writeFile(path.join(content, EVENT), original);
		await eventually(async () => expect(problemsBanner((await page()).html)).toBeUndefined());
		expect(alive()).toBe(true);
	});

	it('reads an unquoted impossible date as the validator does: refused, not rolled over to March, and the server keeps running', async () => {
		output = '';
		await writeFile(path.join(content, EVENT), original.replace('date: 2025-03-06/2025-03-08', 'date: 2025-02-31'));
		const banner = await eventually(async () => {
			const found = problemsBanner((await page()).html);
			expect(found).toBeDefined();
			return found!;
		});
		expect(banner).toContain('jableh-clashes.md:3');
		expect(banner).toContain('field <code>date</code>');
		await eventually(async () => expect(output).toMatch(/jableh-clashes\.md:3:\d+\s+error\s+field: date/));
		expect(alive()).toBe(true);
		// The invalid entry leaves the site until it is fixed; it is never shown with a wrong date.
		expect((await page()).html).not.toContain('3 March 2025');

		await writeFile(path.join(content, EVENT), original);
		await eventually(async () => {
			const { status, html } = await page();
			expect(status).toBe(200);
			expect(problemsBanner(html)).toBeUndefined();
			expect(html).toContain('Clashes around Jableh');
		});
	});
});

describe('npm run dev started on bad content', () => {
	it('starts, shows the problem, and serves the rest of the archive', async () => {
		const bad = await workDir('dev-bad-');
		await cp(FIXTURE, path.join(bad, 'content'), { recursive: true });
		await writeFile(path.join(bad, 'content', EVENT), original.replace('date: 2025-03-06/2025-03-08', 'date: 2025-02-31'));
		const dev = await startDev(path.join(bad, 'content'), path.join(bad, 'cache'));
		const child = dev.child;
		try {
			const html = await eventually(async () => {
				const res = await fetch(`${dev.base}/events/sharaa-speech.html`);
				expect(res.status).toBe(200);
				return res.text();
			}, 90_000);
			expect(problemsBanner(html)).toContain('jableh-clashes.md:3');
			expect(dev.log).toMatch(/jableh-clashes\.md:3:\d+\s+error\s+field: date/);
			expect(dev.log).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
			expect(child.exitCode).toBeNull();
		} finally {
			child.kill('SIGTERM');
			await rm(bad, { recursive: true, force: true });
		}
	});
});

