/**
 * Screenshots a page of the built site: `node scripts/screenshot.mjs <path> <out.png> [width=1280] [light|dark] [--no-js] [--viewport]`.
 * Full page by default; `--viewport` captures only the first screen; `--from=Y` captures one screen height
 * starting Y pixels down the page; `--height=H` sets the window's height (720 or 1080 for a slide, with `--viewport`). Serves dist/ itself on a free port.
 */
import { chromium } from 'playwright-core';
import { serveDist } from './serveDist.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith('--')));
const [path = '/', out = 'screenshot.png', width = '1280', theme = 'light'] = args;

const heightFlag = [...flags].find((f) => f.startsWith('--height='));
const height = heightFlag ? Number(heightFlag.slice('--height='.length)) : Number(width) < 600 ? 812 : 900;

const server = await serveDist('dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({
    viewport: { width: Number(width), height },
    deviceScaleFactor: 1,
    colorScheme: theme === 'dark' ? 'dark' : 'light',
    javaScriptEnabled: !flags.has('--no-js'),
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(server.url + path, { waitUntil: 'networkidle' });
  await page.evaluate(() => document.fonts.ready);
  const from = [...flags].find((f) => f.startsWith('--from='));
  if (from) {
    const viewport = page.viewportSize() ?? { width: Number(width), height };
    const y = Number(from.slice('--from='.length));
    await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y, width: viewport.width, height: viewport.height } });
  } else {
    await page.screenshot({ path: out, fullPage: !flags.has('--viewport') });
  }
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await server.close();
}
