/**
 * Cumulative layout shift of one cold page load with late web fonts: the font responses are held until the
 * page has painted in its fallback fonts, then released, so the swap to the web fonts happens on screen, as
 * on a slow phone connection. No fixed sleeps: each step waits for an event (first contentful paint,
 * document.fonts.ready, load, two animation frames). Used by site.spec.ts on every built page.
 */
import type { Browser } from '@playwright/test';

export interface LayoutShiftResult {
  /** The sum of layout-shift entries without recent input (the CLS of a page that is not scrolled). */
  cls: number;
  /** Font requests that were held back until after the first paint: 0 means the test tested nothing. */
  heldFonts: number;
  /** Web font faces in the loaded state at the end. */
  loadedFaces: number;
  /** What moved, for the failure message. */
  shifts: Array<{ value: number; nodes: string[] }>;
}

export async function measureLayoutShift(browser: Browser, url: string, width: number): Promise<LayoutShiftResult> {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 823 : 900 } });
  try {
    const page = await context.newPage();
    // The observer is registered before any of the page runs; buffered entries cover the whole load anyway.
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: Array<{ value: number; nodes: string[] }> };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as Array<{ value: number; hadRecentInput: boolean; sources?: Array<{ node?: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }> }>) {
          if (e.hadRecentInput) continue;
          const nodes = (e.sources ?? []).map((s) => {
            const n = s.node ?? null;
            const r = (d: DOMRectReadOnly) => `${Math.round(d.x)},${Math.round(d.y)} ${Math.round(d.width)}x${Math.round(d.height)}`;
            const moved = ` (${r(s.previousRect)} -> ${r(s.currentRect)})`;
            if (!(n instanceof Element)) return `${n?.nodeName ?? '?'} "${(n?.textContent ?? '').slice(0, 30)}"${moved}`;
            return `${n.tagName.toLowerCase()}${n.id ? `#${n.id}` : ''}${n.getAttribute('class') ? `.${n.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}${moved}`;
          });
          w.__shifts.push({ value: e.value, nodes });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });

    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let heldFonts = 0;
    await page.route(/\.(woff2?|ttf|otf)(\?.*)?$/, async (route) => {
      heldFonts += 1;
      await released;
      await route.continue();
    });

    await page.goto(url, { waitUntil: 'domcontentloaded' });
    // The page has painted with its fallback fonts; now the web fonts may arrive.
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { polling: 'raf' });
    const held = heldFonts;
    release();
    await page.waitForLoadState('load');
    await page.evaluate(async () => {
      await document.fonts.ready;
      // Two frames: the swap's layout is done and its shift entries are delivered.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    const { shifts, loadedFaces } = await page.evaluate(() => ({
      shifts: (window as unknown as { __shifts: Array<{ value: number; nodes: string[] }> }).__shifts,
      loadedFaces: [...document.fonts].filter((f) => f.status === 'loaded').length,
    }));
    return { cls: shifts.reduce((s, e) => s + e.value, 0), heldFonts: held, loadedFaces, shifts };
  } finally {
    await context.close();
  }
}
