// @ts-check
import { defineConfig } from 'astro/config';
import archive from './src/integrations/archive.ts';
import { markdownProcessor } from './src/markdown/pipeline.ts';
import { contentDir } from './src/content-io/content-dir.ts';

/** Folders that builds, tests and benchmarks write: never scanned or watched by the dev server. */
const GENERATED = /[\\/](?:\.builds|\.bench|dist|\.dist\.partial|test-results|bench-results)(?:[\\/]|$)/;

export default defineConfig({
	// A site URL turns on canonical links, the sitemap and absolute feed links.
	// Where the site is hosted (root or sub-path) changes nothing else: every link is relative.
	...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
	outDir: process.env.ARCHIVE_OUT || 'dist',
	// Tests swap it to check what public/ may hold; the validator reads the same folder.
	publicDir: process.env.ARCHIVE_PUBLIC || 'public',
	// Separate caches let tests and benchmarks build other archives side by side.
	cacheDir: process.env.ARCHIVE_CACHE || './node_modules/.astro',
	build: {
		// `actors/x.html`, not `actors/x/`: a folder link opens a directory listing from file://.
		format: 'file',
		inlineStylesheets: 'always',
		// Rendering a page takes far less time than writing it: with several pages in
		// flight, the writes overlap the rendering (10,000 events: ~35,000 files).
		concurrency: 4,
	},
	trailingSlash: 'never',
	devToolbar: { enabled: false },
	// Entry bodies are rendered by the archive with the same pipeline (src/markdown/pipeline.ts).
	markdown: { processor: markdownProcessor },
	experimental: {
		// A rebuild reuses entry pages whose cacheKey (a digest of all content, see
		// src/data/archive.ts) and code are unchanged; copies are kept in cacheDir.
		incrementalBuild: true,
	},
	integrations: [archive()],
	vite: {
		// The dev server scans for dependencies and watches files under the whole project;
		// test and benchmark builds (.builds/, .bench/) hold tens of thousands of files.
		optimizeDeps: { entries: ['src/pages/**/*.astro'] },
		// The content folder is watched even when it lies in one of them (tests, benchmarks).
		server: { watch: { ignored: (file) => GENERATED.test(file) && !`${file}/`.startsWith(`${contentDir()}/`) } },
	},
});
