/**
 * The committed field reference and JSON Schemas say exactly what the zod schemas say:
 * this fails when a schema changed and `npm run reference` was not run.
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../src/model/kinds.ts';
import { SCHEMAS } from '../src/model/schemas.ts';
import { fieldRows, generatedFiles, jsonSchemaOf } from './field-reference.ts';

const root = path.resolve(import.meta.dirname, '..');

describe('field reference', () => {
	it.each([...generatedFiles()])('%s is up to date with src/model (run "npm run reference" if not)', async (file, expected) => {
		const committed = await readFile(path.join(root, file), 'utf8').catch(() => '(missing)');
		expect(committed, `${file} is stale: run "npm run reference" and commit it`).toBe(expected);
	});

	it('--check says so when all is up to date, and writes nothing', () => {
		const r = spawnSync(process.execPath, ['scripts/field-reference.ts', '--check'], { cwd: root, encoding: 'utf8' });
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout).toContain('up to date');
	});

	it.each(COLLECTIONS)('every %s field, nested ones too, has a description', (collection) => {
		const undocumented = fieldRows(collection).filter((r) => r.description.trim() === '').map((r) => r.field);
		expect(undocumented).toEqual([]);
	});

	it('lists every top-level field of every schema, and marks exactly the required ones', () => {
		for (const c of COLLECTIONS) {
			const shape = (SCHEMAS[c] as unknown as { shape: Record<string, { safeParse: (v: unknown) => { success: boolean } }> }).shape;
			const rows = new Map(fieldRows(c).map((r) => [r.field, r]));
			expect([...rows.keys()].filter((f) => !/[.[]/.test(f))).toEqual(Object.keys(shape));
			for (const [field, schema] of Object.entries(shape)) {
				// A field is optional when leaving it out passes its own schema.
				expect(rows.get(field)!.required, `${c}.${field}`).toBe(!schema.safeParse(undefined).success);
			}
		}
	});

	it('tells editors which fields are dates and URLs, and which values an enum allows', () => {
		const article = jsonSchemaOf('articles').properties!;
		expect(article['url']).toMatchObject({ format: 'uri', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://' });
		expect(article['published']).toMatchObject({ format: 'edtf', type: ['string', 'integer'] });
		expect(jsonSchemaOf('places').properties!['kind']!.enum).toContain('governorate');
		expect(jsonSchemaOf('events').required).toEqual(['title', 'date', 'type', 'sources']);
	});
});
