/**
 * npm run bench [-- --n 1000,5000,10000] [--seed 1] [--keep] [--no-browser] [--no-rebuild]
 *                 [--reuse] [--only timeline,map,search] [--loads 3] [--editions-ratio]
 *
 * For each N: writes a synthetic archive (tools/synthetic) into .bench/n<N>/content,
 * validates it, builds it completely (pages and search index) in a child process with
 * its own output and cache folders, then builds it again with the same cache (the
 * "rebuild, nothing changed" case). Measures wall time, CPU time (user + sys of the
 * build and its children), peak memory (the largest resident set of any of them),
 * pages, dist/ size and search index size. At the largest N it also runs the timeline
 * and search metric helpers and the map's measurement in Chromium; with --editions-ratio,
 * a second cold build of the default edition alone (ARCHIVE_EDITIONS=en), so that what
 * the other editions cost is measured side by side, on the same machine and load.
 *
 * --reuse measures the site a run with --keep left in .bench/n<N>/ (no generating, validating
 * or building; the build columns stay blank), --only picks the browser measurements and
 * --loads sets how many cold loads of the timeline each figure is the median of: with
 * `--n 10000 --reuse --only timeline --loads 5`, the timeline of a kept build in a minute.
 *
 * Prints a Markdown table and writes it to bench-results/latest.md. .bench/ is removed
 * afterwards unless --keep (or --reuse) is given.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { writeArchive } from '../tools/synthetic/generate.ts';
import { parse as parseYaml } from 'yaml';
import { YAML_OPTIONS } from '../src/content-io/read-entry.ts';
import { runCli } from './lib/run-cli.ts';
import { measureSearch } from './lib/search-metrics.ts';
import { measureTimeline, type TimelineMetrics } from '../tests/browser/harness/timeline-metrics.ts';
import { stagingFor } from '../src/integrations/output-folder.ts';

const root = path.resolve(import.meta.dirname, '..');
const astroBin = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const TIME = '/usr/bin/time';

interface Run {
	code: number;
	wallMs: number;
	cpuMs: number | undefined;
	maxRssBytes: number | undefined;
	output: string;
}

/**
 * Runs a command and measures it. With GNU time the CPU and peak memory cover the whole
 * process tree (Pagefind's binary included); without it they are left blank.
 */
async function measure(args: string[], env: Record<string, string>): Promise<Run> {
	const stats = path.join(os.tmpdir(), `bench-time-${process.pid}-${Date.now()}.txt`);
	const useTime = existsSync(TIME);
	const [cmd, ...rest] = useTime ? [TIME, '-f', '%e %U %S %M', '-o', stats, process.execPath, ...args] : [process.execPath, ...args];
	const started = performance.now();
	const child = spawn(cmd!, rest, { cwd: root, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
	const chunks: string[] = [];
	child.stdout.on('data', (d) => chunks.push(String(d)));
	child.stderr.on('data', (d) => chunks.push(String(d)));
	const code = await new Promise<number>((resolve) => child.on('close', (c) => resolve(c ?? 1)));
	// The phases, without the one line per page.
	const output = chunks.join('').split('\n').filter((l) => !/[├└]─/.test(l)).join('\n');
	const wallMs = performance.now() - started;
	let cpuMs: number | undefined;
	let maxRssBytes: number | undefined;
	if (useTime) {
		const line = (await readFile(stats, 'utf8').catch(() => '')).trim().split('\n').pop() ?? '';
		const [, user, sys, rssKb] = line.split(' ').map(Number);
		if (user !== undefined && sys !== undefined && rssKb !== undefined && !Number.isNaN(rssKb)) {
			cpuMs = (user + sys) * 1000;
			maxRssBytes = rssKb * 1024;
		}
		await rm(stats, { force: true });
	}
	return { code, wallMs, cpuMs, maxRssBytes, output };
}

async function folderStats(dir: string): Promise<{ bytes: number; html: number }> {
	let bytes = 0;
	let html = 0;
	const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
	for (const e of entries) {
		if (!e.isFile()) continue;
		bytes += (await stat(path.join(e.parentPath, e.name))).size;
		if (e.name.endsWith('.html')) html++;
	}
	return { bytes, html };
}

/** Search index files: Pagefind's folder plus any index the site's own search writes. */
async function searchIndexBytes(dist: string): Promise<number> {
	let total = (await folderStats(path.join(dist, 'pagefind'))).bytes;
	for (const e of await readdir(dist, { withFileTypes: true, recursive: true }).catch(() => [])) {
		if (e.isFile() && !e.parentPath.includes(`${path.sep}pagefind`) && /search[-_.]?index/i.test(e.name)) total += (await stat(path.join(e.parentPath, e.name))).size;
	}
	return total;
}

interface Row {
	n: number;
	entries: number;
	pages: number;
	generateMs: number;
	validateMs: number;
	build: Run;
	rebuild: Run | undefined;
	/** The same build after one event's title changed. */
	edited: Run | undefined;
	/** `astro dev` started until it served an event page. */
	devReadyMs: number | undefined;
	distBytes: number;
	searchBytes: number;
}

const s = (ms: number | undefined) => (ms === undefined ? '–' : `${(ms / 1000).toFixed(1)} s`);
const mb = (bytes: number | undefined) => (bytes === undefined ? '–' : `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`);

function table(rows: Row[]): string {
	const header = ['N (events)', 'entries', 'pages', 'build wall', 'build CPU', 'peak memory', 'ms/page', 'dist/', 'search index', 'validate', 'rebuild (no change)', 'rebuild CPU', 'rebuild (one edit)', 'dev ready'];
	const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '--:')).join('|')}|`];
	for (const r of rows) {
		lines.push(`| ${[
			r.n.toLocaleString('en'), r.entries.toLocaleString('en'), r.pages.toLocaleString('en'), s(r.build.wallMs), s(r.build.cpuMs), mb(r.build.maxRssBytes),
			(r.build.wallMs / Math.max(1, r.pages)).toFixed(2), mb(r.distBytes), mb(r.searchBytes), s(r.validateMs), s(r.rebuild?.wallMs), s(r.rebuild?.cpuMs), s(r.edited?.wallMs), s(r.devReadyMs),
		].join(' | ')} |`);
	}
	return lines.join('\n');
}

function ratios(rows: Row[]): string[] {
	const out: string[] = [];
	const sorted = [...rows].sort((a, b) => a.n - b.n);
	const small = sorted[0];
	const large = sorted[sorted.length - 1];
	if (small && large && large.n > small.n) {
		const k = large.n / small.n;
		out.push(`Scaling ${small.n.toLocaleString('en')} → ${large.n.toLocaleString('en')} events (×${k}): wall ×${(large.build.wallMs / small.build.wallMs).toFixed(2)}, CPU ×${large.build.cpuMs && small.build.cpuMs ? (large.build.cpuMs / small.build.cpuMs).toFixed(2) : '–'}, peak memory ×${large.build.maxRssBytes && small.build.maxRssBytes ? (large.build.maxRssBytes / small.build.maxRssBytes).toFixed(2) : '–'}, dist/ ×${(large.distBytes / small.distBytes).toFixed(2)}.`);
	}
	return out;
}

function machine(): string {
	const cpus = os.cpus();
	const load = os.loadavg().map((l) => l.toFixed(1)).join(', ');
	return `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load average at start ${load}`;
}

/** Imports a metrics helper when it exists; the timeline and search work provide them. */
const fmtMetric = (v: unknown) => (typeof v === 'number' ? (Number.isInteger(v) ? v.toLocaleString('en') : v.toFixed(1)) : String(v));

/**
 * A cold build of the default edition alone, beside the full build just measured: the
 * ratio is what the other editions cost (issue 19: at most 1.6 times at 10,000 events).
 */
async function editionsRatio(dir: string, content: string, all: Run): Promise<string | undefined> {
	const env = { ARCHIVE_CONTENT: content, ARCHIVE_OUT: path.join(dir, 'dist-en'), ARCHIVE_CACHE: path.join(dir, 'cache-en'), ARCHIVE_EDITIONS: 'en' };
	const en = await measure([astroBin, 'build'], env);
	if (en.code !== 0) {
		console.error(`bench: the English-only build failed (exit ${en.code}):\n${en.output.slice(-5000)}`);
		return undefined;
	}
	const { html } = await folderStats(path.join(dir, 'dist-en'));
	const ratio = (a: number | undefined, b: number | undefined) => (a && b ? `${(a / b).toFixed(2)}×` : '–');
	const line = `Editions side by side (cold builds, same content and machine): the default edition alone ${s(en.wallMs)} wall, ${s(en.cpuMs)} CPU, ${mb(en.maxRssBytes)} peak, ${html.toLocaleString('en')} pages; all editions ${s(all.wallMs)} wall, ${s(all.cpuMs)} CPU: ${ratio(all.wallMs, en.wallMs)} wall, ${ratio(all.cpuMs, en.cpuMs)} CPU.`;
	console.log(`bench: ${line}`);
	return line;
}

/** Changes the title of the first event: what a contributor's typical edit does to a rebuild. */
async function editOneEvent(content: string): Promise<void> {
	const dir = path.join(content, 'events');
	const file = path.join(dir, (await readdir(dir)).sort()[0]!);
	const text = await readFile(file, 'utf8');
	await writeFile(file, text.replace(/^title: (.*)$/m, (_line, title: string) => `title: ${JSON.stringify(`${String(parseYaml(title))} (edited)`)}`));
}

/** Starts `astro dev` on the archive and times it until an event page is served. */
async function devReady(content: string, cache: string): Promise<number | undefined> {
	const port = 43000 + Math.floor(Math.random() * 2000);
	const first = (await readdir(path.join(content, 'events'))).sort()[0]!.replace(/\.md$/, '');
	const started = performance.now();
	const child = spawn(process.execPath, [astroBin, 'dev', '--port', String(port), '--host', '127.0.0.1', '--ignore-lock'], {
		cwd: root,
		env: { ...process.env, ARCHIVE_CONTENT: content, ARCHIVE_CACHE: cache, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: 'ignore',
	});
	try {
		while (performance.now() - started < 120_000) {
			const ok = await fetch(`http://127.0.0.1:${port}/events/${first}.html`).then((r) => r.ok, () => false);
			if (ok) return performance.now() - started;
			await new Promise((r) => setTimeout(r, 100));
		}
		return undefined;
	} finally {
		child.kill('SIGTERM');
	}
}

/** Queries a reader might type: a person's name in Latin and Arabic script, an alias, a place, a word. */
async function searchQueries(content: string): Promise<string[]> {
	const queries = new Set<string>();
	for (const [folder, wanted] of [['actors', 'person'], ['places', 'town']] as const) {
		const files = (await readdir(path.join(content, folder))).sort();
		for (const f of files) {
			const data = readFrontmatter(await readFile(path.join(content, folder, f), 'utf8'));
			if (data.kind !== wanted) continue;
			for (const value of [data.name, data.nameArabic, ...(Array.isArray(data.aliases) ? data.aliases.slice(0, 1) : [])]) {
				if (typeof value === 'string') queries.add(value);
			}
			break;
		}
	}
	queries.add('curfew');
	return [...queries];
}

/** The frontmatter of a file the generator wrote, read with the archive's own parser and options. */
function readFrontmatter(text: string): Record<string, unknown> {
	const yaml = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
	return (parseYaml(yaml, YAML_OPTIONS) ?? {}) as Record<string, unknown>;
}

/**
 * The map page in Chromium, served: first paint (the server-rendered SVG map) and the
 * moment the mount has read its data and sized the markers (`map:ready`), both from
 * navigation start, median of three loads; the HTML's size gzip-compressed; the places
 * and events it shows. Issue 17's targets: at most 500 ms and 500 KB.
 */
async function measureMap(url: string, dist: string): Promise<string> {
	const { launch } = await import('../tests/support/browser.ts');
	const { gzipSync } = await import('node:zlib');
	const browser = await launch();
	try {
		const runs: { paint: number; ready: number }[] = [];
		let markers = 0;
		for (let k = 0; k < 3; k++) {
			const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
			const page = await context.newPage();
			await page.goto(url, { waitUntil: 'load' });
			await page.locator('[data-map][data-map-ready]').waitFor({ timeout: 60_000 });
			runs.push(await page.evaluate(() => ({
				paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
				ready: performance.getEntriesByName('map:ready')[0]?.startTime ?? NaN,
			})));
			markers = await page.locator('a[data-place]').count();
			await context.close();
		}
		const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
		const html = await readFile(path.join(dist, 'map.html'));
		const gz = gzipSync(html).length;
		return `Map (Chromium, served, median of 3): first paint ${median(runs.map((r) => r.paint)).toFixed(0)} ms, ready ${median(runs.map((r) => r.ready)).toFixed(0)} ms; map.html ${(html.length / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzip; ${markers} markers.`;
	} finally {
		await browser.close();
	}
}

/**
 * The timeline in Chromium, served: each figure the median of `loads` page loads (the
 * lower middle for an even count), each in a browser of its own (one cold load varies by
 * tens of milliseconds on a shared machine).
 */
async function timelineLine(url: string, loads: number): Promise<string> {
	const runs: TimelineMetrics[] = [];
	for (let k = 0; k < loads; k++) runs.push(await measureTimeline(url));
	const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
	const m = Object.fromEntries(Object.keys(runs[0]!).map((k) => [k, median(runs.map((r) => r[k as keyof typeof r]))]));
	return `Timeline (Chromium, served, median of ${loads} loads): ${Object.entries(m).map(([k, v]) => `${k} ${fmtMetric(v)}`).join(', ')}; first render of each load ${runs.map((r) => r.firstRenderMs.toFixed(0)).join(', ')} ms.`;
}

/** Each query served and from disk (file://: the fallback index, then the bodies' text instead of Pagefind), side by side. */
async function searchTable(servedUrl: string, dist: string, queries: string[]): Promise<string[]> {
	const served = await measureSearch(servedUrl, queries);
	const disk = await measureSearch(pathToFileURL(path.join(dist, 'search.html')).href, queries);
	const lines = [
		'| search query | results served / from disk | first results (page load), served / disk | first results, typed, served / disk | complete, typed, served / disk | first search complete, served / disk |',
		'|---|--:|--:|--:|--:|--:|',
	];
	served.forEach((r, k) => {
		const d = disk[k]!;
		lines.push(`| ${r.query} | ${r.results} / ${d.results}${r.results === d.results ? '' : ' (differ)'} | ${r.firstResultsMs} / ${d.firstResultsMs} ms | ${r.searchMs.toFixed(1)} / ${d.searchMs.toFixed(1)} ms | ${r.searchCompleteMs.toFixed(1)} / ${d.searchCompleteMs.toFixed(1)} ms | ${r.firstCompleteMs} / ${d.firstCompleteMs} ms |`);
	});
	return lines;
}

/** Waits (up to two minutes) until the site a rebuild replaced has been deleted in the background, so its deleting does not share the cores with the browser's measurements. */
async function oldSiteGone(dist: string): Promise<void> {
	const old = `${stagingFor(dist)}.old`;
	for (const started = performance.now(); existsSync(old) && performance.now() - started < 120_000; ) await new Promise((r) => setTimeout(r, 500));
}

/** The browser measurements `npm run bench -- --only` can pick. */
const BROWSER_PARTS = ['timeline', 'map', 'search'] as const;
type BrowserPart = (typeof BROWSER_PARTS)[number];

async function browserMetrics(dist: string, content: string, parts: readonly BrowserPart[], loads: number): Promise<string[]> {
	const lines: string[] = [];
	const { serveStatic } = await import('../tests/support/static-server.ts');
	await oldSiteGone(dist);
	const server = await serveStatic(dist);
	try {
		if (parts.includes('timeline')) lines.push(await timelineLine(`${server.url}timeline.html`, loads), '');
		if (parts.includes('map')) lines.push(await measureMap(`${server.url}map.html`, dist), '');
		if (parts.includes('search')) lines.push(...(await searchTable(`${server.url}search.html`, dist, await searchQueries(content))), '');
	} catch (error) {
		lines.push(`Browser metrics failed: ${error instanceof Error ? error.message : String(error)}`);
	} finally {
		await server.close();
	}
	return lines;
}

/** Generates, validates and builds an archive of n events in `dir`, then rebuilds it (unchanged, then after one edit). */
async function buildRow(n: number, seed: number, dir: string, options: { rebuild: boolean }): Promise<Row | number> {
	const content = path.join(dir, 'content');
	const dist = path.join(dir, 'dist');
	const cache = path.join(dir, 'cache');
	await rm(dir, { recursive: true, force: true });
	await mkdir(dir, { recursive: true });

	let t = performance.now();
	const counts = await writeArchive(content, { n, seed });
	const generateMs = performance.now() - t;
	const entries = Object.values(counts).reduce((a, b) => a + b, 0);
	console.log(`bench: N=${n}: generated ${entries} entries in ${s(generateMs)}`);

	t = performance.now();
	const validate = await measure([path.join(root, 'scripts', 'validate.ts'), '--content', content, '--format', 'json'], {});
	const validateMs = performance.now() - t;
	if (validate.code !== 0) {
		console.error(`bench: the synthetic archive N=${n} does not validate (exit ${validate.code}); this is a generator bug.\n${validate.output.slice(-3000)}`);
		return 1;
	}
	console.log(`bench: N=${n}: validate ${s(validateMs)}`);

	const env = { ARCHIVE_CONTENT: content, ARCHIVE_OUT: dist, ARCHIVE_CACHE: cache };
	const build = await measure([astroBin, 'build'], env);
	if (build.code !== 0) {
		console.error(`bench: the build of N=${n} failed (exit ${build.code}):\n${build.output.slice(-5000)}`);
		return 1;
	}
	await writeFile(path.join(dir, 'build.log'), build.output);
	const { bytes: distBytes, html: pages } = await folderStats(dist);
	const searchBytes = await searchIndexBytes(dist);
	console.log(`bench: N=${n}: build ${s(build.wallMs)} wall, ${s(build.cpuMs)} CPU, ${mb(build.maxRssBytes)} peak, ${pages} pages`);

	let rebuild: Run | undefined;
	let edited: Run | undefined;
	if (options.rebuild) {
		rebuild = await measure([astroBin, 'build'], env);
		if (rebuild.code !== 0) {
			console.error(`bench: the rebuild of N=${n} failed (exit ${rebuild.code}):\n${rebuild.output.slice(-5000)}`);
			return 1;
		}
		await writeFile(path.join(dir, 'rebuild.log'), rebuild.output);
		console.log(`bench: N=${n}: rebuild ${s(rebuild.wallMs)} wall, ${s(rebuild.cpuMs)} CPU`);
		await editOneEvent(content);
		edited = await measure([astroBin, 'build'], env);
		if (edited.code !== 0) {
			console.error(`bench: the rebuild after an edit of N=${n} failed (exit ${edited.code}):\n${edited.output.slice(-5000)}`);
			return 1;
		}
		await writeFile(path.join(dir, 'edited.log'), edited.output);
		console.log(`bench: N=${n}: rebuild after one edit ${s(edited.wallMs)} wall`);
	}
	const devReadyMs = n <= 1000 ? await devReady(content, path.join(dir, 'dev-cache')) : undefined;
	if (devReadyMs !== undefined) console.log(`bench: N=${n}: dev server ready in ${s(devReadyMs)}`);
	return { n, entries, pages, generateMs, validateMs, build, rebuild, edited, devReadyMs, distBytes, searchBytes };
}

/** Reads the command line; a number is the exit code of a mistake already explained. */
function readOptions() {
	const { values } = parseArgs({
		options: {
			n: { type: 'string', default: '1000,5000,10000' },
			seed: { type: 'string', default: '1' },
			keep: { type: 'boolean', default: false },
			'no-browser': { type: 'boolean', default: false },
			'no-rebuild': { type: 'boolean', default: false },
			reuse: { type: 'boolean', default: false },
			only: { type: 'string', default: BROWSER_PARTS.join(',') },
			loads: { type: 'string', default: '3' },
			'editions-ratio': { type: 'boolean', default: false },
		},
	});
	const sizes = values.n.split(',').map((x) => Number(x.trim()));
	if (sizes.some((x) => !Number.isInteger(x) || x < 1)) {
		console.error(`bench: --n takes whole numbers separated by commas, e.g. --n 1000,10000 (got "${values.n}").`);
		return 2;
	}
	const parts = values.only.split(',').map((x) => x.trim());
	const unknown = parts.filter((x) => !(BROWSER_PARTS as readonly string[]).includes(x));
	if (unknown.length) {
		console.error(`bench: --only takes ${BROWSER_PARTS.join(', ')} separated by commas (got "${unknown.join(', ')}"), e.g. --only timeline.`);
		return 2;
	}
	const loads = Number(values.loads);
	if (!Number.isInteger(loads) || loads < 1) {
		console.error(`bench: --loads takes a whole number of page loads, at least 1, e.g. --loads 5 (got "${values.loads}").`);
		return 2;
	}
	return { ...values, sizes, parts: parts as BrowserPart[], loads, seed: Number(values.seed), keep: values.keep || values.reuse };
}

async function main(): Promise<number> {
	const values = readOptions();
	if (typeof values === 'number') return values;
	const { sizes, seed } = values;
	// Inside the project on purpose: for an outDir outside it, Astro puts its prerender
	// bundle in <project>/.astro/.prerender, shared by every such build running at once.
	const work = path.join(root, '.bench');
	const rows: Row[] = [];
	const notes: string[] = [];
	const machineLine = machine();
	console.log(`bench: ${machineLine}`);
	for (const n of sizes) {
		const dir = path.join(work, `n${n}`);
		const dist = path.join(dir, 'dist');
		if (values.reuse) {
			if (!existsSync(path.join(dist, 'timeline.html'))) {
				console.error(`bench: --reuse measures the site a run with --keep left in ${dist}, and there is none; run \`npm run bench -- --n ${n} --keep\` first.`);
				return 2;
			}
			notes.push(`Measured against the site kept in .bench/n${n}/dist (built ${(await stat(path.join(dist, 'timeline.html'))).mtime.toISOString()}).`, '');
		} else {
			const row = await buildRow(n, seed, dir, { rebuild: !values['no-rebuild'] });
			if (typeof row === 'number') return row;
			rows.push(row);
		}
		if (n === Math.max(...sizes) && values['editions-ratio'] && !values.reuse) {
			const line = await editionsRatio(dir, path.join(dir, 'content'), rows[rows.length - 1]!.build);
			if (line === undefined) return 1;
			notes.push('', line);
		}
		if (n === Math.max(...sizes) && !values['no-browser']) notes.push(...(await browserMetrics(dist, path.join(dir, 'content'), values.parts, values.loads)));
		if (!values.keep) await rm(dir, { recursive: true, force: true });
	}
	if (!values.keep) await rm(work, { recursive: true, force: true });

	const report = [
		`# Benchmark (${new Date().toISOString().slice(0, 10)}, seed ${seed})`,
		'',
		`Machine: ${machineLine}.`,
		'',
		...(rows.length ? [table(rows), ''] : []),
		...ratios(rows),
		...notes,
		'',
		'Build: `astro build` of the synthetic archive, cold (empty cache and output), pages and Pagefind index. CPU is user + sys of the build and its children; peak memory is the largest resident set of any of them. Rebuild: the same build again with the same cache and no content change; one edit: then again after the title of one event changed. Dev ready: `astro dev` started until it served an event page (N ≤ 1,000). Validate: `scripts/validate.ts --content`, wall time including Node start-up.',
		'',
	].join('\n');
	await mkdir(path.join(root, 'bench-results'), { recursive: true });
	await writeFile(path.join(root, 'bench-results', 'latest.md'), report);
	console.log(`\n${report}`);
	console.log('bench: written to bench-results/latest.md');
	return 0;
}

runCli('bench', main);
