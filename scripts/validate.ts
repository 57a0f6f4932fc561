/**
 * npm run validate [-- --format text|json|github] [--content DIR]
 * Checks all content with the build's own schemas and graph, without building.
 * Exit 0: clean (warnings allowed). 1: the content has errors. 2: the tool could not run.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadContent } from '../src/content-io/load-content.ts';
import { errorCount } from '../src/graph/problems.ts';
import { formatGithub, formatJson, formatText, type ReportFormat } from '../src/validate/report.ts';
import { runCli } from './lib/run-cli.ts';

const USAGE = `Checks every file in content/ against the archive's schemas and cross-references.

  npm run validate                      report for people
  npm run validate -- --format json     report for programs
  npm run validate -- --format github   GitHub Actions annotations (the default when GITHUB_ACTIONS=true)
  npm run validate -- --content DIR     check another content folder

Exit code: 0 no errors (warnings allowed), 1 the content has errors, 2 the validator could not run.`;

async function main(): Promise<number> {
	const { values } = parseArgs({
		options: { format: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
		allowPositionals: false,
	});
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const format = (values.format ?? (process.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text')) as ReportFormat;
	if (!['text', 'json', 'github'].includes(format)) {
		console.error(`validate: unknown --format "${format}"; use text, json or github.`);
		return 2;
	}
	const contentDir = path.resolve(values.content ?? process.env.ARCHIVE_CONTENT ?? 'content');
	if (!(await stat(contentDir).catch(() => null))?.isDirectory()) {
		console.error(`validate: could not run: the content folder ${contentDir} does not exist.\nRun it from the project folder, or name the folder with --content DIR.`);
		return 2;
	}
	const { problems, files } = await loadContent(contentDir);
	if (format === 'json') console.log(formatJson(problems, files));
	else if (format === 'github') {
		const out = formatGithub(problems);
		if (out) console.log(out);
		console.log(formatText(problems, files));
	} else console.log(formatText(problems, files, process.stdout.isTTY));
	return errorCount(problems) > 0 ? 1 : 0;
}

runCli('validate', main, 'Run "npm run validate -- --help" for the options.');
