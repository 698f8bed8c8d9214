/**
 * The trafficking-routes map in a browser: what needs layout, focus and scripts. Geometry and labels are
 * unit-tested in tests/unit/routes*.test.ts.
 */
import type { Page } from '@playwright/test';
import { axe, DESKTOP, expect, gotoPage, PHONE, test } from './fixtures';

const PATH = '/charts/trafficking-routes/';
const visibleMap = '.routes-map .rm-size:visible svg.rm-svg';

/** The computed opacity of the first match; read it through expect.poll, as it settles after a state change. */
function opacity(svg: import('@playwright/test').Locator, sel: string): Promise<number> {
  return svg.locator(sel).first().evaluate((el) => Number(getComputedStyle(el).opacity));
}

/** The nationalities the page's control lists (every origin in the data, and Cambodians trafficked out). */
async function nationalityCodes(page: Page): Promise<string[]> {
  return page.locator('.rm-nationalities button').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['nationality']!));
}

test.describe('trafficking-routes map', () => {
  test('without JavaScript the page shows the whole map: every origin, its label, the close-up, the key and the table', async ({ page }) => {
    const p = await gotoPage(page, PATH, { js: false });
    const svg = p.locator(visibleMap);
    await expect(svg).toHaveCount(1);
    await expect(svg).toBeVisible();
    const codes = await nationalityCodes(p);
    expect(codes.length).toBeGreaterThanOrEqual(12);
    for (const code of codes) {
      await expect(svg.locator(`.rm-route--trunk[data-nationality="${code}"]`).first(), code).toBeVisible();
      if (code !== 'KH') await expect(svg.locator(`[data-label="nat-${code}"]`), code).toBeVisible();
    }
    await expect(svg.locator('.rm-panel--closeup .rm-site').first()).toBeVisible();
    await expect(svg.locator('.rm-panel--closeup .rm-route--escape')).toBeVisible();
    await expect(svg.locator('.rm-legend')).toBeVisible();
    await expect(p.locator('#trafficking-routes details.chart-table table tbody tr')).not.toHaveCount(0);
    // The nationality buttons need the script, so a reader without it is not offered them.
    await expect(p.getByRole('group', { name: 'Highlight one nationality on the map' })).toBeHidden();
    await p.context().close();
  });

  for (const width of [PHONE, 768, DESKTOP]) {
    test(`at ${width}px one rendering shows, sized for the column, and no two labels overlap as drawn`, async ({ page }) => {
      const p = await gotoPage(page, PATH, { width });
      await p.evaluate(() => document.fonts.ready);
      await expect(p.locator(visibleMap)).toHaveCount(1);
      const column = await p.locator('.routes-map').boundingBox();
      const map = await p.locator(visibleMap).boundingBox();
      expect(map!.width).toBeCloseTo(column!.width, 0);
      const boxes = await p.locator(`${visibleMap} .rm-labels text`).evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent ?? '', x: r.x, y: r.y, w: r.width, h: r.height };
        }),
      );
      expect(boxes.length).toBeGreaterThan(15);
      const overlaps: string[] = [];
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          // 1px of slack: glyph boxes include side bearings that never ink.
          if (a.x + 1 < b.x + b.w && b.x + 1 < a.x + a.w && a.y + 1 < b.y + b.h && b.y + 1 < a.y + a.h) overlaps.push(`${a.text} / ${b.text}`);
        }
      }
      expect(overlaps).toEqual([]);
    });
  }

  test('the keyboard reaches the routes and sites, with a visible focus ring and a tooltip', async ({ page }) => {
    const p = await gotoPage(page, PATH, { reducedMotion: true });
    // Into the regional panel: one tab stop per panel, after the nationality buttons.
    const region = p.locator(`${visibleMap} .rm-panel--region`);
    await region.locator('[tabindex="0"]').first().focus();
    const first = p.locator(':focus');
    await expect(first).toHaveAttribute('role', 'button');
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('ArrowRight');
    const focused = p.locator(':focus');
    await expect(focused).toHaveAttribute('data-tip', /.+/);
    expect(await region.locator('[tabindex="0"]').count()).toBe(1);
    await expect(p.locator('.routes-map .rm-tooltip')).toBeVisible();
    await expect(p.locator('.routes-map .rm-tooltip')).toContainText('Sources:');

    // A route in the close-up: Tab leaves the regional panel and lands in the close-up's single stop.
    await p.keyboard.press('Tab');
    const stop = p.locator(':focus');
    await expect(stop).toHaveAttribute('role', 'button');
    expect(await stop.evaluate((el) => el.closest('.rm-panel')?.classList.contains('rm-panel--closeup'))).toBe(true);
    // The focus ring: the hit path of a focused route is stroked in the focus colour.
    const ring = await stop.evaluate((el) => {
      const hit = el.querySelector('.rm-route-hit, .rm-site-hit') as SVGElement | null;
      const style = hit ? getComputedStyle(hit) : getComputedStyle(el);
      return { stroke: style.stroke, width: parseFloat(style.strokeWidth) };
    });
    expect(ring.stroke).not.toBe('none');
    expect(ring.stroke).not.toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
    expect(ring.width).toBeGreaterThan(1);

    // Every site is reachable with the arrow keys.
    const sites = await p.locator(`${visibleMap} .rm-panel--closeup .rm-site`).count();
    const seen = new Set<string>();
    for (let i = 0; i < 60 && seen.size < sites; i++) {
      const site = await p.locator(':focus').getAttribute('data-site');
      if (site) seen.add(site);
      await p.keyboard.press('ArrowRight');
    }
    expect(seen.size).toBe(sites);
    await p.keyboard.press('Escape');
    await expect(p.locator('.routes-map .rm-tooltip')).toBeHidden();
  });

  test('the nationality control highlights one origin and says so with aria-pressed', async ({ page }) => {
    const p = await gotoPage(page, PATH, { reducedMotion: true });
    const root = p.locator('.routes-map');
    const button = p.getByRole('button', { name: 'Taiwan', exact: false }).and(p.locator('.rm-nat'));
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await expect(root).toHaveAttribute('data-state', 'origin:TW');
    const svg = p.locator(visibleMap);
    await expect(svg.locator('.rm-route--trunk[data-nationality="TW"]')).toHaveClass(/is-active/);
    // Retrying reads: a computed opacity is only final once any transition has finished.
    await expect(svg.locator('.rm-route--trunk[data-nationality="TW"]').first()).toHaveCSS('opacity', '1');
    await expect.poll(() => opacity(svg, '.rm-route--trunk[data-nationality="ID"]')).toBeLessThan(0.5);
    // Pressing it again returns to the overview.
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await expect(root).toHaveAttribute('data-state', 'overview');
    // Activating a route from the keyboard highlights its nationality too.
    await svg.locator('.rm-route--trunk[data-nationality="VN"]').focus();
    await p.keyboard.press('Enter');
    await expect(root).toHaveAttribute('data-state', 'origin:VN');
    await expect(p.locator('.rm-nat[data-nationality="VN"]')).toHaveAttribute('aria-pressed', 'true');
  });

  test('named states change through the chart:state event and the data-state attribute', async ({ page }) => {
    const p = await gotoPage(page, PATH, { reducedMotion: true });
    const root = p.locator('.routes-map');
    const svg = p.locator(visibleMap);
    const send = (state: string) => root.evaluate((el, s) => el.dispatchEvent(new CustomEvent('chart:state', { detail: { state: s } })), state);

    await send('river-escape');
    await expect(root).toHaveAttribute('data-state', 'river-escape');
    const closeup = svg.locator('.rm-panel--closeup');
    const zoom = await closeup.getAttribute('data-viewbox-river-escape');
    expect(zoom).toMatch(/^\d+ \d+ \d+ \d+$/);
    // Reduced motion: the zoom is instant.
    await expect(closeup).toHaveAttribute('viewBox', zoom!);
    await expect(svg.locator('.rm-panel--closeup .rm-route--escape').first()).toHaveCSS('opacity', '1');
    await expect.poll(() => opacity(svg, '.rm-route--trunk')).toBeLessThan(0.5);

    await send('cambodia');
    await expect(root).toHaveAttribute('data-state', 'cambodia');
    await expect(closeup).toHaveAttribute('viewBox', (await closeup.getAttribute('data-viewbox'))!);

    // The close-up's escape route is bright in `cambodia` and recedes in `all-origins`: a read that changes.
    const escape = svg.locator('.rm-panel--closeup .rm-route--escape').first();
    await expect(escape).toHaveCSS('opacity', '1');
    await send('all-origins');
    await expect(root).toHaveAttribute('data-state', 'all-origins');
    await expect.poll(() => opacity(svg, '.rm-panel--closeup .rm-route--escape')).toBeLessThan(0.5);

    await root.evaluate((el) => (el.dataset['state'] = 'origin:PH'));
    await expect(svg.locator('.rm-route--trunk[data-nationality="PH"]')).toHaveClass(/is-active/);
    await expect(p.locator('.rm-nat[data-nationality="PH"]')).toHaveAttribute('aria-pressed', 'true');

    // Nonsense falls back to the overview.
    await send('zoom-to-mars');
    await expect(root).toHaveAttribute('data-state', 'overview');
  });

  test('under reduced motion the routes are numbered static arrows; otherwise the numbers are hidden', async ({ page }) => {
    let p = await gotoPage(page, PATH, { reducedMotion: true });
    await expect(p.locator(`${visibleMap} .rm-route--trunk .rm-badge`).first()).toBeVisible();
    await expect(p.locator('.rm-nat-number').first()).toBeVisible();
    p = await gotoPage(page, PATH, { reducedMotion: false });
    await expect(p.locator(`${visibleMap} .rm-route--trunk .rm-badge`).first()).toBeHidden();
  });

  test('with motion, highlighting an origin draws its routes in and the escape zoom animates; reduced motion does neither', async ({ page }) => {
    // Count the script animations (the draw-in) as they are started, rather than reading
    // document.getAnimations() afterwards: a 700 ms animation can be over before a read on a busy machine.
    await page.addInitScript(() => {
      const w = window as unknown as { drawIns: number };
      w.drawIns = 0;
      const animate = Element.prototype.animate;
      Element.prototype.animate = function (...args: Parameters<Element['animate']>) {
        w.drawIns += 1;
        return animate.apply(this, args);
      };
    });
    const started = (pg: Page) => pg.evaluate(() => (window as unknown as { drawIns: number }).drawIns);
    let p = await gotoPage(page, PATH, { reducedMotion: false });
    await p.locator('.routes-map').evaluate((el) => (el.dataset['state'] = 'origin:TW'));
    // The highlight and the draw-in are applied in the same call, so once the class is there the count is final.
    await expect(p.locator(`${visibleMap} .rm-route--trunk[data-nationality="TW"]`).first()).toHaveClass(/is-active/);
    expect(await started(p)).toBeGreaterThan(0);
    await p.locator('.routes-map').evaluate((el) => el.dispatchEvent(new CustomEvent('chart:state', { detail: { state: 'river-escape' } })));
    const closeup = p.locator(`${visibleMap} .rm-panel--closeup`);
    const zoom = (await closeup.getAttribute('data-viewbox-river-escape'))!;
    // Mid-animation the viewBox is on its way; it arrives within a second.
    await expect(closeup).toHaveAttribute('viewBox', zoom, { timeout: 2000 });

    p = await gotoPage(page, PATH, { reducedMotion: true });
    await p.locator('.routes-map').evaluate((el) => (el.dataset['state'] = 'origin:TW'));
    await expect(p.locator(`${visibleMap} .rm-route--trunk[data-nationality="TW"]`).first()).toHaveClass(/is-active/);
    expect(await started(p)).toBe(0);
  });

  test('hovering a route shows its figures and sources', async ({ page }) => {
    const p = await gotoPage(page, PATH);
    // Hover a point on the curve itself (a curve's bounding-box centre is open water).
    const at = await p.locator(`${visibleMap} .rm-route--trunk[data-nationality="TW"] .rm-route-line`).evaluate((el) => {
      const path = el as SVGPathElement;
      const pt = path.getPointAtLength(path.getTotalLength() * 0.6).matrixTransform(path.getScreenCTM()!);
      return { x: pt.x, y: pt.y };
    });
    await p.mouse.move(at.x, at.y);
    const tip = p.locator('.routes-map .rm-tooltip');
    await expect(tip).toBeVisible();
    await expect(tip).toContainText('Taiwan');
    await expect(tip).toContainText('more than 300');
    await expect(tip).toContainText('Sources:');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the map has no accessibility violations (${theme})`, async ({ page }) => {
      const p = await gotoPage(page, PATH, { theme });
      expect(await axe(p, { include: '#trafficking-routes' })).toEqual([]);
    });
  }
});
