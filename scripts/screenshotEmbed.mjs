/**
 * Screenshots an embed as a reader of another site sees it: the chart's embed code inside a host article
 * served from another origin, after the embed has sized itself.
 * `node scripts/screenshotEmbed.mjs <chart-id> <out.png> [width=1000] [light|dark] [state]`
 * (a dark host page for `dark`, with `?theme=dark`). Serves dist/ itself; run after a build.
 */
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { serveDist } from './serveDist.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const [id = 'rescues-by-nationality', out = 'embed.png', width = '1000', theme = 'light', state = ''] = process.argv.slice(2);
const site = await serveDist('dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const host = createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(new URL(req.url ?? '/', 'http://h').searchParams.get('html') ?? '');
});
await new Promise((ok) => host.listen(0, '127.0.0.1', ok));
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
  // The code a reporter copies from the chart page, with the options set there.
  await page.goto(`${site.url}/charts/${id}/`);
  if (theme === 'dark') await page.getByRole('radio', { name: 'Dark' }).check();
  if (state) await page.locator('[data-kit-state]').selectOption(state);
  const code = await page.locator('textarea[data-kit-code]').inputValue();
  const bg = theme === 'dark' ? '#121212' : '#ffffff';
  const fg = theme === 'dark' ? '#e8e8e8' : '#222222';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Host</title>
<style>body{margin:0;background:${bg};color:${fg};font:18px/1.5 Georgia,serif}main{max-width:1000px;margin:0 auto;padding:16px}</style></head>
<body><main><h1 style="font-size:22px">A host article</h1><p>Text of the article before the chart, in the host's own type.</p>${code}<p>And the article goes on after the chart.</p></main></body></html>`;
  const address = host.address();
  await page.goto(`http://localhost:${typeof address === 'object' && address ? address.port : 0}/?html=${encodeURIComponent(html)}`);
  const iframe = page.locator('iframe');
  await iframe.scrollIntoViewIfNeeded();
  const frame = await (await iframe.elementHandle()).contentFrame();
  await frame.waitForSelector('[data-embed-root]');
  await frame.evaluate(() => document.fonts.ready);
  // Wait until the host has applied the embed's height.
  await page.waitForFunction(() => (document.querySelector('iframe')?.style.height ?? '') !== '');
  // A cross-origin iframe is painted only inside the viewport: make the viewport the whole page.
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: Number(width), height: pageHeight });
  await page.waitForFunction((h) => document.documentElement.scrollHeight <= h + 2, pageHeight);
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  // Let the out-of-process frame paint at the new size.
  await frame.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  await page.waitForTimeout(300);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await site.close();
  await new Promise((ok) => host.close(() => ok()));
}
