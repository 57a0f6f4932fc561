import { launch } from './tests/support/browser.ts';
const [,, dir, ...pages] = process.argv;
const browser = await launch();
for (const scheme of ['light', 'dark'] as const) for (const width of [1280, 360]) {
	const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
	const page = await ctx.newPage();
	for (const p of pages) {
		await page.goto(`file://${dir}/${p}`);
		await page.waitForTimeout(300);
		const name = `/tmp/shots/${p.replace(/[/.]/g, '_')}-${width}-${scheme}.png`;
		await page.screenshot({ path: name, fullPage: true });
		console.log(name);
	}
	await ctx.close();
}
await browser.close();
