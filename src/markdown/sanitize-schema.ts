/**
 * What contributor Markdown may produce: GitHub's allowlist (no scripts, no event
 * handlers, no iframes, no style), plus the classes our own cross-links carry.
 */
import { defaultSchema } from 'rehype-sanitize';

export const sanitizeSchema = {
	...defaultSchema,
	// Headings keep readable ids (GitHub's schema would prefix them with "user-content-").
	clobberPrefix: '',
	attributes: {
		...defaultSchema.attributes,
		a: [...(defaultSchema.attributes?.['a'] ?? []), ['className', 'entity-link', /^entity-link--[a-z]+$/]],
	},
	protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
};
