/**
 * Every word the timeline, map and search clients show comes from the catalogue: their
 * code, and the code they import from src/ (followed import by import), holds no string
 * literal that reads as English wording. What is left, each with its reason, is listed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '..');
const ENTRIES = readdirSync(import.meta.dirname).filter((f) => /^(timeline|map|search)\.client\.ts$/.test(f)).map((f) => path.join(import.meta.dirname, f));

/** Wording: two words, or one capitalised word ("Open"), or a word and an ellipsis ("Searching…"); not selectors, media queries or markup. */
const WORDING = /[A-Za-z]{2,}[,.…:;!?]?\s+[A-Za-z]{2,}|^[A-Z][a-z]{2,}$|[A-Za-z]{3,}…/;
const CODE = /^[(<.#[]|[[{=]|^[a-z-]+ [a-z-]+--$/;
/** Calls whose string arguments are names for code: selectors, events, media queries, marks, class names. */
const CODE_CALLS = /(\.on|querySelector(All)?|matchMedia|performance\.\w+|closest|matches|classList\.\w+|addEventListener|getPropertyValue|getEntriesByName)$/;

/** Literals that are not shown as interface text, by file and text. */
const ALLOWED: [RegExp, RegExp, string][] = [
	[/views\/claims\.ts$/, /.*/, 'claim wording ("at least 300 civilians killed") is the views layer’s, shared with the event pages: not yet in the catalogue'],
	[/lib\/dates\.ts$/, /.*/, 'English date wording for English pages (humanRange uses Intl for Arabic)'],
	[/model\/kinds\.ts$/, /.*/, 'the registry’s English kind names: link texts a snippet drops (prose.ts), never shown'],
	[/search\/names\.ts$|search\/fold\.ts$|lib\/text-match\.ts$/, /.*/, 'spelling folds and stop words, never shown'],
	[/lib\/wording\.ts$/, /.*/, 'relation wording for entry pages; the clients use only its capitalise()'],
	[/model\/locales\.ts$/, /^English$/, 'a language’s name in itself, for the language switch'],
	[/client\/search-engines\.ts$/, /^search (index|text)$/, 'which file failed to load, inside a load error'],
	[/client\/timeline-canvas\.ts$/, /^system-ui, sans-serif$/, 'a font list'],
];

function sourceFiles(): string[] {
	const seen = new Set<string>();
	const visit = (file: string) => {
		if (seen.has(file)) return;
		seen.add(file);
		const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
		for (const statement of source.statements) {
			if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) || !statement.moduleSpecifier) continue;
			if (ts.isImportDeclaration(statement) && statement.importClause?.phaseModifier === ts.SyntaxKind.TypeKeyword) continue;
			const spec = (statement.moduleSpecifier as ts.StringLiteral).text;
			if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
		}
	};
	ENTRIES.forEach(visit);
	return [...seen].filter((f) => !f.startsWith(path.join(SRC, 'i18n', 'messages')));
}

/** String literals that read as wording, outside imports, thrown errors (their reason is put in the catalogue's sentence) and console output. */
function wording(file: string): string[] {
	const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
	const out: string[] = [];
	const developerFacing = (node: ts.Node): boolean => {
		const parent = node.parent;
		if (ts.isBinaryExpression(parent) && /^(===|!==|==|!=)$/.test(parent.operatorToken.getText())) return true;
		if (ts.isCaseClause(parent)) return true;
		if (ts.isCallExpression(parent) && CODE_CALLS.test(parent.expression.getText())) return true;
		for (let p = node.parent; p; p = p.parent) {
			if (ts.isNewExpression(p) && p.expression.getText() === 'Error') return true;
			if (ts.isCallExpression(p) && /^console\./.test(p.expression.getText())) return true;
			if (ts.isImportDeclaration(p) || ts.isExportDeclaration(p)) return true;
		}
		return false;
	};
	const walk = (node: ts.Node) => {
		const texts = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? [node.text] : ts.isTemplateExpression(node) ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)] : [];
		for (const text of texts) if (WORDING.test(text.trim()) && !CODE.test(text.trim()) && !developerFacing(node)) out.push(text);
		ts.forEachChild(node, walk);
	};
	walk(source);
	return out;
}

describe('the clients’ interface text', () => {
	it('follows the clients’ imports into the pure modules they use', () => {
		const files = sourceFiles().map((f) => path.relative(SRC, f));
		expect(files).toEqual(expect.arrayContaining(['timeline/chart-text.ts', 'timeline/event-card.ts', 'search/status.ts', 'map/markers.ts', 'client/search-render.ts']));
	});

	it('has no English wording in code: every string shown comes from the catalogue', () => {
		const found = sourceFiles().flatMap((file) => {
			const rel = path.relative(SRC, file).split(path.sep).join('/');
			return wording(file)
				.filter((text) => !ALLOWED.some(([f, t]) => f.test(rel) && t.test(text)))
				.map((text) => `${rel}: ${JSON.stringify(text)}`);
		});
		expect(found).toEqual([]);
	});

	it('would catch a sentence written in code', () => {
		expect(WORDING.test('Zoom in')).toBe(true);
		expect(WORDING.test('Open')).toBe(true);
		expect(WORDING.test('Searching…')).toBe(true);
		expect(WORDING.test('[data-tl-stage]')).toBe(false);
		expect(WORDING.test('input[type="search"], input[type="text"]')).toBe(false);
	});
});
