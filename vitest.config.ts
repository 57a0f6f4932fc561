import { defineConfig } from 'vitest/config';

// Two projects: fast unit and integration tests beside the code they pin down, and
// browser tests that drive Debian's Chromium against the built site in dist/.
export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: 'unit',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tools/**/*.test.ts', 'tests/integration/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 240_000,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					testTimeout: 120_000,
					hookTimeout: 240_000,
					fileParallelism: false,
				},
			},
		],
	},
});
