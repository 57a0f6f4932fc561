/**
 * A small static file server for browser tests and `npm run preview`: serves a built
 * folder at the root or under a sub-path, on loopback only, with a 404 page.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
	'.xml': 'application/xml', '.atom': 'application/atom+xml', '.csv': 'text/csv; charset=utf-8', '.ics': 'text/calendar; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm', '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream', '.pagefind': 'application/octet-stream', '.woff2': 'font/woff2',
};

export interface RunningServer {
	/** e.g. http://127.0.0.1:41234/archive/ */
	url: string;
	close: () => Promise<void>;
}

/**
 * The files, in order, that answer a site path (`actors/`, `timeline`, `assets/site.css`):
 * a folder is its index.html and, like GitHub Pages, `timeline` is also `timeline.html`.
 * The server tries them on disk; the static link check looks them up in its file list.
 */
export function servedCandidates(rel: string): string[] {
	return rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel, `${rel}.html`];
}

/** Serves `dir` under `base` ("/" or "/archive/"; "archive" means the same). A request outside `base` is a 404. */
export async function serveStatic(dir: string, base = '/', port = 0): Promise<RunningServer> {
	const root = path.resolve(dir);
	const prefix = `/${base.split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');
	const sendFile = async (file: string, status: number, res: import('node:http').ServerResponse) => {
		res.writeHead(status, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).on('error', () => res.destroy()).pipe(res);
	};
	const server: Server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		const notFound = async () => {
			const page = path.join(root, '404.html');
			if (await isFile(page)) return sendFile(page, 404, res);
			res.writeHead(404).end('not found');
		};
		if (!url.pathname.startsWith(prefix) && url.pathname !== prefix.slice(0, -1)) return notFound();
		let rel: string;
		try {
			rel = decodeURIComponent(url.pathname.slice(prefix.length));
		} catch {
			// A malformed %-escape: answer like a missing page rather than crash the server.
			return notFound();
		}
		for (const candidate of servedCandidates(rel)) {
			const file = path.join(root, candidate);
			if (!file.startsWith(root + path.sep)) return notFound();
			if (await isFile(file)) return sendFile(file, 200, res);
		}
		return notFound();
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', resolve);
	});
	const address = server.address() as import('node:net').AddressInfo;
	return {
		url: `http://127.0.0.1:${address.port}${prefix}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

async function isFile(file: string) {
	try {
		return (await stat(file)).isFile();
	} catch {
		return false;
	}
}
