/**
 * npm run validate [-- --format text|json|github] [--content DIR]
 * Checks all content with the build's own schemas and graph, without building.
 * Exit 0: clean (warnings allowed). 1: the content has errors. 2: the tool could not run.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/content-io/load-content.ts';
import { errorCount } from '../src/graph/problems.ts';
import { findLikelyDuplicates } from '../src/validate/duplicates.ts';
import { formatGithub, formatJson, formatText, type ReportFormat } from '../src/validate/report.ts';

async function main(): Promise<number> {
	const { values } = parseArgs({
		options: { format: { type: 'string' }, content: { type: 'string' } },
		allowPositionals: false,
	});
	const format = (values.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')) as ReportFormat;
	if (!['text', 'json', 'github'].includes(format)) {
		console.error(`validate: unknown --format "${format}"; use text, json or github.`);
		return 2;
	}
	const contentDir = path.resolve(values.content ?? process.env.ARCHIVE_CONTENT ?? 'content');
	const { graph, problems, files } = await loadContent(contentDir);
	if (errorCount(problems) === 0) problems.push(...findLikelyDuplicates(graph));
	if (format === 'json') console.log(formatJson(problems, files));
	else if (format === 'github') {
		const out = formatGithub(problems);
		if (out) console.log(out);
		console.log(formatText(problems, files));
	} else console.log(formatText(problems, files, process.stdout.isTTY));
	return errorCount(problems) > 0 ? 1 : 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(`validate: could not run: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(2);
	},
);
