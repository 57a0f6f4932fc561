/**
 * What a body must not hold, as problems at their line: unsafe addresses, images from
 * other sites, links that would lose their target, characters that are not text and
 * nesting past the limits. The finding is in src/lib/ (unsafe-urls.ts); the wording is here.
 */
import type { Problem } from '../graph/problems.ts';
import { decode, findExternalImages, findLostLinks, findUnsafeUrls, type ExternalImage, type LostLink, type UnsafeUrl } from '../model/unsafe-urls.ts';
import { bodyTextProblems } from './body-limits.ts';

/** A problem at a place in a body; URLs in messages are cut to 60 characters. */
const atBody = (file: string, at: { line: number; column: number }, severity: Problem['severity'], message: string, fix: string): Problem => ({ severity, file, path: [], bodyLine: at.line, column: at.column, message, fix });
const shorten = (url: string) => (url.length > 60 ? `${url.slice(0, 57)}…` : url);

/** The validation warning for one image from another site in the body of `file`. */
function externalImageProblem(file: string, image: ExternalImage): Problem {
	return atBody(
		file,
		image,
		'warning',
		`Image from another site: "${shorten(image.url)}". Readers will not see it: the archive's pages load images only from the archive itself, and a copy read from disk may have no network.`,
		'Link to the image instead ([photo: what it shows](https://…)), or save it in public/images/ and show it with ![what it shows](../images/<file>).',
	);
}

/** The validation error for one unsafe URL in the body of `file`. */
function unsafeUrlProblem(file: string, u: UnsafeUrl): Problem {
	return atBody(
		file,
		u,
		'error',
		`Unsafe ${u.scheme}: address in ${u.where}: "${shorten(u.url)}". Such addresses can run code in a reader's browser, so the archive refuses them.`,
		u.scheme === 'data'
			? 'Link to the document or image at its http:// or https:// address instead of embedding it.'
			: 'Link only to http:// or https:// addresses, or to another entry with [text](kind:id); remove this link.',
	);
}

function lostLinkProblem(file: string, l: LostLink): Problem {
	return l.kind === 'cross-link-form'
		? atBody(file, l, 'error', `Cross-link written as ${l.where}: "${shorten(l.url)}". Only [text](${l.scheme}:id) is read as a cross-link; this one would be published without its target.`, `Write it as an inline link: [the words to show](${decode(l.url).trim()}).`)
		: atBody(file, l, 'error', `The ${l.scheme}: address in ${l.where} ("${shorten(l.url)}") would be published without its target: the archive's pages keep only http:, https: and mailto: links.`, 'Link to an http:// or https:// page instead, or write the address as plain text (in `backticks`) if readers only need to read it.');
}

/** Every problem of one body. */
export function bodyProblems(file: string, body: string): Problem[] {
	return [
		...findUnsafeUrls(body).map((u) => unsafeUrlProblem(file, u)),
		...findExternalImages(body).map((image) => externalImageProblem(file, image)),
		...findLostLinks(body).map((l) => lostLinkProblem(file, l)),
		...bodyTextProblems(file, body),
	];
}
