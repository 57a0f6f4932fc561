/**
 * Turns prose cross-links `[text](actor:id)` into links to the entry's page.
 * Entry bodies render only on entry pages, which all sit one folder deep
 * (`events/x.html`), so the URL is made relative to such a page.
 * Missing targets never reach here: the build's pre-flight validation refuses them.
 */
import type { Link, Root } from 'mdast';
// Declares `data.hProperties` on mdast nodes: the attributes remark-rehype gives the HTML element.
import type {} from 'mdast-util-to-hast';
import { visit } from 'unist-util-visit';
import { parseEntityHref } from '../model/entity-links.ts';
import { paths, relativeUrl, type SitePath } from '../model/urls.ts';

/** Any page one folder deep: entry pages are. */
const ENTRY_PAGE = 'entries/page.html' as SitePath;

export default function remarkEntityLinks() {
	return (tree: Root) => {
		visit(tree, 'link', (node: Link) => {
			const target = parseEntityHref(node.url);
			if (!target) return;
			node.url = relativeUrl(ENTRY_PAGE, paths.entry(target.kind, target.id));
			node.data = { ...node.data, hProperties: { ...(node.data?.hProperties ?? {}), className: ['entity-link', `entity-link--${target.kind}`] } };
		});
	};
}
