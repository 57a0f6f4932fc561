/**
 * Ids from titles and names, safe for any script: Latin letters lose their accents,
 * Arabic is transliterated (a simple, readable scheme, not a scholarly one), anything
 * else is dropped. An empty result means the caller must ask for an id.
 */
const ARABIC: Record<string, string> = {
	'ا': 'a', 'أ': 'a', 'إ': 'i', 'آ': 'a', 'ٱ': 'a', 'ء': '', 'ؤ': 'u', 'ئ': 'i',
	'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'h', 'خ': 'kh', 'د': 'd', 'ذ': 'dh',
	'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh', 'ص': 's', 'ض': 'd', 'ط': 't', 'ظ': 'z',
	'ع': '', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n',
	'ه': 'h', 'ة': 'a', 'و': 'w', 'ي': 'y', 'ى': 'a',
};

export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u064B-\u065F\u0670\u0640]/g, '') // Arabic diacritics and tatweel
		.replace(/[\u0621-\u064A\u0671]/g, (ch) => ARABIC[ch] ?? '')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ß/g, 'ss')
		.toLowerCase()
		.replace(/['’ʼʿʾ]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/g, '');
}
