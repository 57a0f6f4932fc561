// citation-js ships no types: the part of its API the archive uses.
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown, options?: Record<string, unknown>);
		data: Record<string, unknown>[];
		format(format: string, options?: Record<string, unknown>): string;
		static async(data: unknown): Promise<Cite>;
	}
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-ris';
