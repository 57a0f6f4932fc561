/**
 * npm run preview [-- DIR] [--base /archive/] [--port 4321]
 * Serves a built folder on http://127.0.0.1, at the root or under a sub-path, the way a
 * static host does (missing addresses get 404.html), to try a build before hosting it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveStatic } from '../tests/support/static-server.ts';

const usage = `Usage: npm run preview [-- DIR] [--base /archive/] [--port 4321]

Serves DIR (default dist) on http://127.0.0.1:PORT, at the root or under --base,
as a static host would. Stop with Ctrl-C.`;

let values: { base?: string; port?: string; help?: boolean };
let positionals: string[];
try {
	({ values, positionals } = parseArgs({
		options: { base: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
		allowPositionals: true,
	}));
} catch (error) {
	console.error(`${(error as Error).message}\n\n${usage}`);
	process.exit(2);
}
if (values.help) {
	console.log(usage);
	process.exit(0);
}

// `npm run preview` passes dist itself; a folder given after `--` comes second and wins.
const dir = positionals.at(-1) ?? 'dist';
if (!existsSync(path.join(dir, 'index.html'))) {
	console.error(`There is no built site in ${path.resolve(dir)} (no index.html). Run "npm run build" first, or name the folder: npm run preview -- path/to/dist`);
	process.exit(2);
}
const port = Number(values.port ?? 4321);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
	console.error(`--port must be a number from 0 to 65535, not "${values.port}".`);
	process.exit(2);
}

try {
	const server = await serveStatic(dir, values.base ?? '/', port);
	console.log(`Serving ${dir} at ${server.url} (Ctrl-C to stop)`);
} catch (error) {
	const code = (error as NodeJS.ErrnoException).code;
	console.error(code === 'EADDRINUSE' ? `Port ${port} is already in use. Choose another with --port, e.g. npm run preview -- --port 4322` : `Could not start the server: ${(error as Error).message}`);
	process.exit(1);
}
