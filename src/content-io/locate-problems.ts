/**
 * Gives problems found after reading (the graph's, the rules') the line of their field,
 * by parsing their file's text again with the same reader the schema check uses. Only
 * the few files that have such a problem are parsed again; none is opened again.
 */
import path from 'node:path';
import { readEntry } from './read-entry.ts';
import type { Problem } from '../graph/problems.ts';
import type { CollectionName } from '../model/kinds.ts';

export function locateProblems(problems: Problem[], textOf: (file: string) => string | undefined, contentDir: string, projectDir = process.cwd()): Problem[] {
	const byFile = new Map<string, ReturnType<typeof readEntry>['locate'] | null>();
	const out: Problem[] = [];
	for (const p of problems) {
		if (p.line !== undefined) {
			out.push(p);
			continue;
		}
		if (!byFile.has(p.file)) {
			const abs = path.resolve(projectDir, p.file);
			const collection = path.relative(contentDir, abs).split(path.sep)[0] as CollectionName;
			const text = textOf(p.file);
			byFile.set(p.file, text === undefined ? null : readEntry(collection, path.basename(abs, '.md'), p.file, text).locate);
		}
		out.push(byFile.get(p.file)?.(p) ?? { ...p, line: 1 });
	}
	return out;
}
