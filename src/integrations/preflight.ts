/**
 * Validates all content before Astro reads it. On errors the build stops here, before
 * any page is written, with every problem listed (file, line, field, fix) and no stack
 * trace. In dev the problems are shown but the server keeps running.
 */
import type { AstroIntegrationLogger } from 'astro';
import { readContentOnce } from './content-read.ts';
import type { LoadOptions } from '../content-io/load-content.ts';
import { errorCount } from '../graph/problems.ts';
import { formatText } from '../validate/report.ts';

export async function preflight(contentDir: string, logger: AstroIntegrationLogger, fatal: boolean, options: LoadOptions = {}): Promise<void> {
	const started = performance.now();
	const { problems, files } = await readContentOnce(contentDir, options);
	const errors = errorCount(problems);
	if (errors === 0) {
		logger.info(`content: ${files} files valid (${Math.round(performance.now() - started)} ms)`);
		return;
	}
	const report = formatText(problems, files, process.stderr.isTTY);
	if (!fatal) {
		logger.warn(`content has problems:\n\n${report}`);
		return;
	}
	process.stderr.write(`\nThe archive was not built: the content has ${errors} error${errors === 1 ? '' : 's'}.\n\n${report}\n\nRun "npm run validate" to check again without building.\n`);
	process.exit(1);
}
