/**
 * The one Markdown pipeline. Astro is configured with it (astro.config.mjs) and the
 * archive renders entry bodies with it (renderMarkdown), so a body is rendered the same
 * way wherever it is shown: cross-links resolved, raw HTML parsed and then filtered by
 * the allow-list (sanitize-schema.ts), archived text kept as printed (no smart quotes).
 */
import { markdownConfigDefaults, unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkEntityLinks from './remark-entity-links.ts';
import { sanitizeSchema } from './sanitize-schema.ts';

export const markdownProcessor = unified({
	smartypants: false,
	remarkPlugins: [remarkEntityLinks],
	// Raw HTML is parsed first, so the allow-list sees (and filters) every tag in it.
	rehypePlugins: [rehypeRaw, [rehypeSanitize, sanitizeSchema]],
});

let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * A body as HTML. No file URL on purpose: with one, Astro would take ../images/x.png for
 * an asset to optimise; without it the image stays a plain <img> of public/images/.
 */
export async function renderMarkdown(body: string): Promise<string> {
	if (body.trim() === '') return '';
	renderer ??= markdownProcessor.createRenderer(markdownConfigDefaults);
	return (await (await renderer).render(body)).code;
}
