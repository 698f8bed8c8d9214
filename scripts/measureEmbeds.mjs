/**
 * Measures each embed's content height in Chromium at the widths embeds are commonly read at, and with
 * `--write` records them in src/lib/embed/embedHeights.json, from which the embed code takes its starting
 * height (the tallest, so a bare iframe shows the whole chart without an inner scrollbar). Run after a
 * build when a chart's layout changes: `npx astro build && node scripts/measureEmbeds.mjs --write`.
 * tests/e2e/embed.spec.ts fails when a recorded height no longer fits.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { serveDist } from './serveDist.mjs';

/** Article column widths worth fitting: phones, a tablet column, desktop columns. */
export const COMMON_WIDTHS = [320, 360, 375, 414, 480, 640, 768, 1000];

const server = await serveDist('dist');
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const heights = {};
try {
  for (const id of readdirSync('dist/embed')) {
    heights[id] = {};
    for (const width of [280, ...COMMON_WIDTHS, 1200]) {
      const page = await browser.newPage({ viewport: { width, height: 600 } });
      // networkidle: an embed may fetch a drawing for its width after load (the timeline's overview/m.svg, l.svg).
      await page.goto(`${server.url}/embed/${id}/`, { waitUntil: 'networkidle' });
      await page.evaluate(() => document.fonts.ready);
      heights[id][width] = await page.evaluate(() => Math.ceil(document.querySelector('[data-embed-root]').getBoundingClientRect().bottom + scrollY));
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(JSON.stringify(heights, null, 1));
if (process.argv.includes('--write')) {
  writeFileSync('src/lib/embed/embedHeights.json', `${JSON.stringify({ commonWidths: COMMON_WIDTHS, heights }, null, 2)}\n`);
  console.log('wrote src/lib/embed/embedHeights.json');
}
