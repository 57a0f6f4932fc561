import { describe, expect, it } from 'vitest';
import { readFiles } from './read-files.ts';

describe('readFiles', () => {
	it('reports a file that cannot be read as a problem of that file, not a crash', () => {
		const [read] = readFiles([{ collection: 'events', file: '/nonexistent/events/gone.md', rel: 'content/events/gone.md' }]);
		expect(read).toEqual({
			problems: [expect.objectContaining({ severity: 'error', file: 'content/events/gone.md', line: 1, message: 'The file cannot be read (ENOENT).' })],
		});
	});
});
