/** Small pieces of wording shared by pages. */

const named = new Map<string, string>();
/** "en" → "English", "ar" → "Arabic" (in Arabic, `inLanguage` 'ar': "الإنجليزية"); an unknown tag is shown as written. */
export function languageName(tag: string, inLanguage = 'en'): string {
	const key = `${inLanguage}:${tag}`;
	let name = named.get(key);
	if (name === undefined) {
		try {
			name = new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
		} catch {
			name = tag;
		}
		named.set(key, name);
	}
	return name;
}

/** The first words of a text, with an ellipsis when it goes on. */
export const excerpt = (text: string, words = 12) => {
	const all = text.split(/\s+/);
	return all.length <= words ? text : `${all.slice(0, words).join(' ')}…`;
};

/** "A security source" for a description that starts lower-case. */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
