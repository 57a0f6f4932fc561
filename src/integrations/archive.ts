/**
 * The archive's Astro integration. It only orchestrates; each concern is one module:
 * content validation before the build, the search index beside it (in a worker
 * thread, placed in the site when Astro has emptied the output folder), browser
 * bundles after it.
 */
import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { contentDir } from '../content-io/content-dir.ts';
import { bundleClientScripts, bundleOne } from './client-scripts.ts';
import { searchShardSize, startSearchIndex, type SearchIndexJob } from './search-index.ts';
import { preflight } from './preflight.ts';
import { readContentOnce, watchContent } from './content-read.ts';
import { contentDigest, loadPageCache, savePageCache } from './page-cache.ts';
import { pagefindDocuments } from '../search/pagefind-documents.ts';
import { createLabels } from '../views/kinds.ts';
import { writeSitemap } from './sitemap.ts';
import { moveEditionHomes } from './edition-homes.ts';
import { editionsFrom } from '../model/locales.ts';
import type { SitePath } from '../model/urls.ts';
import { BuildLockedError, lockOutput, publishStaging, stagingFor } from './output-folder.ts';
import { linkCachedPages, removeUnproduced, unlinkBeforeWrite } from './linked-pages.ts';

export default function archive(): AstroIntegration {
	let root = process.cwd();
	let site: URL | undefined;
	let searchIndex: SearchIndexJob | undefined;
	let outDir = '';
	let cacheDir = '';
	/** Where the finished site goes; Astro writes into a staging folder beside it (output-folder.ts). */
	let finalOutDir = '';
	let releaseLock = () => {};
	let shardSize = 0;
	/** Unchanged pages linked from Astro's cache into the staging folder (linked-pages.ts), once per build. */
	let linking: Promise<{ linked: Set<string>; stop: () => void }> | undefined;
	return {
		name: 'syria-archive',
		hooks: {
			'astro:config:setup': async ({ command, config, logger, updateConfig }) => {
				root = fileURLToPath(config.root);
				outDir = finalOutDir = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
				site = config.site ? new URL(config.site) : undefined;
				if (command === 'build') {
					try {
						shardSize = searchShardSize();
						editionsFrom(process.env.ARCHIVE_EDITIONS);
					} catch (error) {
						process.stderr.write(`\nThe archive was not built: ${(error as Error).message}\n`);
						process.exit(1);
					}
					try {
						releaseLock = lockOutput(finalOutDir);
					} catch (error) {
						if (!(error instanceof BuildLockedError)) throw error;
						process.stderr.write(`\nThe archive was not built: ${error.message}\n`);
						process.exit(1);
					}
					outDir = stagingFor(finalOutDir);
					await rm(outDir, { recursive: true, force: true });
					updateConfig({ outDir: pathToFileURL(`${outDir}/`) });
				}
				cacheDir = fileURLToPath(config.cacheDir);
				if (command === 'build' || command === 'dev') await preflight(contentDir(), logger, command === 'build', { cacheDir });
				// The build goes on only with valid content: its graph gives the search documents, indexed in a worker thread while pages render.
				if (command === 'build') {
					await loadPageCache(cacheDir);
					const { graph } = await readContentOnce(contentDir());
					searchIndex = startSearchIndex(pagefindDocuments(graph, createLabels(graph)), fileURLToPath(config.cacheDir), shardSize, logger);
				}
			},
			'astro:server:setup': ({ server, logger }) => {
				watchContent(server, logger);
				server.middlewares.use(async (req, res, next) => {
					const m = /\/assets\/([a-z-]+)\.js$/.exec(req.url ?? '');
					const code = m ? await bundleOne(root, m[1]!) : undefined;
					if (code === undefined) return next();
					res.setHeader('Content-Type', 'text/javascript');
					res.end(code);
				});
			},
			'astro:build:start': () => {
				// Pagefind fails within seconds when it cannot run: stop before Astro empties the output folder.
				const failure = searchIndex?.failure();
				if (failure) {
					process.stderr.write(`\nThe archive was not built: ${failure.message}\nNothing was written to ${finalOutDir}.\n`);
					process.exit(1);
				}
			},
			'astro:build:setup': async () => {
				// Astro has emptied the output folder by now: the index can be copied in while pages render.
				// A failure is reported by the same call in astro:build:done.
				searchIndex?.place(outDir).catch(() => undefined);
				linking ??= linkCachedPages(cacheDir, outDir).then((linked) => ({ linked, stop: unlinkBeforeWrite([outDir, path.join(cacheDir, 'dist')]) }));
				await linking;
			},
			'astro:build:done': async ({ dir, logger, assets }) => {
				const outDir = fileURLToPath(dir);
				const produced = [...assets.values()].flat().map((u) => path.relative(outDir, fileURLToPath(u)).split(path.sep).join('/') as SitePath);
				if (linking) {
					const { linked, stop } = await linking;
					stop();
					await removeUnproduced(outDir, linked, new Set(produced));
				}
				const movedHomes = await moveEditionHomes(outDir);
				await bundleClientScripts(root, outDir);
				logger.info('client scripts bundled');
				try {
					if (!searchIndex) throw new Error('Search index: the build finished without the validated content to index (the pre-flight check did not run).');
					const search = await searchIndex.place(outDir);
					const how = search.reused === search.shards ? 'reused the index of' : search.reused > 0 ? `indexed ${search.shards - search.reused} of ${search.shards} shards again, for` : 'Pagefind indexed';
					logger.info(`search: ${how} ${search.pages} pages (${Math.round(search.bytes / 1024)} KiB, placed in the site in ${(search.copyMs / 1000).toFixed(1)} s)`);
				} catch (error) {
					// A site without its search index is not finished: no half-written site is left behind.
					await rm(outDir, { recursive: true, force: true });
					process.stderr.write(`\nThe archive was not built: ${(error as Error).message}\nThe last good site in ${finalOutDir} was left as it was.\n`);
					process.exit(1);
				}
				if (site) {
					await writeSitemap(outDir, site, produced.map((p) => movedHomes.get(p) ?? p));
					logger.info(`sitemap.xml written for ${site.href}`);
				}
				const { graph, entries } = await readContentOnce(contentDir());
				const pages = await savePageCache(cacheDir, graph, contentDigest(entries));
				logger.info(`pages keyed by what they read: ${pages.rendered} rendered, ${pages.reused} reused from the last build`);
				await publishStaging(outDir, finalOutDir, { background: true });
				releaseLock();
				logger.info(`site written to ${path.relative(root, finalOutDir) || finalOutDir}/`);
			},
		},
	};
}
