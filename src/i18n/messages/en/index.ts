import { site } from './site.ts';

/** The English catalogue: the reference every other language follows key for key. */
export const en = { site };
