/** Images a reader would never see: loaded from another site, which the pages' CSP forbids. */
import { describe, expect, it } from 'vitest';
import { findExternalImages } from './unsafe-urls.ts';

const urls = (body: string) => findExternalImages(body).map((i) => i.url);

describe('findExternalImages', () => {
	it('finds Markdown images and HTML images from other sites, in order, with their position', () => {
		expect(findExternalImages('Intro\n![a](https://a.example/1.jpg) <IMG SRC=http://b.example/2.png>')).toEqual([
			{ url: 'https://a.example/1.jpg', line: 2, column: 6 },
			{ url: 'http://b.example/2.png', line: 2, column: 40 },
		]);
		expect(urls('<picture><source srcset="local.png 1x, //c.example/3.png 2x"></picture> <video poster="https://d.example/4.jpg">')).toEqual(['//c.example/3.png', 'https://d.example/4.jpg']);
	});

	it('leaves alone links, local images and elements the sanitiser removes', () => {
		expect(urls('[a page](https://a.example/) ![ours](../images/map.png) <img src="data-free.png">')).toEqual([]);
		expect(urls('<iframe src="https://e.example/f"></iframe> <embed src="https://e.example/x.swf"> <script src="https://e.example/x.js"></script>')).toEqual([]);
	});

	it('finds an image inside a link, and ignores data-src', () => {
		expect(urls('[![cover](https://a.example/c.jpg)](https://a.example/story) <img data-src="https://b.example/lazy.png" src="local.png">')).toEqual(['https://a.example/c.jpg']);
	});

	it('is not confused by a tag named like an object property', () => {
		expect(urls('<constructor src="https://x.example/y.png"> <__proto__ src="https://x.example/z.png">')).toEqual([]);
	});
});
