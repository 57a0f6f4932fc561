/**
 * The archive's Astro integration. It only orchestrates; each concern is one module:
 * content validation before the build, browser bundles and the search index after it.
 */
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../content-io/content-dir.ts';
import { bundleClientScripts, bundleOne } from './client-scripts.ts';
import { indexWithPagefind } from './pagefind.ts';
import { preflight } from './preflight.ts';
import { writeSitemap } from './sitemap.ts';

export default function archive(): AstroIntegration {
	let root = process.cwd();
	let site: URL | undefined;
	let cacheDir: string | undefined;
	return {
		name: 'syria-archive',
		hooks: {
			'astro:config:setup': async ({ command, config, logger }) => {
				root = fileURLToPath(config.root);
				site = config.site ? new URL(config.site) : undefined;
				cacheDir = fileURLToPath(config.cacheDir);
				if (command === 'build' || command === 'dev') await preflight(contentDir(), logger, command === 'build');
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use(async (req, res, next) => {
					const m = /\/assets\/([a-z-]+)\.js$/.exec(req.url ?? '');
					const code = m ? await bundleOne(root, m[1]!) : undefined;
					if (code === undefined) return next();
					res.setHeader('Content-Type', 'text/javascript');
					res.end(code);
				});
			},
			'astro:build:done': async ({ dir, logger, assets }) => {
				const outDir = fileURLToPath(dir);
				await bundleClientScripts(root, outDir);
				logger.info('client scripts bundled');
				const search = await indexWithPagefind(outDir, logger, { cacheDir });
				logger.info(`search: ${search.reused ? 'reused the index of' : 'Pagefind indexed'} ${search.pages} pages (${Math.round(search.bytes / 1024)} KiB)`);
				if (site) {
					const pages = [...assets.values()].flat().map((u) => path.relative(outDir, fileURLToPath(u)).split(path.sep).join('/'));
					await writeSitemap(outDir, site, pages);
					logger.info(`sitemap.xml written for ${site.href}`);
				}
			},
		},
	};
}
