import { z } from 'astro/zod';
import { line, placeRef, wikidata } from './fields.ts';

const PLACE_KINDS = ['country', 'region', 'governorate', 'district', 'city', 'town', 'village', 'neighbourhood', 'site'] as const;

export const PlaceSchema = z
	.object({
		name: line('The usual English name.'),
		nameArabic: line('The name in Arabic script.').optional(),
		aliases: z.array(line('One alias.')).default([]).describe('Other spellings in any script (Tartus, Lattakia, طرطوس). Search finds the place by each.'),
		kind: z.enum(PLACE_KINDS).describe('What sort of place this is.'),
		coordinates: z
			.tuple([
				z.number().min(-90).max(90).describe('Latitude in decimal degrees.'),
				z.number().min(-180).max(180).describe('Longitude in decimal degrees.'),
			])
			.optional()
			.describe('[latitude, longitude] in decimal degrees (WGS 84), e.g. [35.36, 35.92].'),
		in: placeRef('The place this one lies in, e.g. a city\'s governorate.').optional(),
		wikidata: wikidata.optional(),
	})
	.strict();

export type Place = z.infer<typeof PlaceSchema>;
