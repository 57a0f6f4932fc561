/** Prints problems for people (text), machines (JSON) and GitHub pull requests (annotations). */
import { errorCount, formatPath, type Problem } from '../graph/problems.ts';

export type ReportFormat = 'text' | 'json' | 'github';

/**
 * A value quoted in a problem comes from the content, so it must not act on whatever reads
 * the report: direction controls would reorder it (the very trick the validator refuses),
 * escape sequences would repaint the terminal (a fake "no problems"), and a line break
 * would start a line of its own, which a GitHub runner obeys if it reads "::error …".
 * All of them are shown by code point.
 */
const INVISIBLE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const visible = (s: string) => s.replace(INVISIBLE, (c) => `<U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);
const visibleProblem = (p: Problem): Problem => ({ ...p, file: visible(p.file), message: visible(p.message), fix: visible(p.fix), path: p.path.map((k) => (typeof k === 'string' ? visible(k) : k)) });

const order = (a: Problem, b: Problem) =>
	a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.message.localeCompare(b.message);

export function formatText(problems: readonly Problem[], files: number, color = false): string {
	const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
	const blocks = [...problems].sort(order).map(visibleProblem).map((p) => {
		const where = `${p.file}:${p.line ?? 1}${p.column ? `:${p.column}` : ''}`;
		const label = p.severity === 'error' ? paint('31;1', 'error') : paint('33;1', 'warning');
		const field = p.path.length ? `  field: ${formatPath(p.path)}\n` : '';
		return `${paint('1', where)}  ${label}\n${field}  ${p.message}\n  fix: ${p.fix}`;
	});
	const errors = errorCount(problems);
	const warnings = problems.length - errors;
	const summary =
		problems.length === 0
			? `✓ ${files} files checked, no problems.`
			: `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files} files.`;
	return [...blocks, summary].join('\n\n');
}

export function formatJson(problems: readonly Problem[], files: number): string {
	// JSON escapes controls and line breaks itself; direction controls are escaped here. The decoded text is unchanged.
	return JSON.stringify(
		{
			files,
			errors: errorCount(problems),
			warnings: problems.length - errorCount(problems),
			problems: [...problems].sort(order).map((p) => ({ ...p, field: formatPath(p.path) })),
		},
		null,
		2,
	).replace(/[\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
}

/** GitHub Actions workflow commands: each problem appears on its line in the pull request. */
export function formatGithub(problems: readonly Problem[]): string {
	const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
	const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
	return [...problems]
		.sort(order)
		.map(visibleProblem)
		.map((p) => {
			const field = p.path.length ? `${formatPath(p.path)}: ` : '';
			return `::${p.severity === 'error' ? 'error' : 'warning'} file=${prop(p.file)},line=${p.line ?? 1}${p.column ? `,col=${p.column}` : ''},title=${prop(`${field}${p.message}`.slice(0, 120))}::${esc(`${field}${p.message}\nFix: ${p.fix}`)}`;
		})
		.join('\n');
}
