/**
 * Every rule over the graph, in one list. src/content-io/load-content.ts runs them after
 * the schema check, for `npm run validate`, the build's pre-flight, the dev server and
 * the tests alike, so they can never disagree about what is wrong.
 */
import { COLLECTIONS } from '../model/kinds.ts';
import type { Problem } from '../graph/problems.ts';
import type { Graph } from '../graph/types.ts';
import { bodyProblems } from './body-rules.ts';
import { findCopiedText } from './copied-text.ts';
import { findLikelyDuplicates } from './duplicates.ts';
import { attributedRoles, periodsInOrder, quotesInSource, saidBeforeReported, sourceStatus, tollsAfterStart, type Rule } from './rules.ts';

/** What each body must not hold. */
const bodies: Rule = (g) => COLLECTIONS.flatMap((c) => [...(g[c] as Map<string, { file: string; body: string }>).values()].flatMap((n) => bodyProblems(n.file, n.body)));

const RULES: readonly Rule[] = [bodies, sourceStatus, quotesInSource, saidBeforeReported, attributedRoles, tollsAfterStart, periodsInOrder, findLikelyDuplicates, findCopiedText];

/** The graph's own problems (references, ids, circles) and those of every rule. */
export const checkGraph = (g: Graph): Problem[] => [...g.problems, ...RULES.flatMap((rule) => rule(g))];
