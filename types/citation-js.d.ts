// citation-js ships no types: the part of its API the archive uses.
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown, options?: Record<string, unknown>);
		data: Record<string, unknown>[];
		format(format: string, options?: Record<string, unknown>): string;
		static async(data: unknown): Promise<Cite>;
	}
	/** A plugin's configuration: for `@csl`, the registers of styles and locales (`styles.get`, `styles.add`). */
	export const plugins: {
		config: { get(plugin: string): { styles: { get(name: string): string; add(name: string, xml: string): void } } };
	};
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
