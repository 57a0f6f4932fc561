/**
 * What happens in a synthetic event of each type: its title, who takes part in which
 * role, and the summary's opening sentence with its prose links.
 */
import type { EventType } from '../../src/model/event.ts';
import { link, type ActorSpec, type PlaceSpec } from './model.ts';
import type { Random } from './random.ts';
import * as V from './vocabulary.ts';

/** The cast drawn for one event: two armed groups, a person, a government body, and where. */
export interface Players {
	a: ActorSpec;
	b: ActorSpec;
	p: ActorSpec;
	gov: ActorSpec;
	where: PlaceSpec;
	monitors: ActorSpec[];
}

export interface Story {
	title: string;
	roster: [ActorSpec, string][];
	lead: string;
}

const at = (where: PlaceSpec) => link(where, 'place');

export const STORIES: Record<EventType, (rnd: Random, players: Players) => Story> = {
	'battle': (_rnd, { a, b, where }) => ({
		title: `Clashes between ${a.name} and ${b.name} near ${where.name}`,
		roster: [[a, 'participant'], [b, 'participant']],
		lead: `Fighters of ${link(a)} and ${link(b)} clashed on the outskirts of ${at(where)}.`,
	}),
	'explosion-remote-violence': (rnd, { a, b, where }) => ({
		title: `${rnd.pick(['Drone strike on', 'Shelling of', 'Car bomb in', 'Explosion at a checkpoint in'])} ${where.name}`,
		roster: [[a, 'perpetrator'], [b, 'target']],
		lead: `A blast hit ${at(where)}; local sources blamed ${link(a)}, while ${link(b)} said its positions were the target.`,
	}),
	'violence-against-civilians': (rnd, { a, where }) => ({
		title: `${rnd.pick(['Killings of civilians in', 'Abductions reported in', 'Field executions alleged in', 'Attack on a family home in'])} ${where.name}`,
		roster: [[a, 'perpetrator']],
		lead: `Residents of ${at(where)} reported that gunmen linked to ${link(a)} attacked civilians.`,
	}),
	'protest': (rnd, { gov, where }) => ({
		title: `Protest in ${where.name} over ${rnd.pick(V.ISSUES)}`,
		roster: [[gov, 'subject']],
		lead: `Hundreds gathered in the main square of ${at(where)}, addressing their demands to ${link(gov)}.`,
	}),
	'riot': (rnd, { a, where }) => ({
		title: `Unrest in ${where.name} after ${rnd.pick(V.ISSUES)}`,
		roster: [[a, 'target']],
		lead: `Angry crowds in ${at(where)} set tyres alight and surrounded a post of ${link(a)}.`,
	}),
	'strategic-development': (rnd, { a, gov, where }) => ({
		title: `${a.name} ${rnd.pick(['takes control of', 'deploys to', 'withdraws from', 'imposes a curfew in'])} ${where.name}`,
		roster: [[a, 'participant'], [gov, 'organiser']],
		lead: `${link(a)} moved units into ${at(where)} under an arrangement with ${link(gov)}.`,
	}),
	'security-operation': (_rnd, { a, gov, where }) => ({
		title: `Security sweep in ${where.name}`,
		roster: [[gov, 'perpetrator'], [a, 'target']],
		lead: `Forces under ${link(gov)} began a sweep of ${at(where)}, searching for members of ${link(a)}.`,
	}),
	'political-transition': (rnd, { p, gov }) => ({
		title: `${p.name} appointed ${rnd.pick(V.ROLE_TITLES).toLowerCase()} at the ${gov.name}`,
		roster: [[p, 'subject'], [gov, 'organiser']],
		lead: `${link(gov)} announced that ${link(p)} would take up the post with immediate effect.`,
	}),
	'constitutional': (rnd, { gov, where }) => ({
		title: `${gov.name} ${rnd.pick(['publishes a draft law on', 'adopts a decree on', 'opens consultations on'])} ${rnd.pick(V.ISSUES)}`,
		roster: [[gov, 'organiser']],
		lead: `The text, published by ${link(gov)}, was read out at a session in ${at(where)}.`,
	}),
	'diplomatic': (rnd, { p, gov, where }) => ({
		title: `${gov.name} delegation ${rnd.pick(['visits', 'holds talks in', 'signs an agreement in'])} ${where.name}`,
		roster: [[gov, 'participant'], [p, 'participant']],
		lead: `A delegation of ${link(gov)} met ${link(p)} in ${at(where)}.`,
	}),
	'statement': (rnd, { p, where }) => ({
		title: `${p.name} ${rnd.pick(['addresses', 'speaks to', 'issues a statement to'])} ${rnd.pick(['the nation', 'community leaders', 'the press', 'families of the missing'])}`,
		roster: [[p, 'speaker']],
		lead: `${link(p)} spoke in ${at(where)}.`,
	}),
	'humanitarian': (rnd, { monitors, where }) => ({
		title: `${rnd.pick(['Aid convoy reaches', 'Families displaced from', 'Water cut in', 'Field hospital opens in'])} ${where.name}`,
		roster: [[rnd.pick(monitors), 'reporting']],
		lead: `Humanitarian workers described the situation in ${at(where)} as critical.`,
	}),
	'justice': (_rnd, { a, gov, where }) => ({
		title: `${gov.name} opens inquiry into events in ${where.name}`,
		roster: [[gov, 'organiser'], [a, 'subject']],
		lead: `${link(gov)} said investigators would examine accusations against ${link(a)} in ${at(where)}.`,
	}),
};
