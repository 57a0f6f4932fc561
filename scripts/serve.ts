/**
 * npm run preview [-- DIR] [--base /archive/] [--port 4321]
 * Serves a built folder on http://127.0.0.1, at the root or under a sub-path.
 */
import { parseArgs } from 'node:util';
import { serveStatic } from '../tests/support/static-server.ts';

const { values, positionals } = parseArgs({ options: { base: { type: 'string' }, port: { type: 'string' } }, allowPositionals: true });
const server = await serveStatic(positionals[0] ?? 'dist', values.base ?? '/', Number(values.port ?? 4321));
console.log(`Serving ${positionals[0] ?? 'dist'} at ${server.url} (Ctrl-C to stop)`);
