import type { CatalogueOf } from '../../types.ts';
import type { en } from '../en/index.ts';
import { site } from './site.ts';

export const ar: CatalogueOf<typeof en> = { site };
