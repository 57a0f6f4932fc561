/**
 * Gives problems found after reading (the graph's, the duplicate warnings) the line of their field,
 * by reading their file again with the same reader the schema check uses. Only the few
 * files that have such a problem are read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readEntry } from './read-entry.ts';
import type { Problem } from '../graph/problems.ts';
import type { CollectionName } from '../model/kinds.ts';

export async function locateProblems(problems: Problem[], contentDir: string, projectDir = process.cwd()): Promise<Problem[]> {
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
			let text: string | null = null;
			try {
				text = readFileSync(abs, 'utf8');
			} catch {
				// Gone since it was read: the problem keeps line 1.
			}
			byFile.set(p.file, text === null ? null : readEntry(collection, path.basename(abs, '.md'), p.file, text).locate);
		}
		out.push(byFile.get(p.file)?.(p) ?? { ...p, line: 1 });
	}
	return out;
}
