/**
 * Wording that depends on data, in each language: event types, kinds, roles and relations.
 * The tables are the catalogue's (`types`, `kinds`, `entries.roles`, `entries.relations`);
 * views and pages ask here with a locale, never keep a table of their own.
 */
import type { EntityKind } from '../model/kinds.ts';
import type { EventType } from '../model/event.ts';
import type { Locale } from '../model/locales.ts';
import { parseFuzzyDate, type FuzzyDate } from '../lib/dates.ts';
import { fill, messages } from './index.ts';
import { formatDateWith } from './dates.ts';

/** "c. 6 March 2025", "نحو ٦ آذار ٢٠٢٥": a date in the page's language, with the catalogue's words. */
export const formatDateIn = (locale: Locale, d: FuzzyDate): string => formatDateWith(locale, messages(locale).dates, d);

const FALL_OF_ASSAD = parseFuzzyDate('2024-12-08');

/** The day the archive's subject begins, for the catalogue's `{fall}` slots: "8 December 2024", "٨ كانون الأول ٢٠٢٤". */
export const fallOfAssad = (locale: Locale): string => (FALL_OF_ASSAD.ok ? formatDateIn(locale, FALL_OF_ASSAD.date) : '');

/** "Battle", "معركة". */
export const eventTypeName = (locale: Locale, type: EventType): string => messages(locale).types[type].label;
/** What an event type covers. */
export const eventTypeMeaning = (locale: Locale, type: EventType): string => messages(locale).types[type].meaning;
/** "Source", "مصدر": one entry of a kind. */
export const kindName = (locale: Locale, kind: EntityKind): string => messages(locale).kinds[kind].one;
/** "Sources", "المصادر": a kind's index in menus. */
export const kindMenu = (locale: Locale, kind: EntityKind): string => messages(locale).kinds[kind].menu;

type Role = keyof ReturnType<typeof messages>['entries']['roles'];
type Relation = keyof ReturnType<typeof messages>['entries']['relations'];
const isRole = (locale: Locale, r: string): r is Role => r in messages(locale).entries.roles;
const isRelation = (locale: Locale, r: string): r is Relation => r in messages(locale).entries.relations;

/** An actor's part in an event: "perpetrator", "منفّذ". */
export const roleName = (locale: Locale, role: string): string => (isRole(locale, role) ? messages(locale).entries.roles[role] : role);

/** "speaker, perpetrator according to SOHR": an alleged role always names who alleges it. */
export const roleWords = (locale: Locale, roles: readonly { role: string; claimedBy?: string | undefined }[], name: (actor: string) => string): string =>
	roles
		.map((r) => (r.claimedBy ? `${roleName(locale, r.role)} ${fill(messages(locale).entries.according, { who: name(r.claimedBy) })}` : roleName(locale, r.role)))
		.join(messages(locale).site.listComma);

/** How an actor relates to a group ("Member of"), and how the group names it back ("member"). */
export const relationToward = (locale: Locale, relation: string): string => (isRelation(locale, relation) ? messages(locale).entries.relations[relation].toward : relation);
export const relationFrom = (locale: Locale, relation: string): string => (isRelation(locale, relation) ? messages(locale).entries.relations[relation].from : relation);

/**
 * The words before and after a slot, for a message whose slot is markup (a link, a date):
 * `around('Part of {event}.', 'event')` → ['Part of ', '.'].
 */
export function around(template: string, slot: string): [before: string, after: string] {
	const at = template.indexOf(`{${slot}}`);
	return at < 0 ? [template, ''] : [template.slice(0, at), template.slice(at + slot.length + 2)];
}

type Entries = ReturnType<typeof messages>['entries'];
/** "armed group", "جماعة مسلحة". */
export const actorKindName = (locale: Locale, kind: keyof Entries['actorKinds']): string => messages(locale).entries.actorKinds[kind];
/** "governorate", "محافظة". */
export const placeKindName = (locale: Locale, kind: keyof Entries['placeKinds']): string => messages(locale).entries.placeKinds[kind];
