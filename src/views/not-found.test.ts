import { describe, expect, it } from 'vitest';
import { notFoundScript, siteRootsOf, SITE_SECTIONS } from './not-found.ts';

describe('siteRootsOf', () => {
	it('finds the top level above the site\'s own folders, at any depth, under any sub-path', () => {
		expect(siteRootsOf('/events/renamed.html', SITE_SECTIONS)).toEqual(['/']);
		expect(siteRootsOf('/archive/events/renamed.html', SITE_SECTIONS)).toEqual(['/archive/']);
		expect(siteRootsOf('/archive/events/old/deeper.html', SITE_SECTIONS)).toEqual(['/archive/']);
	});

	it('puts the top level above an edition\'s folder, the edition itself second (a site hosted under a folder named like it)', () => {
		expect(siteRootsOf('/ar/events/renamed.html', SITE_SECTIONS, ['ar'])).toEqual(['/', '/ar/']);
		expect(siteRootsOf('/archive/ar/actors/old.html', SITE_SECTIONS, ['ar'])).toEqual(['/archive/', '/archive/ar/']);
	});

	it('under folders the site does not have, offers every folder from the deepest up', () => {
		expect(siteRootsOf('/no-such-page.html', SITE_SECTIONS)).toEqual(['/']);
		expect(siteRootsOf('/archive/no-such/page.html', SITE_SECTIONS)).toEqual(['/archive/no-such/', '/archive/', '/']);
	});
});

describe('notFoundScript', () => {
	it('runs the tested function, and its hash changes with its code', () => {
		const a = notFoundScript(SITE_SECTIONS);
		expect(a.code).toContain('function siteRootsOf');
		expect(a.hash).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
		expect(notFoundScript(['x']).hash).not.toBe(a.hash);
	});
});
