/**
 * /present/ in a real browser: every key a presenter or a clicker uses, deep links and the back button,
 * blanking, full screen, the overview, help, high contrast, swipe and the on-screen buttons, the speaker
 * window following and driving the main one, type sizes on a 1280x720 screen, the no-JS sequence and print.
 */
import type { Page } from '@playwright/test';
import { axe, expect, siteUrl, test } from './fixtures';
import { countPdfPages } from './pdfPages';

const PATH = '/present/';

async function openDeck(page: Page, hash = '', size = { width: 1280, height: 720 }): Promise<void> {
  await page.setViewportSize(size);
  await page.goto(siteUrl(PATH + hash), { waitUntil: 'load' });
  await expect(page.locator('[data-deck][data-deck-ready]')).toHaveCount(1);
}

const current = (page: Page) => page.locator('[data-slide][data-current]');
const slideCount = (page: Page) => page.locator('[data-slide]').count();

/** Expects slide `n` on screen, in the address and in the count. */
async function expectSlide(page: Page, n: number): Promise<void> {
  await expect(current(page)).toHaveAttribute('id', `slide-${n}`);
  await expect(page).toHaveURL(new RegExp(`#slide-${n}$`));
  await expect(page.locator(`#slide-${n}`)).toBeVisible();
  await expect(page.locator('[data-slide]:visible')).toHaveCount(1);
}

test.describe('presentation keys', () => {
  const forward = [
    ['ArrowRight', 'ArrowRight'],
    ['Space', ' '],
    ['PageDown (clicker)', 'PageDown'],
    ['N', 'n'],
    ['Shift+N', 'N'],
    ['ArrowDown', 'ArrowDown'],
  ] as const;
  const backward = [
    ['ArrowLeft', 'ArrowLeft'],
    ['Shift+Space', 'Shift+Space'],
    ['PageUp (clicker)', 'PageUp'],
    ['P', 'p'],
    ['ArrowUp', 'ArrowUp'],
  ] as const;

  test('every next key goes to the next slide, every previous key to the previous one', async ({ page }) => {
    await openDeck(page, '#slide-2');
    let n = 2;
    for (const [name, key] of forward) {
      await test.step(name, async () => {
        await page.keyboard.press(key === ' ' ? 'Space' : key);
        await expectSlide(page, ++n);
      });
    }
    for (const [name, key] of backward) {
      await test.step(name, async () => {
        await page.keyboard.press(key);
        await expectSlide(page, --n);
      });
    }
  });

  test('Home and End go to the first and last slide; the ends hold', async ({ page }) => {
    await openDeck(page, '#slide-4');
    const total = await slideCount(page);
    await page.keyboard.press('End');
    await expectSlide(page, total);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, total);
    await page.keyboard.press('Home');
    await expectSlide(page, 1);
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 1);
  });

  test('the count and the progress bar follow the slide', async ({ page }) => {
    await openDeck(page, '#slide-3');
    const total = await slideCount(page);
    await expect(page.locator('.deck-bar [data-deck-count]')).toHaveText(`3 / ${total}`);
    await expect(page.locator('[data-deck-progress]')).toHaveJSProperty('value', 3);
    await expect(page.locator('[data-deck-progress]')).toHaveJSProperty('max', total);
    await page.keyboard.press('End');
    await expect(page.locator('.deck-bar [data-deck-count]')).toHaveText(`${total} / ${total}`);
    await expect(page.locator('[data-deck-progress]')).toHaveJSProperty('value', total);
  });

  test('keys with Ctrl, Alt or Meta are left to the browser', async ({ page }) => {
    await openDeck(page, '#slide-2');
    await page.keyboard.press('Control+ArrowRight');
    await page.keyboard.press('Alt+n');
    await expectSlide(page, 2);
  });

  test('B, Shift+B and . blank the screen; any key brings it back without moving', async ({ page }) => {
    await openDeck(page, '#slide-2');
    const blank = page.locator('[data-deck-blank]');
    await expect(blank).toBeHidden();
    for (const [key, back] of [['b', 'ArrowRight'], ['B', 'x'], ['.', 'PageDown'], ['b', 'b']] as const) {
      await test.step(`${key}, then ${back}`, async () => {
        await page.keyboard.press(key);
        await expect(blank).toBeVisible();
        // The blank covers the whole window.
        expect(await blank.boundingBox()).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
        await page.keyboard.press(back);
        await expect(blank).toBeHidden();
        await expectSlide(page, 2);
      });
    }
  });

  test('F toggles full screen and Escape leaves it', async ({ page }) => {
    await openDeck(page);
    const isFull = () => page.evaluate(() => document.fullscreenElement !== null);
    await page.keyboard.press('f');
    await expect.poll(isFull).toBe(true);
    await page.keyboard.press('f');
    await expect.poll(isFull).toBe(false);
    await page.keyboard.press('F');
    await expect.poll(isFull).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(isFull).toBe(false);
    await expectSlide(page, 1);
  });

  test('O opens an overview of every slide to jump from, with the keyboard or a click', async ({ page }) => {
    await openDeck(page, '#slide-2');
    const total = await slideCount(page);
    const overview = page.locator('[data-deck-overview]');
    await page.keyboard.press('o');
    await expect(overview).toBeVisible();
    await expect(overview.locator('[data-goto]')).toHaveCount(total);
    await expect(overview.locator('[data-goto="2"]')).toHaveAttribute('aria-current', 'true');
    await expect(overview.locator('[data-goto="2"]')).toBeFocused();
    // Keys work the overview while it is open: arrows do not move the slides behind it.
    await page.keyboard.press('ArrowRight');
    await expect(current(page)).toHaveAttribute('id', 'slide-2');
    await page.keyboard.press('Tab');
    await expect(overview.locator('[data-goto="3"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(overview).toBeHidden();
    await expectSlide(page, 3);
    await page.keyboard.press('O');
    await expect(overview).toBeVisible();
    await overview.locator(`[data-goto="${total}"]`).click();
    await expect(overview).toBeHidden();
    await expectSlide(page, total);
    // O again, or Escape, closes it where it was.
    await page.keyboard.press('o');
    await expect(overview).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(overview).toBeHidden();
    await page.keyboard.press('o');
    await page.keyboard.press('o');
    await expect(overview).toBeHidden();
    await expectSlide(page, total);
  });

  test('? lists the keys; ? or Escape closes the list', async ({ page }) => {
    await openDeck(page);
    const help = page.locator('[data-deck-help]');
    await page.keyboard.press('?');
    await expect(help).toBeVisible();
    for (const key of ['Page Down', 'Page Up', 'Shift + Space', 'Home', 'End', 'B', 'F', 'Esc', 'O', 'S', 'C', 'T', 'R', '?']) {
      await expect(help.locator('kbd', { hasText: new RegExp(`^${key.replace(/[?+]/g, '\\$&')}$`) }).first()).toBeVisible();
    }
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await page.keyboard.press('?');
    await expect(help).toBeVisible();
    await page.keyboard.press('?');
    await expect(help).toBeHidden();
  });

  test('C turns high contrast on and off, and the choice is remembered', async ({ page }) => {
    await openDeck(page);
    const html = page.locator('html');
    await page.keyboard.press('c');
    await expect(html).toHaveClass(/deck-contrast/);
    await expect(page.locator('.deck-bar [data-deck-action="contrast"]')).toHaveAttribute('aria-pressed', 'true');
    const bg = await page.locator('[data-current] .slide').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(bg).toBe('rgb(0, 0, 0)');
    await page.reload();
    await expect(page.locator('[data-deck][data-deck-ready]')).toHaveCount(1);
    await expect(html).toHaveClass(/deck-contrast/);
    await page.locator('.deck-bar [data-deck-action="contrast"]').click();
    await expect(html).not.toHaveClass(/deck-contrast/);
  });

  test('the on-screen buttons move, open the overview and the help', async ({ page }) => {
    await openDeck(page);
    const bar = page.locator('.deck-bar');
    await bar.getByRole('button', { name: 'Next slide' }).click();
    await expectSlide(page, 2);
    await bar.getByRole('button', { name: 'Next slide' }).click();
    await expectSlide(page, 3);
    await bar.getByRole('button', { name: 'Previous slide' }).click();
    await expectSlide(page, 2);
    await bar.getByRole('button', { name: 'Overview' }).click();
    await expect(page.locator('[data-deck-overview]')).toBeVisible();
    await page.keyboard.press('Escape');
    await bar.getByRole('button', { name: 'Keys' }).click();
    await expect(page.locator('[data-deck-help]')).toBeVisible();
  });

  test('a swipe on a touch screen moves a slide either way; a short or vertical stroke does not', async ({ page }) => {
    await openDeck(page, '#slide-2');
    const swipe = (x0: number, x1: number, y0 = 400, y1 = 400) =>
      page.locator('[data-deck-stage]').evaluate(
        (el, [a = 0, b = 0, c = 0, d = 0]) => {
          el.dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', clientX: a, clientY: c, bubbles: true }));
          el.dispatchEvent(new PointerEvent('pointerup', { pointerType: 'touch', clientX: b, clientY: d, bubbles: true }));
        },
        [x0, x1, y0, y1],
      );
    await swipe(900, 500);
    await expectSlide(page, 3);
    await swipe(400, 800);
    await expectSlide(page, 2);
    await swipe(600, 580);
    await swipe(600, 660, 100, 600);
    await expectSlide(page, 2);
  });
});

test.describe('slides in the address', () => {
  test('a deep link by number or by name opens that slide; an unknown one opens the first', async ({ page }) => {
    await openDeck(page, '#slide-4');
    await expectSlide(page, 4);
    const slug = await page.locator('#slide-5').getAttribute('data-slug');
    expect(slug).toBeTruthy();
    await openDeck(page, `#${slug}`);
    await expect(current(page)).toHaveAttribute('id', 'slide-5');
    await expect(page).toHaveURL(/#slide-5$/);
    await page.goto('about:blank');
    await openDeck(page, '#slide-999');
    await expectSlide(page, 1);
    // Other in-page addresses (the skip link's #main) leave the slide alone.
    await page.keyboard.press('End');
    const total = await slideCount(page);
    await page.evaluate(() => (location.hash = '#main'));
    await expect(current(page)).toHaveAttribute('id', `slide-${total}`);
  });

  test('the back button goes to the previous slide, forward to the next', async ({ page }) => {
    await openDeck(page);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3);
    await page.goBack();
    await expectSlide(page, 2);
    await page.goBack();
    await expectSlide(page, 1);
    await page.goForward();
    await expectSlide(page, 2);
    await page.keyboard.press('End');
    const total = await slideCount(page);
    await expectSlide(page, total);
    await page.goBack();
    await expectSlide(page, 2);
  });
});

test.describe('speaker view', () => {
  test('S opens a second window that follows the main one and drives it', async ({ page }) => {
    await openDeck(page, '#slide-2');
    const popupPromise = page.context().waitForEvent('page');
    await page.keyboard.press('s');
    const speaker = await popupPromise;
    await speaker.waitForLoadState('load');
    await expect(speaker).toHaveURL(/\/present\/\?speaker#slide-2$/);
    await expect(speaker.locator('[data-deck][data-deck-ready]')).toHaveCount(1);
    const view = speaker.locator('[data-speaker-view]');
    await expect(view).toBeVisible();
    const title = (n: number) => page.locator(`#slide-${n} .slide-title`).innerText();
    const nowTitle = view.locator('[data-speaker-current] .slide-title');
    const nextTitle = view.locator('[data-speaker-next] .slide-title');
    await expect(nowTitle).toHaveText(await title(2));
    await expect(nextTitle).toHaveText(await title(3));
    // Notes: talking points and the sources behind the slide.
    const notes = view.locator('[data-speaker-notes]');
    await expect(notes.locator('.notes-points li').first()).toBeVisible();
    await expect(notes.locator('.notes-sources li').first()).toBeVisible();
    await expect(notes).toContainText(await page.locator('#slide-2 .notes-points li').first().innerText());
    // The clock runs.
    const clock = view.locator('[data-speaker-clock]');
    await expect(clock).toHaveText(/^\d\d:\d\d$/);
    await expect(clock).not.toHaveText('00:00', { timeout: 4000 });
    // The main window drives the speaker window...
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 3);
    await expect(speaker).toHaveURL(/#slide-3$/);
    await expect(nowTitle).toHaveText(await title(3));
    await expect(nextTitle).toHaveText(await title(4));
    await expect(view.locator('[data-deck-count]')).toContainText('3 / ');
    // ...and a key in the speaker window moves both.
    await speaker.bringToFront();
    await speaker.keyboard.press('ArrowRight');
    await expect(nowTitle).toHaveText(await title(4));
    await expectSlide(page, 4);
    await speaker.keyboard.press('PageUp');
    await expectSlide(page, 3);
    await speaker.keyboard.press('End');
    const total = await slideCount(page);
    await expectSlide(page, total);
    await expect(view.locator('[data-speaker-next]')).toContainText('End of the slides');
    // Its buttons and blanking drive the room's screen too.
    await speaker.getByRole('button', { name: '← Previous' }).click();
    await expectSlide(page, total - 1);
    await speaker.keyboard.press('b');
    await expect(page.locator('[data-deck-blank]')).toBeVisible();
    await speaker.keyboard.press('x');
    await expect(page.locator('[data-deck-blank]')).toBeHidden();
    await expectSlide(page, total - 1);
    expect(await axe(speaker, { include: '[data-speaker-view]' })).toEqual([]);
  });
});

test.describe('speaker clock', () => {
  test('T or the button pauses and restarts it, R or the button sets it to 00:00; keys in the main window reach it', async ({ page }) => {
    // A fake clock in both windows: time moves only when the test says so.
    await page.context().clock.install({ time: new Date('2026-09-01T09:00:00Z') });
    await openDeck(page);
    await page.context().clock.pauseAt(new Date('2026-09-01T10:00:00Z'));
    const popupPromise = page.context().waitForEvent('page');
    await page.keyboard.press('s');
    const speaker = await popupPromise;
    await speaker.waitForLoadState('load');
    await expect(speaker.locator('[data-deck][data-deck-ready]')).toHaveCount(1);
    const view = speaker.locator('[data-speaker-view]');
    const clock = view.locator('[data-speaker-clock]');
    const pause = view.getByRole('button', { name: 'Pause clock' });
    const reset = view.getByRole('button', { name: 'Reset clock' });
    await expect(clock).toHaveText('00:00');
    await page.context().clock.runFor(65_000);
    await expect(clock).toHaveText('01:05');
    await expect(clock).toHaveAttribute('datetime', 'PT1M5S');
    // T pauses: time passes, the clock holds, and says so.
    await speaker.bringToFront();
    await speaker.keyboard.press('t');
    await expect(pause).toHaveAttribute('aria-pressed', 'true');
    await expect(view.locator('.speaker-clock')).toContainText('paused');
    await page.context().clock.runFor(30_000);
    await expect(clock).toHaveText('01:05');
    // The button restarts it from where it stood.
    await pause.click();
    await expect(pause).toHaveAttribute('aria-pressed', 'false');
    await expect(view.locator('.speaker-clock')).not.toContainText('paused');
    await page.context().clock.runFor(10_000);
    await expect(clock).toHaveText('01:15');
    // R sets it back to 00:00 and it runs on.
    await speaker.keyboard.press('r');
    await expect(clock).toHaveText('00:00');
    await page.context().clock.runFor(3_000);
    await expect(clock).toHaveText('00:03');
    // The reset button, and keys pressed in the room's window, work the speaker's clock too; the slide stays.
    await reset.click();
    await expect(clock).toHaveText('00:00');
    await page.bringToFront();
    await page.keyboard.press('T');
    await expect(pause).toHaveAttribute('aria-pressed', 'true');
    await page.context().clock.runFor(5_000);
    await expect(clock).toHaveText('00:00');
    await page.keyboard.press('t');
    await expect(pause).toHaveAttribute('aria-pressed', 'false');
    await expectSlide(page, 1);
    // axe runs on timers: let time flow again.
    await page.context().clock.resume();
    expect(await axe(speaker, { include: '[data-speaker-view]' })).toEqual([]);
  });
});

test.describe('legible from the back of the room', () => {
  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    test(`at ${size.width}x${size.height}: body text at least 28px, chart labels at least 16px, nothing outside the slide`, async ({ page }) => {
      await openDeck(page, '', size);
      const total = await slideCount(page);
      const scale = size.width / 1280;
      const charted = new Set<string>();
      for (let n = 1; n <= total; n++) {
        await expectSlide(page, n);
        const m = await current(page).evaluate((wrap) => {
          const slide = wrap.querySelector<HTMLElement>('.slide')!;
          const box = slide.getBoundingClientRect();
          const body = [...slide.querySelectorAll<HTMLElement>('.slide-body p, .slide-quote p')].map((p) => parseFloat(getComputedStyle(p).fontSize));
          const labels = [...slide.querySelectorAll<SVGTextContentElement>('svg text, svg tspan')]
            .filter((t) => !(t.tagName === 'text' && t.querySelector('tspan')) && t.getBoundingClientRect().width > 0)
            .map((t) => ({ text: t.textContent, px: parseFloat(getComputedStyle(t).fontSize) * (t.ownerSVGElement!.getScreenCTM()!.a) }));
          const blocks = [...slide.querySelectorAll<HTMLElement>('.slide-text > *, .slide-chart-art svg:not(svg svg)')].filter((el) => el.getBoundingClientRect().height > 0);
          const outside = blocks.filter((el) => {
            const r = el.getBoundingClientRect();
            return r.top < box.top - 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1 || r.right > box.right + 1;
          }).map((el) => el.getAttribute('class') ?? el.tagName);
          return { body, labels, outside, chart: slide.querySelector('[data-slide-chart]')?.getAttribute('data-slide-chart') ?? null, box: { w: box.width, h: box.height } };
        });
        if (m.chart) charted.add(m.chart);
        // A chart's labels are measured, not skipped (a drawing hidden by its size class would be).
        if (m.chart) expect(m.labels.length, `slide ${n}: ${m.chart} labels measured`).toBeGreaterThan(8);
        expect(m.box.w, `slide ${n} fills the width`).toBeCloseTo(size.width, 0);
        for (const px of m.body) expect(px, `slide ${n}: body text`).toBeGreaterThanOrEqual(28 * scale - 0.01);
        const small = m.labels.filter((l) => l.px < 16 * scale - 0.01);
        expect(small, `slide ${n}: chart labels under ${16 * scale}px`).toEqual([]);
        expect(m.outside, `slide ${n}: content outside the slide`).toEqual([]);
        await page.keyboard.press('ArrowRight');
      }
      // Every chart of the story is on some slide, the nationality chart included.
      expect([...charted].sort()).toEqual(['crackdown-timeline', 'rescues-by-nationality', 'trafficking-routes']);
    });
  }

  test('each slide draws its chart in its own named state', async ({ page }) => {
    await openDeck(page);
    const charts = page.locator('[data-slide] [data-slide-chart]');
    expect(await charts.count()).toBeGreaterThan(0);
    for (const chart of await charts.all()) {
      const state = await chart.getAttribute('data-slide-state');
      expect(state).toBeTruthy();
      await expect(chart.locator('[data-state]').first()).toHaveAttribute('data-state', state!);
    }
  });

  test("the nationality chart's slides draw the rows of their state: one nationality, or one kind of count", async ({ page }) => {
    await openDeck(page);
    const charts = page.locator('[data-slide] [data-slide-chart="rescues-by-nationality"]');
    const states = await charts.evaluateAll((els) => els.map((el) => el.getAttribute('data-slide-state')!));
    expect(states.some((s) => s.startsWith('country:'))).toBe(true);
    expect(states.some((s) => s.startsWith('kind:'))).toBe(true);
    for (const chart of await charts.all()) {
      const state = (await chart.getAttribute('data-slide-state'))!;
      if (state === 'all') continue;
      const svg = chart.locator('svg.rescue-svg');
      await expect(svg).toHaveCount(1);
      const drawn = await svg.evaluate((el) => ({
        rows: [...el.querySelectorAll('.rescue-row')].map((r) => r.getAttribute('data-country')),
        kinds: [...el.querySelectorAll('.rescue-row [data-kind]')].map((k) => ({ kind: k.getAttribute('data-kind')!, cls: k.getAttribute('class') ?? '' })),
        dimmed: el.querySelectorAll('.is-dimmed').length,
      }));
      expect(drawn.rows.length, state).toBeGreaterThan(0);
      expect(drawn.kinds.length, state).toBeGreaterThan(0);
      // What the state would dim is left out, not drawn faintly.
      expect(drawn.dimmed, state).toBe(0);
      if (state.startsWith('country:')) expect(new Set(drawn.rows), state).toEqual(new Set([state.slice(8)]));
      else {
        const kind = state.slice(5);
        for (const k of drawn.kinds) expect(k.kind === kind || k.cls.split(/\s+/).includes(`kind-${kind}`), `${state}: ${k.kind}`).toBe(true);
        expect(drawn.rows.length, state).toBeGreaterThan(1);
      }
    }
  });
});

  test('the whole nationality chart is on consecutive slides in parts: every figure on exactly one, on one shared axis, as on its own page', async ({ page }) => {
    // The chart on its own page, drawn whole in state `all` (the wide drawing).
    await page.goto(siteUrl('/charts/rescues-by-nationality/'), { waitUntil: 'load' });
    // A nationality's row as a reader sees it: every word and number in it, and how many dots.
    const whole = await page.locator('[data-chart="rescues-by-nationality"] svg.rescue-svg.is-wide').first().evaluate((svg) => ({
      rows: [...svg.querySelectorAll('.rescue-row')].map((r) => ({
        country: r.getAttribute('data-country')!,
        text: [...r.querySelectorAll('text')].map((t) => t.textContent).join(' | '),
        dots: r.querySelectorAll('circle').length,
      })),
      noCount: svg.querySelector('.rescue-nocount-block')?.textContent ?? '',
    }));
    expect(whole.rows.length).toBeGreaterThan(4);
    expect(whole.rows.reduce((n, r) => n + r.dots, 0)).toBeGreaterThan(whole.rows.length);
    expect(whole.noCount).not.toBe('');

    await openDeck(page);
    const parts = page.locator('[data-slide]:has([data-slide-chart="rescues-by-nationality"][data-slide-state="all"])');
    const drawn = await parts.evaluateAll((slides) =>
      slides.map((slide) => {
        const chart = slide.querySelector('[data-slide-chart]')!;
        const svgs = chart.querySelectorAll('svg.rescue-svg');
        const svg = svgs[0]!;
        return {
          n: Number(slide.id.slice('slide-'.length)),
          part: chart.getAttribute('data-slide-part'),
          svgs: svgs.length,
          title: slide.querySelector('.slide-title')!.textContent,
          rows: [...svg.querySelectorAll('.rescue-row')].map((r) => ({
            country: r.getAttribute('data-country')!,
            text: [...r.querySelectorAll('text')].map((t) => t.textContent).join(' | '),
            dots: r.querySelectorAll('circle').length,
          })),
          ticks: [...svg.querySelectorAll('.rescue-axis text')].map((t) => `${t.textContent}@${t.closest('g')!.getAttribute('transform') ?? ''}${t.getAttribute('transform') ?? ''}${t.getAttribute('x') ?? ''}`),
          dimmed: svg.querySelectorAll('.is-dimmed').length,
          noCount: svg.querySelector('.rescue-nocount-block')?.textContent ?? '',
        };
      }),
    );
    expect(drawn.length).toBeGreaterThan(1);
    // One slide after another, "1 of N" to "N of N", each one drawing.
    drawn.forEach((d, i) => {
      expect(d.n).toBe(drawn[0]!.n + i);
      expect(d.part).toBe(`${i + 1}/${drawn.length}`);
      expect(d.title).toContain(`${i + 1} of ${drawn.length}`);
      expect(d.svgs).toBe(1);
      expect(d.rows.length).toBeGreaterThan(0);
      expect(d.dimmed).toBe(0);
      // The same axis on every part.
      expect(d.ticks).toEqual(drawn[0]!.ticks);
    });
    expect(drawn[0]!.ticks.length).toBeGreaterThan(2);
    // Every nationality on one part only, in the chart's order, each row as the whole chart draws it: every
    // figure (dot), number, kind, date and source once.
    expect(drawn.flatMap((d) => d.rows)).toEqual(whole.rows);
    // The embassies that reported no count close the last part, as they close the chart.
    expect(drawn.at(-1)!.noCount).toBe(whole.noCount);
    expect(drawn.slice(0, -1).every((d) => d.noCount === '')).toBe(true);
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    test(`at ${size.width}x${size.height}: the nationality chart's slides keep it inside the slide, clear of the words and the buttons`, async ({ page }) => {
      await openDeck(page, '', size);
      const slides = await page.locator('[data-slide]:has([data-slide-chart="rescues-by-nationality"])').evaluateAll((els) => els.map((el) => el.id));
      expect(slides.length).toBeGreaterThan(3);
      for (const id of slides) {
        await openDeck(page, `#${id}`, size);
        await expect(current(page)).toHaveAttribute('id', id);
        const m = await current(page).evaluate((wrap) => {
          const box = (el: Element) => {
            const r = el.getBoundingClientRect();
            return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, name: el.getAttribute('class') ?? el.tagName };
          };
          const svg = [...wrap.querySelectorAll('.slide-chart-art svg.rescue-svg')].filter((el) => el.getBoundingClientRect().height > 0);
          // The drawing's own extent: its marks, not the box CSS gives the element.
          const marks = svg.flatMap((s) => [...s.querySelectorAll('text, circle, line, path, rect')].filter((el) => el.getBoundingClientRect().width > 0 || el.getBoundingClientRect().height > 0));
          const ext = marks.map(box).reduce((a, b) => ({ top: Math.min(a.top, b.top), bottom: Math.max(a.bottom, b.bottom), left: Math.min(a.left, b.left), right: Math.max(a.right, b.right), name: 'chart' }));
          const others = [...wrap.querySelectorAll('.slide-text > *, .slide-number'), ...document.querySelectorAll('.deck-bar, .deck-progress')].filter((el) => el.getBoundingClientRect().height > 0).map(box);
          return { svgs: svg.length, slide: box(wrap.querySelector('.slide')!), chart: ext, svgBox: svg[0] ? box(svg[0]) : null, others };
        });
        expect(m.svgs, id).toBe(1);
        const { slide, chart } = m;
        expect(chart.top, `${id}: chart top inside the slide`).toBeGreaterThanOrEqual(slide.top - 0.5);
        expect(chart.bottom, `${id}: chart bottom inside the slide`).toBeLessThanOrEqual(slide.bottom + 0.5);
        expect(chart.left, `${id}: chart left inside the slide`).toBeGreaterThanOrEqual(slide.left - 0.5);
        expect(chart.right, `${id}: chart right inside the slide`).toBeLessThanOrEqual(slide.right + 0.5);
        // The drawing's box too: nothing of it is cut off.
        expect(m.svgBox!.bottom, `${id}: svg inside the slide`).toBeLessThanOrEqual(slide.bottom + 0.5);
        const overlaps = m.others.filter((o) => o.left < chart.right && o.right > chart.left && o.top < chart.bottom && o.bottom > chart.top).map((o) => o.name);
        expect(overlaps, `${id}: what the chart overlaps`).toEqual([]);
      }
    });
  }

test.describe('without JavaScript, and on paper', () => {
  test('without JavaScript the slides are a readable sequence with their notes', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(siteUrl(PATH), { waitUntil: 'load' });
    const slides = page.locator('[data-slide]');
    const total = await slides.count();
    expect(total).toBeGreaterThan(5);
    await expect(page.locator('[data-slide]:visible')).toHaveCount(total);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // One under another, in order.
    const tops = await slides.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().top));
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    await expect(page.locator('.slide-notes')).toHaveCount(total);
    await expect(page.locator('.deck-bar')).toBeHidden();
    await expect(page.locator('[data-deck-progress]')).toBeHidden();
    // Charts are drawn in the HTML.
    await expect(page.locator('[data-slide] [data-slide-chart] svg').first()).toBeVisible();
    // An address still reaches its slide.
    await page.goto(siteUrl(`${PATH}#slide-3`));
    await expect(page.locator('#slide-3')).toBeInViewport();
    // On a phone the slides flow as text at a readable size.
    await page.setViewportSize({ width: 375, height: 812 });
    const px = await page.locator('#slide-2 .slide-title').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(px).toBeGreaterThanOrEqual(20);
    // Every chart is still drawn there (the nationality chart's too: its box is no size container there).
    for (const svg of await page.locator('[data-slide] .slide-chart-art svg:not(svg svg)').all()) {
      if (!(await svg.isVisible())) continue;
      const box = (await svg.boundingBox())!;
      expect(box.width, 'a chart on a phone without JavaScript').toBeGreaterThan(200);
      expect(box.height, 'a chart on a phone without JavaScript').toBeGreaterThan(40);
    }
    expect(await page.locator('[data-slide] .slide-chart-art svg.rescue-svg:visible').count()).toBeGreaterThan(3);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await context.close();
  });

  test('printing gives one slide per page, without the controls or the notes', async ({ page }) => {
    await openDeck(page, '#slide-3');
    const total = await slideCount(page);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('[data-slide]:visible')).toHaveCount(total);
    await expect(page.locator('.deck-bar')).toBeHidden();
    await expect(page.locator('.slide-notes').first()).toBeHidden();
    const sizes = await page.locator('[data-slide] > .slide').evaluateAll((els) => els.map((e) => [Math.round(e.getBoundingClientRect().width), Math.round(e.getBoundingClientRect().height)]));
    for (const s of sizes) expect(s).toEqual([1280, 720]);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    expect(countPdfPages(pdf)).toBe(total);
  });
});
