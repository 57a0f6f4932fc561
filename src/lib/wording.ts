/** Small pieces of wording shared by pages. */

const languages = new Intl.DisplayNames(['en'], { type: 'language' });

const named = new Map<string, string>();
/** "en" → "English", "ar" → "Arabic"; an unknown tag is shown as written. */
export function languageName(tag: string): string {
	let name = named.get(tag);
	if (name === undefined) {
		try {
			name = languages.of(tag) ?? tag;
		} catch {
			name = tag;
		}
		named.set(tag, name);
	}
	return name;
}

const RELATION: Record<string, [toward: string, from: string]> = {
	member: ['member of', 'member'],
	'part-of': ['part of', 'part'],
	leader: ['leader of', 'leader'],
	ally: ['ally of', 'ally'],
	affiliated: ['affiliated with', 'affiliated'],
};

/** How an actor relates to a group ("member of"), and how the group names it back ("member"). */
export const relationToward = (relation: string) => RELATION[relation]?.[0] ?? relation;
export const relationFrom = (relation: string) => RELATION[relation]?.[1] ?? relation;

/** The first words of a text, with an ellipsis when it goes on. */
export const excerpt = (text: string, words = 12) => {
	const all = text.split(/\s+/);
	return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
};

/** "A security source" for a description that starts lower-case. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "speaker, perpetrator according to SOHR": an alleged role always names who alleges it. */
export const roleWords = (roles: readonly { role: string; claimedBy?: string | undefined }[], name: (actor: string) => string) =>
	roles.map((r) => (r.claimedBy ? `${r.role} according to ${name(r.claimedBy)}` : r.role)).join(', ');

