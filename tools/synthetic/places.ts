/**
 * Places of the synthetic archive: Syria, some governorates, then towns, villages and
 * neighbourhoods inside them, each with Arabic and Latin names and coordinates near its
 * governorate.
 */
import { slugify } from '../../src/lib/slugify.ts';
import { writeEntry } from '../../src/content-io/write-entry.ts';
import { link, unlessEmpty, type PlaceSpec, type SyntheticFile } from './model.ts';
import { latinVariant, type Names } from './names.ts';
import { weighted, type Random } from './random.ts';
import * as V from './vocabulary.ts';

const LOCAL_KINDS: [string, number][] = [['city', 2], ['town', 5], ['village', 6], ['district', 1], ['site', 1]];

export interface Places {
	all: PlaceSpec[];
	/** The places below the governorates (all but Syria in a tiny archive), where things happen. */
	local: PlaceSpec[];
}

export function generatePlaces(rnd: Random, names: Names, count: number): Places {
	const all: PlaceSpec[] = [];
	const add = (spec: Omit<PlaceSpec, 'wikidata'>) => {
		const coordinates: [number, number] = [Number(spec.coordinates[0].toFixed(4)), Number(spec.coordinates[1].toFixed(4))];
		const place: PlaceSpec = { ...spec, coordinates };
		all.push(place);
		if (rnd.chance(0.3)) place.wikidata = `Q${200000 + all.length}`;
		return place;
	};
	names.claim('Syria', 'سوريا', 'Syrian Arab Republic', 'الجمهورية العربية السورية');
	add({ id: names.uniqueId('syria'), name: 'Syria', nameArabic: 'سوريا', kind: 'country', aliases: ['Syrian Arab Republic', 'الجمهورية العربية السورية'], coordinates: [35, 38.5] });
	const governorates = V.GOVERNORATES.slice(0, Math.min(V.GOVERNORATES.length, Math.max(3, Math.round(count * 0.08)))).map(([name, nameArabic, lat, lon]) => {
		names.claim(name, nameArabic);
		return add({ id: names.uniqueId(slugify(name)), name, nameArabic, kind: 'governorate', parent: 'syria', aliases: [], coordinates: [lat, lon] });
	});
	const cities: PlaceSpec[] = [];
	while (all.length < count) {
		const gov = rnd.pick(governorates);
		const inCity = cities.length > 3 && rnd.chance(0.15) ? rnd.pick(cities) : undefined;
		const { name, nameArabic } = placeName(rnd, names, inCity !== undefined);
		const kind = inCity ? 'neighbourhood' : weighted(rnd, LOCAL_KINDS);
		const base = governorates.find((g) => g.id === (inCity?.parent ?? gov.id))!.coordinates;
		const aliases: string[] = [];
		const variant = latinVariant(rnd, name);
		if (variant && names.claim(variant)) aliases.push(variant);
		if (rnd.chance(0.4) && names.claim(`بلدة ${nameArabic}`)) aliases.push(`بلدة ${nameArabic}`);
		const id = names.uniqueId(slugify(name));
		const coordinates: [number, number] = [base[0] + (rnd.next() - 0.5) * 0.6, base[1] + (rnd.next() - 0.5) * 0.6];
		const place = add({ id, name, nameArabic, kind, parent: inCity?.id ?? gov.id, aliases, coordinates });
		if (kind === 'city' || kind === 'town') cities.push(place);
	}
	const firstLocal = 1 + governorates.length;
	return { all, local: all.length > firstLocal ? all.slice(firstLocal) : all.slice(1) };
}

/** A free name made of a prefix and a root ("Tell Abyad"), with a direction and a number when those run out. */
function placeName(rnd: Random, names: Names, neighbourhood: boolean): { name: string; nameArabic: string } {
	for (let attempt = 0; ; attempt++) {
		const [p, pa] = rnd.pick(V.PLACE_PREFIXES);
		const [r, ra] = rnd.pick(V.PLACE_ROOTS);
		let name = `${p} ${r}`;
		let nameArabic = `${pa} ${ra}`;
		if (attempt > 20) {
			const [d, da] = rnd.pick(V.DIRECTIONS);
			name = `${name} ${d}${attempt > 40 ? ` ${attempt}` : ''}`;
			nameArabic = `${nameArabic} ${da}${attempt > 40 ? ` ${attempt}` : ''}`;
		}
		if (neighbourhood) {
			name = `${name} Quarter`;
			nameArabic = `حي ${nameArabic}`;
		}
		if (names.claim(name, nameArabic)) return { name, nameArabic };
	}
}

export function placeFile(place: PlaceSpec, byId: Map<string, PlaceSpec>): SyntheticFile {
	const frontmatter = {
		name: place.name,
		nameArabic: place.nameArabic,
		kind: place.kind,
		aliases: unlessEmpty(place.aliases),
		coordinates: place.coordinates,
		in: place.parent,
		wikidata: place.wikidata,
	};
	const body = place.parent ? `${place.name} is a ${place.kind} in ${link(byId.get(place.parent)!, 'place')}.` : `${place.name} is the country this archive covers.`;
	return { path: `places/${place.id}.md`, text: writeEntry(frontmatter, body) };
}
