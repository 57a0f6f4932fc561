/**
 * The one prose cross-link syntax: a Markdown link whose URL is `kind:id`,
 * e.g. `[the interim president](actor:ahmad-al-sharaa)`.
 * The graph uses `findEntityLinks` to check targets and build backlinks; the remark
 * plugin uses `parseEntityHref` to turn the same links into page URLs.
 */
import { positionsIn } from '../lib/text-position.ts';
import { ENTITY_KINDS, type EntityKind } from './kinds.ts';

/** Every kind can be linked to. */
export const LINK_KINDS: readonly EntityKind[] = ENTITY_KINDS;

const HREF = new RegExp(`^(${LINK_KINDS.join('|')}):([a-z0-9]+(?:-[a-z0-9]+)*)$`);

export interface EntityTarget {
	kind: EntityKind;
	id: string;
}

export function parseEntityHref(href: string): EntityTarget | undefined {
	const m = HREF.exec(href.trim());
	return m ? { kind: m[1] as EntityKind, id: m[2]! } : undefined;
}

/** Looks like an entity link but is malformed (e.g. `actor:Ahmad Sharaa`, `person:x`). */
const NEAR_MISS = new RegExp(`^(${[...LINK_KINDS, 'person', 'org', 'organisation', 'location'].join('|')})s?:`, 'i');

export interface FoundLink extends EntityTarget {
	text: string;
	/** 1-based line within the body. */
	line: number;
	column: number;
}

export interface MalformedLink {
	href: string;
	line: number;
	column: number;
}

/**
 * `[text](destination "optional title")`. The destination may hold spaces here, although
 * Markdown then no longer reads it as a link: `[x](actor:Ahmad Sharaa)` must be reported,
 * not silently printed as text.
 */
// One greedy class per part and no nested quantifiers: linear in the length of a line, so a
// hostile body ("[a](" and 20,000 spaces) cannot make the match backtrack.
const LINK = /\[([^\]\n]*)\]\(([^)\n]*)\)/g;
const TITLE = /^(\S+)\s+(?:"[^"]*"|'[^']*'|\([^)]*\))$/;
const destination = (inside: string) => {
	const trimmed = inside.trim();
	const bare = trimmed.startsWith('<') && trimmed.endsWith('>') ? trimmed.slice(1, -1) : trimmed;
	return TITLE.exec(bare)?.[1] ?? bare;
};

/** Every `[text](kind:id)` in a Markdown body, with positions, plus malformed ones. */
export function findEntityLinks(body: string): { links: FoundLink[]; malformed: MalformedLink[] } {
	const links: FoundLink[] = [];
	const malformed: MalformedLink[] = [];
	const position = positionsIn(body);
	for (const m of body.matchAll(LINK)) {
		const href = destination(m[2]!);
		const target = parseEntityHref(href);
		if (target) links.push({ ...target, text: m[1]!, ...position(m.index) });
		else if (NEAR_MISS.test(href)) malformed.push({ href, ...position(m.index) });
	}
	return { links, malformed };
}
