import path from 'node:path';

/** The content folder: `content/` unless ARCHIVE_CONTENT names another (tests, benchmarks). */
export const contentDir = () => path.resolve(process.env.ARCHIVE_CONTENT ?? 'content');

/** The folder the build copies into the site as it is: `public/` unless ARCHIVE_PUBLIC names another (tests). */
export const publicDir = (projectDir = process.cwd()) => path.resolve(projectDir, process.env.ARCHIVE_PUBLIC ?? 'public');
