/**
 * Writes one content file (pure: frontmatter and body in, file text out), the inverse of
 * read-entry.ts: the `yaml` package with the reader's own options, so whatever is written
 * reads back as the same values. Used by the contributor scaffold (`npm run new`) and the
 * synthetic archive.
 */
import { Document, isMap, isNode, isScalar, visit } from 'yaml';
import { YAML_OPTIONS } from './read-entry.ts';

/**
 * Text that YAML 1.1 parsers (js-yaml, which gray-matter and many editors use) would read
 * as a date, number, yes/no or null when written plain. The reader's YAML 1.2 core schema
 * keeps 2025-03-06 as text, but a file should mean the same to every tool that opens it.
 */
const AMBIGUOUS_IN_YAML_1_1 = /^(?:[-+.~\d]|(?:y|n|yes|no|true|false|on|off|null|<<|=)$)/i;

/**
 * The frontmatter as YAML, without the `---` lines. `frontmatter` is plain data, or nodes
 * of the `yaml` package when the file needs comments (the scaffold's notes). Fields whose
 * value is undefined are left out; text is written plain where that is unambiguous and
 * double-quoted otherwise; lists of numbers (coordinates) stay on one line; long text is
 * never folded.
 */
export function writeFrontmatter(frontmatter: unknown): string {
	// Nodes are copied: styling the copy leaves the caller's nodes as they were.
	const doc = new Document(isNode(frontmatter) ? frontmatter.clone() : frontmatter, YAML_OPTIONS);
	if (!isMap(doc.contents)) throw new TypeError('The frontmatter must be a mapping of fields to values.');
	visit(doc, {
		Scalar(_key, node) {
			if (typeof node.value === 'string' && AMBIGUOUS_IN_YAML_1_1.test(node.value)) node.type = 'QUOTE_DOUBLE';
		},
		Seq(_key, node) {
			if (node.items.length > 0 && node.items.every((item) => isScalar(item) && typeof item.value === 'number')) node.flow = true;
		},
	});
	return doc.toString({ lineWidth: 0, nullStr: '', flowCollectionPadding: false });
}

/** The text of a content file: `---`, the frontmatter, `---`, a blank line and the body. */
export function writeEntry(frontmatter: unknown, body: string): string {
	const text = body === '' ? '' : `\n${body}${body.endsWith('\n') ? '' : '\n'}`;
	return `---\n${writeFrontmatter(frontmatter)}---\n${text}`;
}
