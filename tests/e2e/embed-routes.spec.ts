/**
 * The routes-map embed's first view is kept light (src/pages/embed/trafficking-routes/): tooltip contents
 * come from /embed/trafficking-routes/tips/ on the first hover or focus, the names its drawings share are
 * written once and referenced, and two drawings cover 280 to 1200 px.
 */
import { expect, siteUrl, test } from './fixtures';

const PAGE = '/embed/trafficking-routes/';

test('tooltips are fetched on the first focus, and shown for the focused mark', async ({ page }) => {
  const tips: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/embed/trafficking-routes/tips/')) tips.push(r.url());
  });
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.goto(siteUrl(PAGE));
  await expect(page.locator('[data-chart="trafficking-routes"]')).toHaveAttribute('data-enhanced', /.*/);
  expect(await page.locator('template[data-tip-content]').count()).toBe(0);
  expect(tips).toEqual([]);
  const mark = page.locator('.rm-size').filter({ visible: true }).locator('.rm-panel--region [tabindex="0"]').first();
  await mark.focus();
  const tooltip = page.locator('.routes-map .rm-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Sources:');
  expect(tips).toHaveLength(1);
  // Later marks use the templates already fetched.
  await page.keyboard.press('ArrowRight');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Sources:');
  expect(tips).toHaveLength(1);
});

for (const width of [320, 1000]) {
  test(`at ${width} px one drawing is shown, and each of its focusable marks has its full name`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(siteUrl(PAGE));
    const shown = page.locator('.rm-size').filter({ visible: true });
    await expect(shown).toHaveCount(1);
    await expect(shown).toHaveAttribute('data-width', width < 600 ? '360' : '720');
    const marks = shown.locator('[role="button"]');
    expect(await marks.count()).toBeGreaterThan(10);
    // Bangladesh's route on the regional map: named from the text written once for all drawings.
    const route = shown.locator('.rm-route--trunk[data-nationality="BD"]');
    await expect(route).toHaveAttribute('aria-labelledby', /.+/);
    await expect(route).toHaveAccessibleName(/^1\. Bangladesh\. .*Sources: /);
    const names = await marks.evaluateAll((els) =>
      els.map((el) => {
        const id = el.getAttribute('aria-labelledby');
        return id ? (document.getElementById(id)?.textContent ?? '') : (el.getAttribute('aria-label') ?? '');
      }),
    );
    expect(names.filter((n) => n.length < 10)).toEqual([]);
  });
}
