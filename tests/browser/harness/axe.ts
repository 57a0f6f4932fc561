/**
 * axe-core in a page. The source is evaluated through the DevTools protocol rather than
 * added as a <script>: the site's Content-Security-Policy (script-src 'self') rightly
 * refuses inline scripts, and the check must not loosen what it checks.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../support/build-site.ts';

let source: Promise<string> | undefined;
const axeSource = () => (source ??= readFile(path.join(projectRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));

interface Violation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Violations of the given impacts on the page as it is now, one readable line per element. */
export async function axeViolations(page: Page, impacts: string[] = ['serious', 'critical']): Promise<string[]> {
	await page.evaluate(await axeSource());
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations;
	});
	return violations
		.filter((v) => v.impact !== null && impacts.includes(v.impact))
		.flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id} (${v.help}) at ${n.target.join(' ')}${n.failureSummary ? `: ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`));
}
