/**
 * Rules about what the content says, checked over the built graph: attribution (who
 * says an actor did it), dates that contradict each other, sources that hold text they
 * should not, quotes that are not in their source. Each rule is a function of the graph;
 * src/validate/index.ts runs them all, for the validator, the build and the dev server.
 */
import { endKey, startKey } from '../lib/dates.ts';
import { date } from '../graph/nodes.ts';
import { formatPath, type Problem } from '../graph/problems.ts';
import type { ArticleNode, Graph } from '../graph/types.ts';

export type Rule = (g: Graph) => Problem[];

/** Archived sources hold their text; cited ones hold none, so nothing is copied by mistake. */
export const sourceStatus: Rule = (g) => [...g.articles.values()].flatMap((a) => statusProblem(a) ?? []);

function statusProblem(a: ArticleNode): Problem | undefined {
	const hasText = a.body.trim() !== '';
	const at = { severity: 'error' as const, file: a.file, path: ['status'] };
	if (a.data.status === 'cited' && hasText) {
		return {
			...at,
			message: 'A cited source has text below its frontmatter: only archived sources hold a copy of their text.',
			fix: 'Delete the text after the closing "---" (cite the source, do not copy it), or, if the archive has the right to keep its text, write status: archived.',
		};
	}
	if (a.data.status === 'archived' && !hasText) {
		return { ...at, message: 'An archived source has no text: its body is empty.', fix: 'Paste the source\'s text below the frontmatter, or write status: cited when the archive only records its metadata.' };
	}
	return undefined;
}

/** A quote's words appear in its source's archived text (the graph has compared them). */
export const quotesInSource: Rule = (g) =>
	[...g.quotes.values()]
		.filter((q) => q.verification === 'mismatch')
		.map((q) => ({
			severity: 'error',
			file: q.file,
			path: ['text'],
			message: `The quote's text does not appear in its source's archived text (${g.articles.get(q.data.source)!.file}).`,
			fix: 'Copy the words exactly as the article prints them (spacing, quotation marks and ellipses may differ); mark a cut with (…). If the source has no archived text yet, leave its body empty and the quote is shown as unverified.',
		}));

/** Words are said before the article that reports them is published. */
export const saidBeforeReported: Rule = (g) =>
	[...g.quotes.values()].flatMap((q): Problem[] => {
		const article = g.articles.get(q.data.source);
		if (!q.said || !article?.published || startKey(q.said) <= endKey(article.published)) return [];
		return [{
			severity: 'error',
			file: q.file,
			path: ['said'],
			message: `The words are dated ${q.data.said}, after their source was published (${article.data.published}).`,
			fix: 'An article reports words said before it was published: check "said" against the article, and the article\'s published date.',
		}];
	});

/** Who did it is always somebody's claim; a community is not named as the target as fact while it is. */
export const attributedRoles: Rule = (g) =>
	[...g.events.values()].flatMap((ev) => {
		const claimedElsewhere = ev.data.actors.some((o) => o.role === 'perpetrator' && o.claimedBy !== undefined && o.claimedBy !== o.actor);
		return ev.data.actors.flatMap((a, i): Problem[] => {
			const at = { file: ev.file, path: ['actors', i, 'role'] };
			if (a.role === 'perpetrator' && a.claimedBy === undefined) {
				return [{
					severity: 'error',
					...at,
					message: `"${a.actor}" is named as perpetrator without saying who says so.`,
					fix: `Who did it is a claim: add claimedBy (the actor that names "${a.actor}": a monitor, a government, or "${a.actor}" itself when it announced its own act) and source (the article that reports it). Rival accounts are separate entries, each with its claimant.`,
				}];
			}
			// When who did it is one side's claim, a community named as the target (the victims' sect or
			// people) is usually part of that account, and a sectarian label must not be stated as fact.
			if (a.role === 'target' && a.claimedBy === undefined && claimedElsewhere && g.actors.get(a.actor)?.data.kind === 'community') {
				return [{
					severity: 'warning',
					...at,
					message: `The community "${a.actor}" is named as the target as a fact, while who did it is one side's claim.`,
					fix: 'If the victims\' community is that side\'s account too, add claimedBy and source; keep it without them only when every source states it in its own voice.',
				}];
			}
			return [];
		});
	});

/** A toll is counted on or after the day its event began. */
export const tollsAfterStart: Rule = (g) =>
	[...g.events.values()].flatMap((ev) =>
		ev.claims.flatMap((claim, i): Problem[] =>
			endKey(claim.asOfDate) >= ev.start ? [] : [{
				severity: 'error',
				file: ev.file,
				path: ['casualties', i, 'asOf'],
				message: `The figure is dated as of ${claim.asOf}, before the event began (${ev.data.date}).`,
				fix: 'A toll is counted on or after the day the event began: check asOf (the date the claimant gave the figure) and the event\'s date against the source.',
			}],
		),
	);

/** A role or a membership ends on or after it starts. */
export const periodsInOrder: Rule = (g) =>
	[...g.actors.values()].flatMap((actor) => [
		...actor.data.roles.flatMap((r, i) => orderProblem(actor.file, ['roles', i, 'to'], r.from, r.to)),
		...actor.data.memberOf.flatMap((m, i) => orderProblem(actor.file, ['memberOf', i, 'to'], m.from, m.to)),
	]);

function orderProblem(file: string, path: (string | number)[], from: string | undefined, to: string | undefined): Problem[] {
	if (from === undefined || to === undefined || endKey(date(to)) >= startKey(date(from))) return [];
	return [{
		severity: 'error',
		file,
		path,
		message: `"${formatPath(path.slice(0, -1))}" ends (to: ${to}) before it starts (from: ${from}).`,
		fix: 'Check both dates against the source; swap them if they were entered the wrong way round.',
	}];
}
