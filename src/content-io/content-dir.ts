import path from 'node:path';

/** The content folder: `content/` unless ARCHIVE_CONTENT names another (tests, benchmarks). */
export const contentDir = () => path.resolve(process.env.ARCHIVE_CONTENT ?? 'content');
