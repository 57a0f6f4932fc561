import { launch } from './tests/support/browser.ts';
const [,, url, out, width, scheme] = process.argv;
const browser = await launch();
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'light' });
const page = await ctx.newPage();
await page.goto(url!);
const el = page.locator('.claims-figure').first();
await el.screenshot({ path: out! });
await browser.close();
