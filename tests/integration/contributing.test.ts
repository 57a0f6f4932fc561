/**
 * CONTRIBUTING.md shows real files from content/ as examples. This keeps them true:
 * each example must be the file as it is now (or, where marked "beginning", its start),
 * and must itself pass the validator.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEntry } from '../../src/content-io/read-entry.ts';
import type { CollectionName } from '../../src/model/kinds.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const guide = await readFile(path.join(root, 'CONTRIBUTING.md'), 'utf8');
const examples = [...guide.matchAll(/<!-- example: (content\/[\w/.-]+\.md)( \(beginning\))? -->\n```markdown\n([^]*?)\n```/g)].map((m) => ({
	file: m[1]!,
	beginning: Boolean(m[2]),
	text: m[3]!,
}));

describe('CONTRIBUTING.md', () => {
	it('has a complete example of every kind of entry', () => {
		const kinds = new Set(examples.map((e) => e.file.split('/')[1]));
		expect([...kinds].sort()).toEqual(['actors', 'articles', 'events', 'places', 'quotes']);
	});

	it.each(examples.map((e) => [e.file, e] as const))('the example %s is the file as it is in content/ (update CONTRIBUTING.md if it changed)', async (file, e) => {
		const current = (await readFile(path.join(root, file), 'utf8')).replace(/\n+$/, '');
		if (e.beginning) expect(current.startsWith(e.text)).toBe(true);
		else expect(e.text).toBe(current);
		const [, collection, name] = file.split('/') as [string, CollectionName, string];
		expect(readEntry(collection, name.replace(/\.md$/, ''), file, `${e.text}\n`).problems).toEqual([]);
	});

	it('links to the generated field reference, which exists', async () => {
		expect(guide).toContain('](docs/field-reference.md)');
		await expect(readFile(path.join(root, 'docs', 'field-reference.md'), 'utf8')).resolves.toMatch(/^# Field reference/);
	});
});
