/**
 * What a casualty claim counts and whom. Its own module, free of zod, because the
 * timeline's browser bundle encodes claims with these lists too.
 */

/** "killed-or-injured": a monitor's one total of both ("11 killed or injured"). */
export const CLAIM_KINDS = ['killed', 'injured', 'killed-or-injured', 'detained', 'displaced', 'missing'] as const;

export const VICTIM_GROUPS = ['civilians', 'security-forces', 'combatants', 'total'] as const;
