/**
 * Pass 4: the `[text](kind:id)` cross-links in every body. Each target learns who
 * mentions it (backlinks); an article learns what it mentions. A link to nothing, a
 * malformed one, or one to a statement without a page of its own is reported at its
 * line in the body.
 */
import { findEntityLinks } from '../model/entity-links.ts';
import { COLLECTIONS, collectionOf } from '../model/kinds.ts';
import { missingLinkProblem } from './problems.ts';
import type { Linker } from './references.ts';
import { statementHasOwnPage, type ArticleNode, type NodeBase, type Ref, type StatementNode } from './types.ts';

type AnyNode = NodeBase<(typeof COLLECTIONS)[number]> & { kind: Ref['kind'] };

export function linkProse(l: Linker, invalid: ReadonlySet<string>): void {
	const mentioned = new Set<string>();
	for (const collection of COLLECTIONS) {
		for (const node of (l.g[collection] as Map<string, AnyNode>).values()) linkBody(l, node, invalid, mentioned);
	}
}

function linkBody({ g, pushUnique }: Linker, node: AnyNode, invalid: ReadonlySet<string>, mentioned: Set<string>): void {
	const { links, malformed } = findEntityLinks(node.body);
	const at = (line: number, column: number) => ({ severity: 'error' as const, file: node.file, path: ['body'], bodyLine: line, column });
	for (const bad of malformed) {
		g.problems.push({
			...at(bad.line, bad.column),
			message: `Malformed cross-link "${bad.href}".`,
			fix: 'Write cross-links as [text](kind:id), where kind is article, quote, statement, event, actor or place and id is a file name, e.g. [al-Sharaa](actor:ahmad-al-sharaa).',
		});
	}
	for (const link of links) {
		const targets = g[collectionOf(link.kind)] as Map<string, { mentionedBy?: Ref[] }>;
		const target = targets.get(link.id);
		if (!target) {
			if (!invalid.has(`${collectionOf(link.kind)}/${link.id}`)) g.problems.push(missingLinkProblem(node.file, link, targets.keys()));
			continue;
		}
		if (link.kind === 'statement' && !statementHasOwnPage(target as StatementNode)) {
			const only = (target as StatementNode).quotes[0]!;
			g.problems.push({
				...at(link.line, link.column),
				message: `Cross-link to statement "${link.id}", which has only one rendering, so it has no page of its own.`,
				fix: `Link its quote instead: [${link.text}](quote:${only}).`,
				suggestion: `quote:${only}`,
			});
			continue;
		}
		const mention = `${link.kind}:${link.id}<${node.kind}:${node.id}`;
		if (target.mentionedBy && !mentioned.has(mention)) {
			mentioned.add(mention);
			target.mentionedBy.push({ kind: node.kind, id: node.id });
		}
		if (node.kind === 'article') {
			(node as unknown as ArticleNode).mentions.push({ kind: link.kind, id: link.id });
			if (link.kind === 'actor') pushUnique(g.actors.get(link.id)!.articles, node.id);
		}
	}
}
