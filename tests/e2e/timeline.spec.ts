/**
 * The crackdown timeline in a real browser: the list without JavaScript, keyboard use of the overview, the
 * category filter, deep links, the named states story steps use, and the phone layout.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { axe, DESKTOP, expect, gotoPage, PHONE, test } from './fixtures';

const PATH = '/charts/crackdown-timeline/';
const events = JSON.parse(readFileSync('data/events.json', 'utf8')) as Array<{ id: string; date: string; category: string; title: string }>;

/** The event ids in list order, as the page has them. */
const listOrder = (page: Page) => page.locator('.tl-list > li').evaluateAll((lis) => lis.map((li) => li.id.replace(/^event-/, '')));
const live = (page: Page) => page.locator('[data-tl-live]');
const focusedEvent = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['event'] ?? null);
/** The overview drawn at this width (the others are display: none). */
const overview = (page: Page) => page.locator('.tl-view:visible svg');

test.describe('crackdown timeline without JavaScript', () => {
  test('every event is a dated item of an ordered list', async ({ page }) => {
    const p = await gotoPage(page, PATH, { js: false });
    const items = p.locator('ol.tl-list > li');
    await expect(items).toHaveCount(events.length);
    for (const e of events) {
      const li = p.locator(`ol.tl-list > li#event-${e.id}`);
      await expect(li).toHaveCount(1);
      await expect(li.locator('time').first()).toHaveAttribute('datetime', e.date);
      await expect(li.getByRole('heading', { name: e.title })).toBeVisible();
    }
    // In date order.
    const dates = await items.evaluateAll((lis) => lis.map((li) => li.querySelector('time')!.getAttribute('datetime')!));
    expect(dates).toEqual([...dates].sort());
    // Sources disagree where the data says so; figures keep their qualifiers.
    await expect(p.locator('.tl-disagreement').first()).toContainText('Sources disagree.');
    await expect(p.locator('.tl-figure-value', { hasText: /^about \d/ }).first()).toBeVisible();
    await p.context().close();
  });

  test('the overview and the legend are drawn; the filter waits for JavaScript', async ({ page }) => {
    const p = await gotoPage(page, PATH, { js: false });
    await expect(p.locator('.tl-view:visible svg a.tl-event')).toHaveCount(events.length);
    await expect(p.locator('.tl-legend')).toBeVisible();
    await expect(p.locator('[data-tl-controls]')).toBeHidden();
    // A mark is a plain link to its list item.
    const first = events[0]!;
    await expect(p.locator(`.tl-view:visible a.tl-event[data-event="${first.id}"]`)).toHaveAttribute('href', `#event-${first.id}`);
    await p.context().close();
  });
});

test.describe('crackdown timeline with JavaScript', () => {
  test('arrow keys, Home and End move through the events and announce them', async ({ page }) => {
    await gotoPage(page, PATH);
    const order = await listOrder(page);
    // One tab stop for the overview: the first event.
    const stops = overview(page).locator('a.tl-event[tabindex="0"]');
    await expect(stops).toHaveCount(1);
    await stops.focus();
    expect(await focusedEvent(page)).toBe(order[0]);
    await expect(live(page)).toContainText(`Event 1 of ${order.length}.`);

    await page.keyboard.press('ArrowRight');
    expect(await focusedEvent(page)).toBe(order[1]);
    const second = events.find((e) => e.id === order[1])!;
    await expect(live(page)).toContainText(`Event 2 of ${order.length}.`);
    await expect(live(page)).toContainText(second.title);
    await expect(page.locator('[data-tl-detail]')).toContainText(second.title);
    await expect(page.locator(`#event-${order[1]}`)).toHaveClass(/is-selected/);

    await page.keyboard.press('End');
    expect(await focusedEvent(page)).toBe(order.at(-1));
    await expect(live(page)).toContainText(`Event ${order.length} of ${order.length}.`);
    await page.keyboard.press('ArrowRight');
    expect(await focusedEvent(page)).toBe(order.at(-1));

    await page.keyboard.press('Home');
    expect(await focusedEvent(page)).toBe(order[0]);
    await page.keyboard.press('ArrowLeft');
    expect(await focusedEvent(page)).toBe(order[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedEvent(page)).toBe(order[1]);
    await page.keyboard.press('ArrowUp');
    expect(await focusedEvent(page)).toBe(order[0]);

    // The tab stop follows the selection, so Tab leaves the overview and Shift+Tab comes back to it.
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    expect(await focusedEvent(page)).toBeNull();
    await page.keyboard.press('Shift+Tab');
    expect(await focusedEvent(page)).toBe(order.at(-1));
  });

  test('clicking a mark selects it and gives it an address', async ({ page }) => {
    await gotoPage(page, PATH);
    const target = events.find((e) => e.date.startsWith('2022-09'))!;
    await overview(page).locator(`a.tl-event[data-event="${target.id}"] .tl-dot`).click();
    await expect(page.locator('[data-tl-detail]')).toBeVisible();
    await expect(page.locator('[data-tl-detail] .tl-title')).toHaveText(target.title);
    expect(new URL(page.url()).hash).toBe(`#event-${target.id}`);
    await expect(overview(page).locator(`a.tl-event[data-event="${target.id}"]`)).toHaveClass(/is-selected/);
  });

  test('the category filter hides other events in the list and the overview', async ({ page }) => {
    await gotoPage(page, PATH);
    const button = page.getByRole('button', { name: /Foreign pressure/ });
    await expect(button).toHaveAttribute('aria-pressed', 'true');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    const hidden = events.filter((e) => e.category === 'foreign-pressure');
    expect(hidden.length).toBeGreaterThan(0);
    for (const e of hidden) {
      await expect(page.locator(`#event-${e.id}`)).toBeHidden();
      await expect(overview(page).locator(`a.tl-event[data-event="${e.id}"]`)).toBeHidden();
    }
    await expect(page.locator('.tl-list > li:visible')).toHaveCount(events.length - hidden.length);
    await expect(live(page)).toHaveText(`Showing ${events.length - hidden.length} of ${events.length} events.`);

    // The keyboard skips what is filtered out.
    const shown = (await listOrder(page)).filter((id) => !hidden.some((h) => h.id === id));
    await overview(page).locator('a.tl-event[tabindex="0"]').focus();
    for (let i = 1; i < shown.length; i++) await page.keyboard.press('ArrowRight');
    expect(await focusedEvent(page)).toBe(shown.at(-1));

    // All categories off: the list says so.
    for (const name of [/Policy and enforcement/, /Rescues and escapes/, /Reports and response/]) await page.getByRole('button', { name }).click();
    await expect(page.locator('[data-tl-empty]')).toBeVisible();
    await button.click();
    await expect(page.locator('[data-tl-empty]')).toBeHidden();
    await expect(page.locator('.tl-list > li:visible')).toHaveCount(hidden.length);
  });

  test('a deep link opens its event, on load and on hashchange', async ({ page }) => {
    const target = events.find((e) => e.category === 'rescues-escapes' && e.date.startsWith('2022-09'))!;
    await gotoPage(page, `${PATH}#event-${target.id}`);
    const li = page.locator(`#event-${target.id}`);
    await expect(li).toHaveClass(/is-selected/);
    await expect(li).toBeInViewport();
    await expect(page.locator('[data-tl-detail] .tl-title')).toHaveText(target.title);
    await expect(overview(page).locator(`a.tl-event[data-event="${target.id}"]`)).toHaveClass(/is-selected/);

    // Hash change to an event whose category is filtered out: the filter lets it through.
    const other = events.find((e) => e.category === 'reports-response')!;
    await page.getByRole('button', { name: /Reports and response/ }).click();
    await expect(page.locator(`#event-${other.id}`)).toBeHidden();
    await page.evaluate((id) => (location.hash = `#event-${id}`), other.id);
    await expect(page.locator(`#event-${other.id}`)).toHaveClass(/is-selected/);
    await expect(page.locator(`#event-${other.id}`)).toBeVisible();
    await expect(page.getByRole('button', { name: /Reports and response/ })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator(`#event-${target.id}`)).not.toHaveClass(/is-selected/);
  });

  test('story steps highlight a range or an event through chart:state and data-state', async ({ page }) => {
    await gotoPage(page, PATH);
    const root = page.locator('[data-chart="crackdown-timeline"]');
    const range = overview(page).locator('rect.tl-range');
    await expect(range).toHaveAttribute('visibility', 'hidden');

    await root.evaluate((el) => el.dispatchEvent(new CustomEvent('chart:state', { detail: { range: ['2022-09-01', '2022-09-30'] } })));
    await expect(root).toHaveAttribute('data-state', 'range:2022-09-01/2022-09-30');
    await expect(range).not.toHaveAttribute('visibility', 'hidden');
    const inSeptember = events.filter((e) => e.date.startsWith('2022-09'));
    for (const e of inSeptember) await expect(overview(page).locator(`a.tl-event[data-event="${e.id}"]`)).toHaveClass(/is-highlighted/);
    const before = events.find((e) => e.date < '2022')!;
    await expect(overview(page).locator(`a.tl-event[data-event="${before.id}"]`)).toHaveClass(/is-dimmed/);

    const one = inSeptember[0]!;
    await root.evaluate((el, id) => el.dispatchEvent(new CustomEvent('chart:state', { detail: { event: id } })), one.id);
    await expect(overview(page).locator('a.tl-event.is-highlighted')).toHaveCount(1);
    await expect(overview(page).locator(`a.tl-event[data-event="${one.id}"]`)).toHaveClass(/is-highlighted/);
    await expect(range).toHaveAttribute('visibility', 'hidden');

    // A named state set as an attribute, then back to the overview.
    await root.evaluate((el) => el.setAttribute('data-state', 'crackdown'));
    await expect(range).not.toHaveAttribute('visibility', 'hidden');
    await root.evaluate((el) => el.dispatchEvent(new CustomEvent('chart:state', { detail: { state: 'overview' } })));
    await expect(overview(page).locator('a.tl-event.is-dimmed')).toHaveCount(0);
  });

  test('on a phone the compact overview is shown and a tap near a dot selects it', async ({ page }) => {
    await gotoPage(page, PATH, { width: PHONE });
    const svg = overview(page);
    await expect(svg).toHaveAttribute('data-layout', 'compact');
    const box = (await svg.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(PHONE);
    const mark = svg.locator('a.tl-event').first();
    const dot = (await mark.locator('.tl-dot').boundingBox())!;
    // Tap just below the dot, off the mark itself.
    await page.mouse.click(dot.x + dot.width / 2, dot.y + dot.height + 6);
    await expect(page.locator('[data-tl-detail]')).toBeVisible();
    await expect(mark).toHaveClass(/is-selected/);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the timeline passes axe (${theme}), with an event selected`, async ({ page }) => {
      await gotoPage(page, `${PATH}#event-${events[5]!.id}`, { theme });
      const violations = await axe(page, { include: '[data-chart="crackdown-timeline"]' });
      expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
    });
  }
});

test.describe('crackdown timeline layout', () => {
  for (const width of [PHONE, DESKTOP]) {
    for (const theme of ['light', 'dark'] as const) {
      test(`fits the screen at ${width} px (${theme}); screenshot in screenshots/`, async ({ page }) => {
        await gotoPage(page, PATH, { width, theme });
        await page.evaluate(() => document.fonts.ready);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const svg = (await overview(page).boundingBox())!;
        expect(svg.x).toBeGreaterThanOrEqual(0);
        expect(svg.x + svg.width).toBeLessThanOrEqual(width);
        // Every label drawn stays inside the drawing.
        const outside = await overview(page).evaluate((el) => {
          const box = el.getBoundingClientRect();
          return Array.from(el.querySelectorAll('text'), (t) => t.getBoundingClientRect()).filter(
            (r) => r.left < box.left - 1 || r.right > box.right + 1,
          ).length;
        });
        expect(outside).toBe(0);
        await overview(page).locator('a.tl-event').nth(8).locator('.tl-dot').click();
        // The figure's head, overview, details and the first entries of the list (the whole list is pages long).
        const figure = (await page.locator('#crackdown-timeline').boundingBox())!;
        const top = figure.y + (await page.evaluate(() => window.scrollY));
        await page.screenshot({
          path: `screenshots/crackdown-timeline-${width}-${theme}.png`,
          fullPage: true,
          clip: { x: 0, y: Math.max(0, top - 16), width, height: width < 600 ? 1500 : 1250 },
        });
      });
    }
  }
});
