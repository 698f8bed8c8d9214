import { test, expect, gotoPage, axe, PHONE } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const PATH = '/charts/rescues-by-nationality/';
const figure = (p: Page) => p.locator('figure#rescues-by-nationality');
/** The drawing on screen (the other width's drawing is display: none). */
const chart = (p: Page) => figure(p).locator('.rescue-view:visible svg.rescue-svg');
const tooltip = (p: Page) => figure(p).locator('[data-rescue-tooltip]');
const rowOrder = (svg: Locator) =>
  svg.evaluate((s) =>
    [...s.querySelectorAll<SVGGElement>(':scope > .rescue-row')]
      .map((r) => ({ name: r.getAttribute('aria-label')!.replace(/ \(.*\)$/, ''), y: r.getBoundingClientRect().top }))
      .sort((a, b) => a.y - b.y)
      .map((r) => r.name),
  );

test.describe('rescues-by-nationality chart', () => {
  test('without JavaScript the whole chart, its text alternative and its table are there', async ({ page }) => {
    const p = await gotoPage(page, PATH, { js: false });
    const svg = chart(p);
    await expect(svg).toHaveCount(1);
    expect(await svg.locator('.rescue-dot circle').count()).toBeGreaterThan(20);
    await expect(svg).toContainText('Indonesia');
    await expect(svg).toContainText('241');
    await expect(svg).toContainText('300+');
    await expect(svg).toContainText('Mongolia, Nepal, Pakistan');
    // The sort control needs JavaScript, so it is not offered without it.
    await expect(figure(p).getByRole('button', { name: 'Name' })).toBeHidden();
    const alt = p.locator('#rescues-by-nationality-alt');
    await expect(alt).toContainText('never added together');
    await figure(p).getByText('Data table').click();
    await expect(figure(p).getByRole('table')).toContainText('Prevented from travelling');
    await p.context().close();
  });

  test('keyboard reaches the marks, and focusing one shows its record', async ({ page }) => {
    const p = await gotoPage(page, PATH);
    await figure(p).getByRole('button', { name: 'Name' }).focus();
    await p.keyboard.press('Tab');
    const focused = p.locator(':focus');
    await expect(focused).toHaveAttribute('role', 'img');
    const label = (await focused.getAttribute('aria-label'))!;
    expect(label).toMatch(/^Thailand: .*, as of .*\. .*Source: .+\.$/);
    await expect(tooltip(p)).toBeVisible();
    await expect(tooltip(p)).toContainText('Thailand · Rescued');
    await expect(tooltip(p)).toContainText('Source:');
    await p.keyboard.press('Tab');
    await expect(p.locator(':focus')).toHaveAttribute('aria-label', /^Thailand: /);
    await p.keyboard.press('Escape');
    await expect(tooltip(p)).toBeHidden();
  });

  test('hovering a mark shows its record: figure with qualifier, date and source', async ({ page }) => {
    const p = await gotoPage(page, PATH);
    const dot = chart(p).locator('circle[data-id="tw-held-captive-voa"]');
    await dot.hover();
    await expect(tooltip(p)).toBeVisible();
    await expect(tooltip(p).locator('.rescue-tip-title')).toHaveText('Taiwan · Held captive');
    await expect(tooltip(p).locator('.rescue-tip-value')).toHaveText('more than 300');
    await expect(tooltip(p)).toContainText('As of August 2022');
    await expect(tooltip(p)).toContainText('VOA Khmer');
    await p.mouse.move(5, 5);
    await expect(tooltip(p)).toBeHidden();
    // Anywhere on a figure's line will do, not only its small dot.
    await chart(p).locator('.rescue-kind text[data-line="id-prevented-aug-23"]').hover();
    await expect(tooltip(p).locator('.rescue-tip-title')).toHaveText('Indonesia · Prevented from travelling');
    await expect(tooltip(p).locator('.rescue-tip-value')).toHaveText('214');
  });

  test('sorts by name and back by largest figure, moving rows and the tab order', async ({ page }) => {
    const p = await gotoPage(page, PATH, { reducedMotion: true });
    const svg = chart(p);
    const byFigure = await rowOrder(svg);
    expect(byFigure.slice(0, 2)).toEqual(['Thailand', 'Vietnam']);
    const name = figure(p).getByRole('button', { name: 'Name' });
    await name.click();
    await expect(name).toHaveAttribute('aria-pressed', 'true');
    await expect(figure(p).getByRole('button', { name: 'Largest figure' })).toHaveAttribute('aria-pressed', 'false');
    const byName = await rowOrder(svg);
    expect(byName).toEqual([...byFigure].sort((a, b) => a.localeCompare(b, 'en')));
    // The first mark in the tab order is now the first row's.
    await name.focus();
    await p.keyboard.press('Tab');
    await expect(p.locator(':focus')).toHaveAttribute('aria-label', new RegExp(`^${byName[0]}: `));
    await figure(p).getByRole('button', { name: 'Largest figure' }).click();
    expect(await rowOrder(svg)).toEqual(byFigure);
  });

  test('named states highlight a kind or a country, from data-state or a chart:state event', async ({ page }) => {
    const p = await gotoPage(page, PATH);
    const root = figure(p).locator('[data-chart="rescues-by-nationality"]');
    const svg = chart(p);
    await root.evaluate((el) => el.dispatchEvent(new CustomEvent('chart:state', { detail: { state: 'kind:repatriated' } })));
    await expect(root).toHaveAttribute('data-state', 'kind:repatriated');
    await expect(svg.locator('circle[data-kind="repatriated"].is-dimmed')).toHaveCount(0);
    await expect.poll(() => svg.locator('circle[data-kind="rescued"].is-dimmed').count()).toBeGreaterThan(0);

    await root.evaluate((el) => el.setAttribute('data-state', 'country:TW'));
    await expect(svg.locator('.rescue-row[data-country="TW"]')).not.toHaveClass(/is-dimmed/);
    await expect(svg.locator('.rescue-row[data-country="VN"]')).toHaveClass(/is-dimmed/);
    await expect(svg.locator('circle.is-dimmed')).toHaveCount(0);

    await root.evaluate((el) => el.dispatchEvent(new CustomEvent('chart:state', { detail: { state: 'all', sort: 'name' } })));
    await expect(svg.locator('.is-dimmed')).toHaveCount(0);
    await expect(figure(p).getByRole('button', { name: 'Name' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('on a phone the compact drawing fits, with text no smaller than 12px', async ({ page }) => {
    const p = await gotoPage(page, PATH, { width: PHONE });
    const svg = chart(p);
    await expect(svg).toHaveClass(/is-compact/);
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE);
    const box = (await svg.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE);
    // Rendered size = font size in the drawing × how much the drawing is scaled on screen.
    const smallest = await svg.evaluate((s) => {
      const scale = s.getBoundingClientRect().width / (s as SVGSVGElement).viewBox.baseVal.width;
      return Math.min(...[...s.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    });
    expect(smallest).toBeGreaterThanOrEqual(12);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`has no accessibility violations (${theme})`, async ({ page }) => {
      const p = await gotoPage(page, PATH, { theme });
      expect(await axe(p, { include: 'figure#rescues-by-nationality' })).toEqual([]);
    });
  }
});
