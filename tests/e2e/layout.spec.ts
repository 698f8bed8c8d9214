import { test, expect, gotoPage } from './fixtures';

test.describe('base layout', () => {
  test('has landmarks, a skip link that moves focus to main, and a content note', async ({ page }) => {
    const p = await gotoPage(page, '/charts/');
    await expect(p.getByRole('banner')).toBeVisible();
    await expect(p.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(p.getByRole('main')).toBeVisible();
    await expect(p.getByRole('contentinfo')).toBeVisible();
    await expect(p.getByRole('complementary', { name: 'Content note' })).toContainText('names no victims');

    await p.keyboard.press('Tab');
    const skip = p.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await p.keyboard.press('Enter');
    await expect(p.locator('main')).toBeFocused();
  });

  test('navigation names every section and marks the current one', async ({ page }) => {
    const p = await gotoPage(page, '/teach/');
    const nav = p.getByRole('navigation', { name: 'Main' });
    for (const name of ['Story', 'Charts', 'Present', 'Teach', 'Data & sources']) {
      await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
    }
    await expect(nav.getByRole('link', { name: 'Teach' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Story' })).not.toHaveAttribute('aria-current', 'page');
  });

  for (const width of [320, 375]) {
    test(`fits a ${width} px phone: no horizontal scrolling, every nav link on screen and tappable`, async ({ page }) => {
      const p = await gotoPage(page, '/', { width });
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      for (const link of await p.getByRole('navigation', { name: 'Main' }).getByRole('link').all()) {
        const box = (await link.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        expect(box.height).toBeGreaterThanOrEqual(24);
      }
    });
  }
});

test.describe('themes', () => {
  const bg = (p: import('@playwright/test').Page) => p.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  test('follows prefers-color-scheme without JavaScript', async ({ page }) => {
    const light = await gotoPage(page, '/', { js: false, theme: 'light' });
    expect(await bg(light)).toBe('rgb(251, 250, 247)');
    const dark = await gotoPage(page, '/', { js: false, theme: 'dark' });
    expect(await bg(dark)).toBe('rgb(20, 20, 19)');
    // Without JavaScript a toggle could not work, so none is shown.
    await expect(dark.getByRole('button', { name: /Theme/ })).toBeHidden();
  });

  test('the toggle cycles auto, light, dark and remembers the choice across pages', async ({ page }) => {
    const p = await gotoPage(page, '/', { theme: 'light' });
    const toggle = p.getByRole('button', { name: /Theme/ });
    await expect(toggle).toHaveText(/auto/);
    await toggle.click();
    await expect(toggle).toHaveText(/light/);
    await toggle.click();
    await expect(toggle).toHaveText(/dark/);
    await expect.poll(() => bg(p)).toBe('rgb(20, 20, 19)');

    await p.goto(p.url().replace(/\/$/, '') + '/charts/');
    await expect(p.getByRole('button', { name: /Theme/ })).toHaveText(/dark/);
    await expect.poll(() => bg(p)).toBe('rgb(20, 20, 19)');

    await p.getByRole('button', { name: /Theme/ }).click();
    await expect(p.getByRole('button', { name: /Theme/ })).toHaveText(/auto/);
    await expect.poll(() => bg(p)).toBe('rgb(251, 250, 247)');
  });

  test('a stored choice is applied before first paint (no flash)', async ({ page }) => {
    await gotoPage(page, '/', { theme: 'light' });
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    // Record the theme attribute at the first moment <body> exists: stylesheets block rendering until then,
    // so a theme set by that moment is the one of the first paint. Module scripts only run later.
    await page.addInitScript(() => {
      new MutationObserver((_, obs) => {
        if (document.body) {
          (window as unknown as { firstTheme?: string }).firstTheme = document.documentElement.dataset['theme'] ?? 'none';
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { firstTheme?: string }).firstTheme)).toBe('dark');
    await expect.poll(() => bg(page)).toBe('rgb(20, 20, 19)');
  });
});
