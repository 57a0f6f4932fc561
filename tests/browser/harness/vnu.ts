/**
 * The W3C Nu HTML checker (npm `vnu-jar`), run once over a whole folder: Java is slow to
 * start, so one run checks every HTML page and stylesheet of the build together.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../support/build-site.ts';

const vnuJar = path.join(projectRoot, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');

interface VnuMessage {
	type: string;
	subType?: string;
	url?: string;
	lastLine?: number;
	firstColumn?: number;
	message: string;
	extract?: string;
}

/** Every error the checker reports under `dir`, one readable line each ("actors/x.html:3:14: message «extract»"). */
export async function vnuErrors(dir: string): Promise<string[]> {
	const java = process.env.JAVA ?? 'java';
	let output: string;
	try {
		const { stderr } = await promisify(execFile)(java, ['-jar', vnuJar, '--format', 'json', '--errors-only', '--skip-non-html', '--also-check-css', dir], { maxBuffer: 256 * 1024 * 1024 });
		output = stderr;
	} catch (error) {
		// The checker exits 1 when it finds errors; the report is still on stderr.
		const e = error as { code?: unknown; stderr?: string };
		if (e.code === 'ENOENT') throw new Error(`The Nu HTML checker needs Java, and "${java}" was not found. Install a JRE (apt-get install default-jre-headless) or set JAVA.`);
		output = e.stderr ?? '';
	}
	let report: { messages: VnuMessage[] };
	try {
		report = JSON.parse(output);
	} catch {
		throw new Error(`The Nu HTML checker did not print a JSON report. It printed:\n${output.slice(0, 2000)}`);
	}
	return report.messages
		.filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
		.map((m) => {
			const file = m.url ? path.relative(dir, decodeURIComponent(m.url.replace(/^file:/, ''))) : '(no file)';
			const at = m.lastLine ? `:${m.lastLine}:${m.firstColumn ?? 0}` : '';
			return `${file}${at}: ${m.message}${m.extract ? ` «${m.extract.replace(/\s+/g, ' ').trim()}»` : ''}`;
		});
}
