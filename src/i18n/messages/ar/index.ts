import type { CatalogueOf } from '../../types.ts';
import type { en } from '../en/index.ts';
import { claims } from './claims.ts';
import { dates } from './dates.ts';
import { entries } from './entries.ts';
import { kinds } from './kinds.ts';
import { map } from './map.ts';
import { pages } from './pages.ts';
import { quotes } from './quotes.ts';
import { search } from './search.ts';
import { site } from './site.ts';
import { timeline } from './timeline.ts';
import { types } from './types.ts';

export const ar: CatalogueOf<typeof en> = { site, dates, kinds, types, pages, entries, claims, quotes, timeline, map, search };
