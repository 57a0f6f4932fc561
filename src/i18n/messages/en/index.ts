import { map } from './map.ts';
import { search } from './search.ts';
import { site } from './site.ts';
import { timeline } from './timeline.ts';

/** The English catalogue: the reference every other language follows key for key. */
export const en = { site, timeline, map, search };
