import type { CatalogueOf } from '../../types.ts';
import type { en } from '../en/index.ts';
import { map } from './map.ts';
import { search } from './search.ts';
import { site } from './site.ts';
import { timeline } from './timeline.ts';

export const ar: CatalogueOf<typeof en> = { site, timeline, map, search };
