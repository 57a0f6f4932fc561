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

/** The English catalogue: the reference every other language follows key for key. */
export const en = { site, dates, kinds, types, pages, entries, claims, quotes, timeline, map, search };
