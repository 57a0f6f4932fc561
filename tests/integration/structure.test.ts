/**
 * The shape of the code, as docs/architecture.md describes it: folders are layers and a
 * layer imports only from the layers below it; the kinds of entry are written out in
 * four files; no function is too long to read at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, ENTITY_KINDS } from '../../src/model/kinds.ts';

const root = path.resolve(import.meta.dirname, '..', '..');

/** Lowest first. A folder may import from its own layer and the layers before it. */
export const LAYERS: readonly (readonly string[])[] = [
	['lib'],
	['model'],
	['i18n'],
	['graph'],
	['validate', 'views', 'search', 'timeline', 'charts', 'markdown', 'map'],
	['content-io'],
	['integrations'],
	['data'],
	['components', 'layouts', 'pages', 'client', 'content.config.ts'],
];
const layerOf = (folder: string) => LAYERS.findIndex((layer) => layer.includes(folder));

function sourceFiles(dir: string, test = false): string[] {
	return readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
		.filter((d) => d.isFile() && /\.(ts|astro)$/.test(d.name) && d.name.endsWith('.test.ts') === test)
		.map((d) => path.relative(root, path.join(d.parentPath, d.name)));
}

/** The TypeScript of a file: all of a .ts, the frontmatter script of an .astro page. */
function parse(file: string): ts.SourceFile {
	let text = readFileSync(path.join(root, file), 'utf8');
	if (file.endsWith('.astro')) text = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
	return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
}

function relativeImports(sf: ts.SourceFile): string[] {
	const out: string[] = [];
	const visit = (n: ts.Node) => {
		if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) out.push(n.moduleSpecifier.text);
		if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword && ts.isStringLiteral(n.arguments[0]!)) out.push(n.arguments[0].text);
		ts.forEachChild(n, visit);
	};
	visit(sf);
	return out.filter((s) => s.startsWith('.'));
}

describe('folders are layers', () => {
	const files = sourceFiles('src');

	it('every folder of src/ has a layer', () => {
		const folders = new Set(files.map((f) => f.split(path.sep)[1]!));
		expect([...folders].filter((f) => layerOf(f) < 0)).toEqual([]);
	});

	it('no module imports from a layer above its own', () => {
		const upward: string[] = [];
		for (const file of files) {
			const from = layerOf(file.split(path.sep)[1]!);
			for (const spec of relativeImports(parse(file))) {
				const target = path.relative(path.join(root, 'src'), path.resolve(root, path.dirname(file), spec)).split(path.sep)[0]!;
				if (layerOf(target) > from) upward.push(`${file} imports ${spec}`);
			}
		}
		expect(upward).toEqual([]);
	});
});

/** Names of kinds and of their collections: 'actor', 'actors'. */
const KIND_NAMES = new Set<string>([...ENTITY_KINDS, ...COLLECTIONS, 'statements']);
const nameOf = (n: ts.Node | undefined): string | undefined =>
	n && (ts.isStringLiteral(n) || ts.isIdentifier(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : n && ts.isLiteralTypeNode(n) ? nameOf(n.literal) : undefined;

/** Lists that name four kinds or more: arrays, objects, switches, unions, interfaces. */
function kindLists(sf: ts.SourceFile): string[] {
	const found: string[] = [];
	const count = (names: (string | undefined)[]) => new Set(names.filter((x) => x && KIND_NAMES.has(x)).map((x) => x!.replace(/s$/, ''))).size;
	const visit = (n: ts.Node) => {
		const names =
			ts.isArrayLiteralExpression(n) ? n.elements.map(nameOf)
			: ts.isObjectLiteralExpression(n) ? n.properties.map((p) => nameOf(p.name))
			: ts.isSwitchStatement(n) ? n.caseBlock.clauses.map((c) => (ts.isCaseClause(c) ? nameOf(c.expression) : undefined))
			: ts.isUnionTypeNode(n) ? n.types.map(nameOf)
			: ts.isInterfaceDeclaration(n) || ts.isTypeLiteralNode(n) ? n.members.map((m) => nameOf(m.name))
			: [];
		if (count(names) >= 4) found.push(`${sf.fileName}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`);
		ts.forEachChild(n, visit);
	};
	visit(sf);
	return found;
}

describe('one registry of kinds', () => {
	it('the list of kinds is written out in four files (the registry, the schemas, the graph\'s nodes and the views) and in each language\'s names for them', () => {
		const lists = [...sourceFiles('src'), ...sourceFiles('scripts'), ...sourceFiles('tools')].flatMap((f) => kindLists(parse(f)));
		const files = [...new Set(lists.map((l) => l.split(':')[0]))].sort();
		// The catalogues name each kind in their language; catalogue.test.ts fails when one lacks a kind.
		const catalogues = readdirSync(path.join(root, 'src/i18n/messages')).map((locale) => `src/i18n/messages/${locale}/kinds.ts`);
		expect(files).toEqual(['src/graph/nodes.ts', ...catalogues, 'src/model/kinds.ts', 'src/model/schemas.ts', 'src/views/kinds.ts'].sort().map((f) => f.split('/').join(path.sep)));
	});

	it('the check finds a list written out elsewhere', () => {
		const sf = ts.createSourceFile('x.ts', "const ORDER = ['event', 'actor', 'place', 'quote'];", ts.ScriptTarget.Latest, true);
		expect(kindLists(sf)).toEqual(['x.ts:1']);
	});
});

const MAX_FUNCTION_LINES = 150;

function longFunctions(sf: ts.SourceFile): string[] {
	const found: string[] = [];
	const visit = (n: ts.Node) => {
		if (ts.isFunctionLike(n) && 'body' in n && n.body) {
			const first = sf.getLineAndCharacterOfPosition(n.getStart()).line;
			const lines = sf.getLineAndCharacterOfPosition(n.end).line - first + 1;
			if (lines > MAX_FUNCTION_LINES) found.push(`${sf.fileName}:${first + 1} (${lines} lines)`);
		}
		ts.forEachChild(n, visit);
	};
	visit(sf);
	return found;
}

describe('small pieces', () => {
	it(`no function in src/, scripts/ or tools/ is longer than ${MAX_FUNCTION_LINES} lines`, () => {
		const files = [...sourceFiles('src'), ...sourceFiles('scripts'), ...sourceFiles('tools')];
		expect(files.flatMap((f) => longFunctions(parse(f)))).toEqual([]);
	});
});

describe('thin pages', () => {
	it('a page of each edition that is not an entry\'s starts from editionPage (data/archive.ts), never from its own preamble', () => {
		const pages = readdirSync(path.join(root, 'src/pages/[...lang]')).filter((f) => f.endsWith('.astro')).map((f) => `src/pages/[...lang]/${f}`);
		expect(pages.length).toBeGreaterThan(5);
		// The preamble editionPage folds: its own archive, its path in the edition, its linkers.
		const preamble = /\b(getArchive|entryLinks|inLocale|editionLinkerFor)\(/;
		expect(pages.filter((f) => preamble.test(parse(f).text) || !/\beditionPage\(/.test(parse(f).text))).toEqual([]);
	});
});
