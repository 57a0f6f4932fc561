/**
 * Astro's Markdown renderer hands every rendered body back with a copy of the entry's
 * frontmatter (for remark plugins that edit it), and the content layer stores that copy
 * beside the entry's own data. Nothing in this site reads it (`remarkPluginFrontmatter`),
 * yet at 10,000 events it is about a quarter of the data store, which every build
 * serialises into one JavaScript module and compiles. So the copy is emptied.
 * Runs last among the remark plugins, after any plugin that might read it.
 */
import type { VFile } from 'vfile';

export default function remarkDropFrontmatterCopy() {
	return (_tree: unknown, file: VFile) => {
		const astro = (file.data as { astro?: { frontmatter?: unknown } }).astro;
		if (astro) astro.frontmatter = {};
	};
}
