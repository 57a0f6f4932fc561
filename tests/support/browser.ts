/**
 * Launches Debian's Chromium through playwright-core, headless and offline: every
 * request to another host is blocked and recorded, so a test can prove nothing leaves
 * the site.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launch(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		headless: true,
		args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--allow-file-access-from-files=false'],
	});
}

export interface Watched {
	page: Page;
	/** Console errors and uncaught exceptions. */
	errors: string[];
	/** Requests that failed (network error, or an HTTP status of 400 or more). */
	failed: string[];
	/** Requests to another host; they are blocked, never sent. */
	external: string[];
}

/** A page whose errors, failed requests and off-site requests are recorded. */
export async function watchedPage(context: BrowserContext, allowedOrigin: string | 'file'): Promise<Watched> {
	const page = await context.newPage();
	const w: Watched = { page, errors: [], failed: [], external: [] };
	page.on('console', (m) => m.type() === 'error' && w.errors.push(`${page.url()}: ${m.text()}`));
	page.on('pageerror', (e) => w.errors.push(`${page.url()}: ${e.message}`));
	page.on('requestfailed', (r) => {
		const reason = r.failure()?.errorText ?? '';
		// ERR_ABORTED is a load cancelled because the page navigated on (a favicon, say), not a
		// broken address: a missing file fails with ERR_FILE_NOT_FOUND or an HTTP status.
		if (reason === 'net::ERR_ABORTED') return;
		w.failed.push(`${r.url()} (${reason}) on ${page.url()}`);
	});
	// A 404 for a stylesheet or script is not a network failure, so Playwright does not
	// report it as one; it is a broken page all the same.
	page.on('response', (r) => r.status() >= 400 && w.failed.push(`${r.url()} (HTTP ${r.status()}) on ${page.url()}`));
	await page.route('**/*', (route) => {
		const url = route.request().url();
		const local = allowedOrigin === 'file' ? url.startsWith('file:') || url.startsWith('data:') : url.startsWith(allowedOrigin) || url.startsWith('data:');
		if (local) return route.continue();
		w.external.push(`${url} from ${page.url()}`);
		return route.abort('blockedbyclient');
	});
	return w;
}
