import { describe, expect, it } from 'vitest';
import { absoluteUrl, editionLinkerFor, inLocale, linkerFor, localeOf, paths, withoutLocale, relativeUrl, type SitePath } from './urls.ts';

const p = (s: string) => s as SitePath;

describe('paths', () => {
	it('names every page as a file, never a folder', () => {
		expect(paths.entry('actor', 'ahmad-al-sharaa')).toBe('actors/ahmad-al-sharaa.html');
		expect(paths.entry('statement', 'sharaa-surrender')).toBe('statements/sharaa-surrender.html');
		expect(paths.index('place')).toBe('places.html');
		expect(paths.home).toBe('index.html');
		expect(paths.asset('site.css')).toBe('assets/site.css');
		expect(paths.data('events.csv')).toBe('data/events.csv');
	});
});

describe('relativeUrl', () => {
	it.each([
		// from a root page
		['index.html', 'actors/ahmad-al-sharaa.html', 'actors/ahmad-al-sharaa.html'],
		['index.html', 'timeline.html', 'timeline.html'],
		['actors.html', 'actors/sohr.html', 'actors/sohr.html'],
		['index.html', 'assets/site.css', 'assets/site.css'],
		// from a page one folder deep
		['actors/ahmad-al-sharaa.html', 'actors/sohr.html', 'sohr.html'],
		['actors/ahmad-al-sharaa.html', 'events/jableh-attack.html', '../events/jableh-attack.html'],
		['actors/ahmad-al-sharaa.html', 'actors.html', '../actors.html'],
		['actors/ahmad-al-sharaa.html', 'assets/site.css', '../assets/site.css'],
		['events/x.html', 'data/events.csv', '../data/events.csv'],
		// home is a file too
		['actors/sohr.html', 'index.html', '../index.html'],
		['index.html', 'index.html', 'index.html'],
		['timeline.html', 'index.html', 'index.html'],
		// fragments survive
		['actors/sohr.html', 'actors/sohr.html#quotes', 'sohr.html#quotes'],
		['actors/sohr.html', 'index.html#recent', '../index.html#recent'],
		// deeper folders
		['data/a/b.html', 'data/c.html', '../c.html'],
		['data/a/b.html', 'index.html', '../../index.html'],
	])('from %s to %s is %s', (from, to, url) => {
		expect(relativeUrl(p(from), p(to))).toBe(url);
	});

	it('never gives a folder link, a root-absolute link or an empty link', () => {
		const pages = ['index.html', 'timeline.html', 'actors/a.html', 'places/b.html', 'data/x/y.html'].map(p);
		const targets = [...pages, paths.home, paths.index('actor'), paths.entry('event', 'e'), paths.asset('site.js')];
		for (const from of pages) {
			for (const to of targets) {
				const url = relativeUrl(from, to);
				expect(url, `${from} → ${to}`).not.toBe('');
				expect(url, `${from} → ${to}`).not.toMatch(/\/$|^\/|^\.\/?$/);
				// Resolving the link from the page leads back to the target.
				expect(new URL(url, `file:///site/${from}`).href).toBe(`file:///site/${to}`);
			}
		}
	});

	it('linkerFor binds the page a link sits on', () => {
		const link = linkerFor(paths.entry('place', 'jableh'));
		expect(link(paths.entry('place', 'syria'))).toBe('syria.html');
		expect(link(paths.timeline)).toBe('../timeline.html');
	});
});

describe('absoluteUrl', () => {
	it('joins a page to a site at a domain root', () => {
		expect(absoluteUrl('https://archive.example.org', paths.entry('actor', 'sohr'))).toBe('https://archive.example.org/actors/sohr.html');
		expect(absoluteUrl('https://archive.example.org/', paths.entry('actor', 'sohr'))).toBe('https://archive.example.org/actors/sohr.html');
		expect(absoluteUrl('https://archive.example.org', paths.home)).toBe('https://archive.example.org/');
	});

	it('keeps the sub-path of a site hosted under one, with or without a trailing slash', () => {
		expect(absoluteUrl('https://example.org/syria', paths.entry('event', 'fall-of-assad'))).toBe('https://example.org/syria/events/fall-of-assad.html');
		expect(absoluteUrl('https://example.org/syria/', paths.entry('event', 'fall-of-assad'))).toBe('https://example.org/syria/events/fall-of-assad.html');
		expect(absoluteUrl(new URL('https://example.org/syria'), paths.home)).toBe('https://example.org/syria/');
		expect(absoluteUrl('https://example.org/syria', paths.data('events.atom'))).toBe('https://example.org/syria/data/events.atom');
	});
});

describe('editions', () => {
	it('puts a page of another edition in its folder and takes it out again', () => {
		const page = paths.entry('event', 'fall-of-assad');
		expect(inLocale('ar', page)).toBe('ar/events/fall-of-assad.html');
		expect(inLocale('en', inLocale('ar', page))).toBe(page);
		expect(inLocale('ar', inLocale('ar', page))).toBe('ar/events/fall-of-assad.html');
		expect(localeOf(inLocale('ar', paths.home))).toBe('ar');
		expect(localeOf(page)).toBe('en');
		expect(withoutLocale(inLocale('ar', paths.timeline))).toBe(paths.timeline);
	});
	it('links between editions relative to the page', () => {
		const link = linkerFor(inLocale('ar', paths.entry('actor', 'sohr')));
		expect(link(paths.entry('actor', 'sohr'))).toBe('../../actors/sohr.html');
		expect(link(inLocale('ar', paths.home))).toBe('../index.html');
		expect(link(paths.asset('site.css'))).toBe('../../assets/site.css');
	});
});

describe('editionLinkerFor', () => {
	it('keeps page links in the edition of the page and assets and data single', () => {
		const link = editionLinkerFor(inLocale('ar', paths.entry('actor', 'sohr')));
		expect(link(paths.timeline)).toBe('../timeline.html');
		expect(link(paths.entry('place', 'jableh'))).toBe('../places/jableh.html');
		expect(link(paths.home)).toBe('../index.html');
		expect(link(paths.asset('site.css'))).toBe('../../assets/site.css');
		expect(link(paths.data('events.csv'))).toBe('../../data/events.csv');
		expect(link(paths.notFound)).toBe('../../404.html');
		const en = editionLinkerFor(paths.entry('actor', 'sohr'));
		expect(en(paths.timeline)).toBe('../timeline.html');
		expect(en(inLocale('ar', paths.timeline))).toBe('../timeline.html');
	});
});
