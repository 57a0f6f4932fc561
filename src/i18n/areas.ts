/** The catalogue areas the browser mounts receive, by name: each page embeds only its own. */
import type { Messages } from './index.ts';

export type TimelineText = Messages['timeline'];
export type MapText = Messages['map'];
export type SearchText = Messages['search'];
export type ClientArea = 'timeline' | 'map' | 'search';
