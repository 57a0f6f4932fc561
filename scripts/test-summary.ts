/** Prints "N passed, N failed" from Vitest's JSON report, for CI logs. */
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-results/vitest.json';
try {
	const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
	console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests} skipped`);
} catch {
	console.log('tests: 0 passed, 1 failed (no test report was written: the build or the test runner did not finish)');
}
