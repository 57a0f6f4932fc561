/**
 * Runs a command-line tool's `main` and exits with its code. A failure of the tool itself
 * is one line naming the tool and the cause (exit 2), never a stack trace.
 */
export function runCli(name: string, main: () => Promise<number>, hint = ''): void {
	main().then(
		(code) => process.exit(code),
		(error: unknown) => {
			console.error(`${name}: could not run: ${error instanceof Error ? error.message : String(error)}${hint ? `\n${hint}` : ''}`);
			process.exit(2);
		},
	);
}
