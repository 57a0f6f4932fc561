import { EVENT_TYPES } from '../../../model/event.ts';

/** Event types' names and what each covers: the model's table is the English one. */
export const types = EVENT_TYPES;
