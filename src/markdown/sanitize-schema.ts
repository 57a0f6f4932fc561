/**
 * What contributor Markdown may produce: GitHub's allowlist (no scripts, no event
 * handlers, no iframes, objects, forms or style), plus the classes our own cross-links
 * carry. Raw HTML is parsed by rehype-raw just before this runs (see astro.config.mjs),
 * so allowed tags such as <sup> or <details> survive and everything else is removed;
 * without it, Astro would parse raw HTML only after sanitising and every tag would vanish.
 */
import { defaultSchema } from 'rehype-sanitize';

const everywhere = (defaultSchema.attributes?.['*'] ?? []).filter((a) => a !== 'id' && a !== 'name');

export const sanitizeSchema = {
	...defaultSchema,
	// Heading ids are added after sanitising (Astro's rehypeHeadingIds), so they stay readable.
	// Footnote ids already carry "user-content-" from remark-rehype: do not prefix them twice.
	clobberPrefix: '',
	attributes: {
		...defaultSchema.attributes,
		// No `name`, and ids only in the footnote namespace: `<img name="querySelector">` or
		// `<img id="getElementById">` would replace document methods the site's scripts call.
		'*': [...everywhere, ['id', /^user-content-/, 'footnote-label']],
		// hast-util-sanitize reads only the first className rule of a tag: merge ours into GitHub's.
		a: [
			...(defaultSchema.attributes?.['a'] ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')),
			['className', 'data-footnote-backref', 'entity-link', /^entity-link--[a-z]+$/],
		],
	},
	protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};
