/**
 * node tools/synthetic/cli.ts --out DIR [--n 1000] [--seed 1] [--force]
 * Writes a synthetic archive of N events (see generate.ts) into DIR, a content folder
 * that `ARCHIVE_CONTENT=DIR npm run build` or `npm run validate -- --content DIR` reads.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeArchive } from './generate.ts';

const usage = 'usage: node tools/synthetic/cli.ts --out DIR [--n 1000] [--seed 1] [--force]';

async function main(): Promise<number> {
	const { values } = parseArgs({
		options: { out: { type: 'string' }, n: { type: 'string', default: '1000' }, seed: { type: 'string', default: '1' }, force: { type: 'boolean', default: false } },
	});
	const n = Number(values.n);
	const seed = Number(values.seed);
	if (!values.out) {
		console.error(`synthetic: --out is required.\n${usage}`);
		return 2;
	}
	if (!Number.isInteger(n) || n < 1 || !Number.isInteger(seed)) {
		console.error(`synthetic: --n must be a whole number ≥ 1 and --seed a whole number (got --n ${values.n}, --seed ${values.seed}).\n${usage}`);
		return 2;
	}
	const out = path.resolve(values.out);
	const started = performance.now();
	const counts = await writeArchive(out, { n, seed, replace: values.force });
	const total = Object.values(counts).reduce((a, b) => a + b, 0);
	console.log(`synthetic: wrote ${total} files to ${out} in ${Math.round(performance.now() - started)} ms (${Object.entries(counts).map(([c, k]) => `${k} ${c}`).join(', ')})`);
	return 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(`synthetic: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(1);
	},
);
