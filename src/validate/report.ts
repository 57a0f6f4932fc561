/** Prints problems for people (text), machines (JSON) and GitHub pull requests (annotations). */
import { errorCount, formatPath, type Problem } from '../graph/problems.ts';

export type ReportFormat = 'text' | 'json' | 'github';

/**
 * Invisible direction controls in a quoted value would reorder the report itself (the
 * very trick the validator refuses), so they are shown by code point.
 */
const INVISIBLE = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const visible = (s: string) => s.replace(INVISIBLE, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
const visibleProblem = (p: Problem): Problem => ({ ...p, message: visible(p.message), fix: visible(p.fix) });

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
	// JSON escapes them instead: the decoded text is unchanged.
	return JSON.stringify(
		{
			files,
			errors: errorCount(problems),
			warnings: problems.length - errorCount(problems),
			problems: [...problems].sort(order).map((p) => ({ ...p, field: formatPath(p.path) })),
		},
		null,
		2,
	).replace(INVISIBLE, (c) => `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`);
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
