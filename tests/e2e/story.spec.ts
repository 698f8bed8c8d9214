/**
 * The story at `/` in a browser: scrolling drives the sticky graphic's live charts through each step's state
 * (asserted on the SVG: what is highlighted, dimmed, zoomed), back up as well as down, after a section link,
 * a resize and a turn of the phone; same-chart steps move the chart in place (a transition runs on the same
 * elements), and under reduced motion nothing animates; without JavaScript and in print every step carries
 * its own figure in its state. The site-wide audit
 * (site.spec.ts) also runs axe on `/`; here axe runs with the graphic in use, in both themes.
 */
import type { Locator, Page } from '@playwright/test';
import { axe, expect, gotoPage, PHONE, test } from './fixtures';
import { countPdfPages, readPdf } from './pdfPages';
import { readFileSync } from 'node:fs';

interface StepInfo {
  id: string;
  chart: string;
  state: string;
  section: string;
}

async function stepsOf(page: Page): Promise<StepInfo[]> {
  return page.locator('[data-step]').evaluateAll((els) =>
    els.map((el) => ({
      id: el.id,
      chart: (el as HTMLElement).dataset['stepChart']!,
      state: (el as HTMLElement).dataset['stepState']!,
      section: el.closest('section')!.id,
    })),
  );
}

/** When the graphic sits beside the text rather than above it (story.client.ts, story.graphic.css). */
const SIDE_BY_SIDE = '(min-width: 900px), (min-width: 640px) and (orientation: landscape)';

/** Scrolls so the step's top sits just above the line where it triggers (60% down beside, 80% above). */
async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate(
    ([stepId, query]) => {
      const el = document.getElementById(stepId)!;
      const line = matchMedia(query).matches ? 0.6 : 0.8;
      scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * (line - 0.15));
    },
    [id, SIDE_BY_SIDE] as const,
  );
}

/** The SVG of a figure the reader sees (the rendering its container query shows). */
const shownSvg = (figure: Locator) => figure.locator('svg:is(.rm-svg, .rescue-svg, .tl-svg):visible').first();

/** Asserts on the SVG that `figure` shows `state`: highlighted, dimmed and zoomed as the state says. */
async function expectFigureState(figure: Locator, chart: string, state: string): Promise<void> {
  await expect(figure).toHaveAttribute('data-chart-state', state);
  const svg = shownSvg(figure);
  await expect(svg).toBeVisible();
  if (chart === 'trafficking-routes') {
    const root = figure.locator('.routes-map');
    await expect(root).toHaveAttribute('data-state', state);
    const region = svg.locator('.rm-panel--region');
    if (state.startsWith('origin:')) {
      const code = state.slice(7);
      await expect(region.locator(`.rm-route.is-active[data-nationality="${code}"]`).first()).toHaveCSS('opacity', '1');
      await expect(region.locator(`.rm-route:not(.is-active)`).first()).toHaveCSS('opacity', '0.16');
      await expect(region.locator(`.rm-country.is-active[data-nationality="${code}"]`)).toHaveCount(1);
    } else {
      await expect(svg.locator('.is-active')).toHaveCount(0);
    }
    if (state === 'overview') await expect(region.locator('.rm-route').first()).toHaveCSS('opacity', '1');
    if (state === 'all-origins') await expect(region.locator('.rm-route--out-of-cambodia').first()).toHaveCSS('opacity', '0.16');
    if (state === 'cambodia') {
      await expect(region.locator('.rm-route').first()).toHaveCSS('opacity', '0.16');
      await expect(svg.locator('.rm-panel-frame--closeup')).toHaveCSS('stroke-width', '2px');
    }
    const closeup = svg.locator('.rm-panel--closeup');
    const zoomed = await closeup.evaluate((el) => el.getAttribute('viewBox') !== `0 0 ${el.getAttribute('width')} ${el.getAttribute('height')}`);
    expect(zoomed, `close-up zoomed in ${state}`).toBe(state === 'river-escape');
    if (state === 'river-escape') await expect(svg.locator('.rm-route--escape').first()).toHaveCSS('opacity', '1');
  } else if (chart === 'rescues-by-nationality') {
    const dimmedRows = svg.locator('.rescue-row.is-dimmed');
    const dimmedMarks = svg.locator('[data-kind].is-dimmed');
    if (state === 'all') {
      await expect(svg.locator('.is-dimmed')).toHaveCount(0);
    } else if (state.startsWith('country:')) {
      const code = state.slice(8);
      await expect(svg.locator(`.rescue-row[data-country="${code}"]`)).not.toHaveClass(/is-dimmed/);
      expect(await dimmedRows.count()).toBeGreaterThan(3);
      await expect(dimmedRows.first()).toHaveCSS('opacity', /^0\.\d+$/);
    } else {
      const kind = state.slice(5);
      expect(await svg.locator(`[data-kind="${kind}"]:not(.is-dimmed)`).count()).toBeGreaterThan(0);
      expect(await svg.locator(`[data-kind="${kind}"].is-dimmed`).count()).toBe(0);
      expect(await dimmedMarks.count()).toBeGreaterThan(3);
    }
  } else {
    const highlighted = svg.locator('.tl-event.is-highlighted');
    const dimmed = svg.locator('.tl-event.is-dimmed');
    if (state === 'overview') {
      await expect(highlighted).toHaveCount(0);
    } else if (state.startsWith('event:')) {
      await expect(highlighted).toHaveCount(1);
      await expect(highlighted).toHaveAttribute('data-event', state.slice(6));
      expect(await dimmed.count()).toBeGreaterThan(10);
    } else {
      expect(await highlighted.count()).toBeGreaterThan(0);
      expect(await dimmed.count()).toBeGreaterThan(0);
    }
    // A period (a range, before, crackdown, after) is shaded; an event or the overview shades none.
    const range = svg.locator('rect.tl-range');
    if (state !== 'overview' && !state.startsWith('event:')) {
      await expect(range).not.toHaveAttribute('visibility', 'hidden');
      await expect.poll(async () => Number(await range.getAttribute('width'))).toBeGreaterThan(2);
    } else {
      await expect(range).toHaveAttribute('visibility', 'hidden');
    }
  }
}

/** The live chart the sticky graphic shows, asserted to be in `step`'s state, framed with what it needs. */
async function expectGraphicAt(page: Page, step: StepInfo): Promise<void> {
  const graphic = page.locator('[data-story-graphic]');
  await expect(graphic).toHaveAttribute('data-active-step', step.id);
  const figure = graphic.locator(`.step-figure.is-live[data-live-chart="${step.chart}"]`);
  await expect(figure).toHaveClass(/is-active/);
  await expect(figure).toHaveCSS('opacity', '1');
  await expect(graphic.locator('.step-figure.is-active')).toHaveCount(1);
  await expectFigureState(figure, step.chart, step.state);
  if (step.chart === 'trafficking-routes') await expectMapKeyShown(page, figure, step.state);
}

/** The map in the graphic shows the panel its state is about, and its key, inside the graphic. */
async function expectMapKeyShown(page: Page, figure: Locator, state: string): Promise<void> {
  const svg = shownSvg(figure);
  const kind = state === 'cambodia' || state === 'river-escape' ? 'closeup' : 'region';
  const other = kind === 'closeup' ? 'region' : 'closeup';
  await expect(svg.locator(`.rm-panel--${other}`)).toHaveCSS('opacity', '0');
  await expect(svg.locator(`.rm-panel--${kind}`)).toHaveCSS('opacity', '1');
  const graphic = (await page.locator('[data-story-graphic]').boundingBox())!;
  await expect(async () => {
    const svgBox = (await svg.boundingBox())!;
    // The key's entries shown (those for what the panel draws: at least the routes into Cambodia).
    const entries = svg.locator('.rm-legend-item:not(.is-off-frame)');
    expect(await entries.count()).toBeGreaterThanOrEqual(3);
    await expect(entries.first()).toHaveCSS('opacity', '1');
    for (const part of [entries.first(), entries.last(), svg.locator(`.rm-panel-frame--${kind}`)]) {
      const box = (await part.boundingBox())!;
      expect(box.height).toBeGreaterThan(5);
      // (Within a few px: a label's box includes the font's descent.)
      expect(box.y).toBeGreaterThanOrEqual(Math.max(graphic.y, svgBox.y) - 4);
      expect(box.y + box.height).toBeLessThanOrEqual(Math.min(graphic.y + graphic.height, svgBox.y + svgBox.height) + 4);
    }
  }).toPass({ timeout: 5000 });
}

/** Scrolls to `step` and resolves once a CSS transition has started inside the live chart of its chart. */
async function transitionOnScroll(page: Page, step: StepInfo): Promise<string> {
  const started = page.evaluate(
    (chart) =>
      new Promise<string>((resolve) => {
        const live = document.querySelector(`[data-live-chart="${chart}"]`)!;
        live.addEventListener('transitionrun', (e) => resolve(`${(e.target as Element).getAttribute('class')} ${(e as TransitionEvent).propertyName}`), { once: true });
      }),
    step.chart,
  );
  await scrollToStep(page, step.id);
  return started;
}

test.describe('story', () => {
  test('has at least 12 steps, each naming a chart and a state, and the three charts', async ({ page }) => {
    const p = await gotoPage(page, '/', { js: false });
    const steps = await stepsOf(p);
    expect(steps.length).toBeGreaterThanOrEqual(12);
    expect(new Set(steps.map((s) => s.chart))).toEqual(new Set(['trafficking-routes', 'rescues-by-nationality', 'crackdown-timeline']));
    const states = new Set(steps.map((s) => `${s.chart} ${s.state.replace(/:.*/, ':')}`));
    for (const s of ['trafficking-routes overview', 'trafficking-routes origin:', 'trafficking-routes all-origins', 'trafficking-routes cambodia', 'trafficking-routes river-escape', 'rescues-by-nationality kind:', 'rescues-by-nationality country:', 'crackdown-timeline before', 'crackdown-timeline crackdown', 'crackdown-timeline event:']) {
      expect(states, s).toContain(s);
    }
    await p.context().close();
  });

  test('scrolling down puts the graphic into each step’s state, and scrolling back up restores the earlier ones', async ({ page }) => {
    test.setTimeout(180_000);
    const p = await gotoPage(page, '/', { reducedMotion: true });
    const steps = await stepsOf(p);
    for (const step of steps) {
      await scrollToStep(p, step.id);
      await expectGraphicAt(p, step);
    }
    for (const step of [...steps].reverse().filter((_, i) => i % 3 === 1)) {
      await scrollToStep(p, step.id);
      await expectGraphicAt(p, step);
    }
    await p.evaluate(() => scrollTo(0, 0));
    await expectGraphicAt(p, steps[0]!);
  });

  test('a section link in the table of contents lands with that section’s first state', async ({ page }) => {
    const p = await gotoPage(page, '/', { reducedMotion: true });
    const steps = await stepsOf(p);
    for (const section of ['rescues', 'crackdown', 'victims']) {
      const link = p.locator('[data-story-toc]').getByRole('link', { name: await p.locator(`#${section} > h2`).innerText() });
      await link.focus();
      await p.keyboard.press('Enter');
      await expect(p).toHaveURL(new RegExp(`#${section}$`));
      await expect(link).toHaveAttribute('aria-current', 'location');
      await expectGraphicAt(p, steps.find((s) => s.section === section)!);
    }
  });

  test('on a phone the graphic sits at the top and the active step’s text stays below it; a resize keeps the state in step', async ({ page }) => {
    const p = await gotoPage(page, '/', { width: PHONE, reducedMotion: true });
    const steps = await stepsOf(p);
    const step = steps.find((s) => s.state === 'river-escape')!;
    await scrollToStep(p, step.id);
    await expectGraphicAt(p, step);
    const graphic = await p.locator('[data-story-graphic]').boundingBox();
    const text = await p.locator(`#${step.id} .step-card`).boundingBox();
    expect(graphic!.y).toBeCloseTo(0, 0);
    expect(text!.y).toBeGreaterThanOrEqual(graphic!.y + graphic!.height);
    // The close-up is what this step talks about: framed whole inside the graphic.
    const svg = await shownSvg(p.locator(`[data-live-chart="${step.chart}"]`)).boundingBox();
    expect(svg!.y + svg!.height).toBeLessThanOrEqual(graphic!.y + graphic!.height + 1);

    await p.setViewportSize({ width: 1280, height: 900 });
    await scrollToStep(p, step.id);
    await expectGraphicAt(p, step);
    const wide = await p.locator('[data-story-graphic]').boundingBox();
    expect(wide!.x).toBeGreaterThan(400);
  });

  test('between two steps of one chart the live chart moves in place; a change of chart cross-fades', async ({ page }) => {
    const p = await gotoPage(page, '/');
    const steps = await stepsOf(p);
    const tw = steps.findIndex((s) => s.state === 'origin:TW');
    await scrollToStep(p, steps[tw - 1]!.id);
    await expectGraphicAt(p, steps[tw - 1]!);
    // The same elements carry the next state: mark one, and find it again afterwards.
    const route = p.locator('[data-live-chart="trafficking-routes"] .rm-route[data-nationality="TW"]').first();
    await route.evaluate((el) => ((el as unknown as { testMark: boolean }).testMark = true));
    const transition = await transitionOnScroll(p, steps[tw]!);
    expect(transition).toMatch(/rm-|is-/);
    await expectGraphicAt(p, steps[tw]!);
    await expect(route).toHaveClass(/is-active/);
    expect(await route.evaluate((el) => (el as unknown as { testMark?: boolean }).testMark)).toBe(true);
    await expect(p.locator('[data-story-graphic] .step-figure')).toHaveCount(3);

    // Region to close-up: the map pans and zooms (its viewBox passes through values between the two).
    const cambodia = steps.find((s) => s.state === 'cambodia')!;
    const before = steps[steps.indexOf(cambodia) - 1]!;
    await scrollToStep(p, before.id);
    await expectGraphicAt(p, before);
    await p.evaluate(() => {
      const svg = document.querySelector('[data-live-chart="trafficking-routes"] svg[data-full-viewbox]:not([style*="height: 0"])')!;
      const seen: string[] = [];
      (window as unknown as { seenViewBoxes: string[] }).seenViewBoxes = seen;
      new MutationObserver(() => seen.push(svg.getAttribute('viewBox')!)).observe(svg, { attributeFilter: ['viewBox'] });
    });
    await scrollToStep(p, cambodia.id);
    await expectGraphicAt(p, cambodia);
    await expect.poll(() => p.evaluate(() => new Set((window as unknown as { seenViewBoxes: string[] }).seenViewBoxes).size)).toBeGreaterThan(2);

    // Timeline: one event to the next within the chart, then a chart change that cross-fades the figures.
    const event = steps.findIndex((s, i) => i > 0 && s.chart === 'crackdown-timeline' && steps[i - 1]!.chart === 'crackdown-timeline');
    await scrollToStep(p, steps[event - 1]!.id);
    await expectGraphicAt(p, steps[event - 1]!);
    expect(await transitionOnScroll(p, steps[event]!)).toMatch(/tl-event/);
    await expectGraphicAt(p, steps[event]!);
    const change = steps.findIndex((s, i) => i > 0 && s.chart !== steps[i - 1]!.chart);
    await scrollToStep(p, steps[change - 1]!.id);
    await expectGraphicAt(p, steps[change - 1]!);
    const faded = p.evaluate(
      () =>
        new Promise<string>((resolve) =>
          document.querySelector('[data-story-graphic]')!.addEventListener('transitionrun', (e) => {
            const t = e.target as HTMLElement;
            if (t.classList.contains('step-figure') && (e as TransitionEvent).propertyName === 'opacity') resolve(`${t.dataset['liveChart']} ${(e as TransitionEvent).propertyName}`);
          }),
        ),
    );
    await scrollToStep(p, steps[change]!.id);
    expect(await faded).toMatch(/ opacity$/);
    await expectGraphicAt(p, steps[change]!);
  });

  test('under reduced motion a step change runs no transition or animation', async ({ page }) => {
    const p = await gotoPage(page, '/', { reducedMotion: true });
    const steps = await stepsOf(p);
    await expect(p.locator('[data-story-graphic] .step-figure').first()).toHaveCSS('transition-property', 'none');
    for (const state of ['origin:TW', 'cambodia', 'river-escape', 'country:VN', 'crackdown']) {
      const step = steps.find((s) => s.state === state)!;
      await scrollToStep(p, step.id);
      await expectGraphicAt(p, step);
      // The change has been applied (asserted above); nothing is left running from it.
      expect(await p.evaluate(() => document.getAnimations().map((a) => `${(a as CSSTransition).transitionProperty ?? a.id}`)), state).toEqual([]);
    }
    // Nor is anything tweened: the close-up's zoom is set in one change.
    const svgVb = await p.locator('[data-live-chart="trafficking-routes"] svg[data-full-viewbox]').first().getAttribute('viewBox');
    expect(svgVb).toMatch(/^[\d. ]+$/);
  });

  test('turning the phone keeps the graphic in the state of the step in view', async ({ page }) => {
    const p = await gotoPage(page, '/', { width: 390, reducedMotion: true });
    await p.setViewportSize({ width: 390, height: 844 });
    const steps = await stepsOf(p);
    for (const state of ['origin:ID', 'country:VN']) {
      const step = steps.find((s) => s.state === state)!;
      await scrollToStep(p, step.id);
      await expectGraphicAt(p, step);
      for (const size of [{ width: 844, height: 390 }, { width: 390, height: 844 }]) {
        await p.setViewportSize(size);
        // Whatever step the turn brought into view, the graphic shows that step's state.
        const inView = await p.evaluate((query) => {
          const line = innerHeight * (matchMedia(query).matches ? 0.6 : 0.8);
          return [...document.querySelectorAll('[data-step]')].filter((s) => s.getBoundingClientRect().top <= line).at(-1)?.id ?? document.querySelector('[data-step]')!.id;
        }, SIDE_BY_SIDE);
        // Turned sideways, the graphic moves beside the text, as on a wide screen.
        const box = (await p.locator('[data-story-graphic]').boundingBox())!;
        expect(box.x > 300, `graphic beside the text at ${size.width}x${size.height}`).toBe(size.width > size.height);
        await expectGraphicAt(p, steps.find((s) => s.id === inView)!);
        await scrollToStep(p, step.id);
        await expectGraphicAt(p, step);
      }
    }
  });

  test('without JavaScript every step shows its own figure, in its state, beside or below its text', async ({ page }) => {
    test.setTimeout(120_000);
    const p = await gotoPage(page, '/', { js: false });
    const steps = await stepsOf(p);
    await expect(p.locator('[data-story-graphic]')).toBeHidden();
    for (const step of steps) {
      const figure = p.locator(`#${step.id} > .step-figure`);
      await figure.scrollIntoViewIfNeeded();
      await expect(figure).toBeVisible();
      const box = await figure.boundingBox();
      expect(box!.height, step.id).toBeGreaterThan(150);
      await expectFigureState(figure, step.chart, step.state);
      await expect(p.locator(`#${step.id} .step-desc`)).toBeVisible();
    }
  });

  test('printed, every step carries its figure, without navigation, and the sources with their addresses', async ({ page }) => {
    test.setTimeout(120_000);
    const p = await gotoPage(page, '/', { reducedMotion: true });
    const steps = await stepsOf(p);
    await p.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
    await expect(p.locator('.site-header')).toBeHidden();
    await expect(p.locator('[data-story-toc]')).toBeHidden();
    for (const step of steps) {
      const figure = p.locator(`#${step.id} > .step-figure`);
      await expect(figure).toBeVisible();
      await expectFigureState(figure, step.chart, step.state);
    }
    await expect(p.locator('#source-voa-2022-08')).toContainText('voanews.com/a/global-pressure-mounts-on-cambodia');
    await expect(p.locator('[data-story-graphic]')).toBeHidden();
    await p.emulateMedia({ media: null });
    await expect(p.locator('[data-story-graphic] .step-figure')).toHaveCount(3);
  });

  for (const paper of [
    { format: 'A4', width: 210, height: 297 },
    { format: 'Letter', width: 215.9, height: 279.4 },
  ] as const) {
    test(`prints on ${paper.format}: every figure whole on a page, no navigation, the sources with their addresses`, async ({ page }) => {
      test.setTimeout(120_000);
      const p = await gotoPage(page, '/', { reducedMotion: true });
      const steps = await stepsOf(p);
      // The page laid out as on the paper: its printable width (story.print.css: 16 mm x 14 mm margins).
      const mm = 96 / 25.4;
      const printable = { width: (paper.width - 28) * mm, height: (paper.height - 32) * mm };
      await p.setViewportSize({ width: Math.floor(printable.width), height: Math.floor(printable.height) });
      await p.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
      await p.evaluate(() => document.fonts.ready);
      for (const chrome of ['.site-header', '.site-footer', '[data-story-toc]', '[data-story-graphic]', '.story-progress']) {
        await expect(p.locator(chrome)).toBeHidden();
      }
      for (const step of steps) {
        const figure = p.locator(`#${step.id} > .step-figure`);
        await expect(figure).toBeVisible();
        const box = (await figure.boundingBox())!;
        expect(box.height, step.id).toBeGreaterThan(150);
        // A figure that fits on a page is never split (break-inside: avoid); the long rescue chart may run on.
        if (step.chart !== 'rescues-by-nationality') expect(box.height, `${step.id} fits on a ${paper.format} page`).toBeLessThan(printable.height);
        expect(box.width, step.id).toBeLessThanOrEqual(printable.width + 1);
      }
      // Every source is printed with its address.
      const sources = p.locator('.story-sources li, .story-sources-more li');
      expect(await sources.count()).toBeGreaterThan(10);
      // Each with its address where the sources sheet gives one (a host name, and a path or article number).
      const withAddress = (JSON.parse(readFileSync('data/sources.json', 'utf8')) as Array<{ url?: string }>).filter((x) => x.url).length;
      await expect(sources.locator('.source-address')).toHaveCount(withAddress);
      for (const li of await sources.all()) await expect(li).toBeVisible();
      for (const address of await sources.locator('.source-address').all()) await expect(address).toHaveText(/^[\w-]+(\.[\w-]+)+/);
      const pdf = await p.pdf({ format: paper.format, printBackground: true });
      const pages = countPdfPages(pdf);
      // About one page per step or two, with the words and the sources: not one per figure split in two.
      expect(pages).toBeGreaterThan(steps.length / 2);
      expect(pages).toBeLessThan(steps.length * 1.6);
      // Inside the PDF, as pdf.js reads it: each step's words, with its figure (labels and drawn paths) on that
      // page or the next (the figure follows its text), and every source's address. Letters only: footnote marks and line breaks
      // fall where they fall.
      const letters = (t: string) => t.replace(/[^A-Za-z]/g, '');
      const read = await readPdf(pdf);
      const pageText = read.map((pg) => letters(pg.text));
      for (const step of steps) {
        const opening = letters((await p.locator(`#${step.id} .step-card p`).first().textContent()) ?? '').slice(0, 40);
        const at = pageText.findIndex((t) => t.includes(opening));
        expect(at, `${step.id}'s words in the ${paper.format} PDF`).toBeGreaterThanOrEqual(0);
        // Labels drawn inside the figure's frame (a framed map leaves its other panel outside the viewBox).
        const labels = await p.locator(`#${step.id} > .step-figure`).evaluate((fig) => {
          const frames = [...fig.querySelectorAll('svg')].filter((svg) => !svg.parentElement?.closest('svg') && svg.getClientRects().length > 0).map((svg) => svg.getBoundingClientRect());
          const inFrame = (r: DOMRect) => frames.some((f) => r.left >= f.left - 1 && r.right <= f.right + 1 && r.top >= f.top - 1 && r.bottom <= f.bottom + 1);
          return [...fig.querySelectorAll('text, tspan')]
            .filter((t) => !t.querySelector('tspan') && t.getClientRects().length > 0 && inFrame(t.getBoundingClientRect()))
            .filter((t) => {
              if (getComputedStyle(t).visibility !== 'visible') return false;
              for (let el: Element | null = t; el && el !== fig; el = el.parentElement) if (Number(getComputedStyle(el).opacity) < 0.05) return false;
              return true;
            })
            .map((t) => t.textContent ?? '');
        });
        const words = [...new Set(labels.map(letters).filter((w) => w.length >= 4))].slice(0, 6);
        expect(words.length, `${step.id}'s figure has labels`).toBeGreaterThanOrEqual(3);
        // A long step's words can run on to the next page before its figure; the rescue chart runs on after it.
        const span = step.chart === 'rescues-by-nationality' ? 4 : 3;
        const near = Array.from({ length: span }, (_, k) => at + k).filter((i) => i < read.length);
        // Most of them: a label can sit inside the frame yet outside a nested panel's own viewBox (clipped).
        const missing = words.filter((w) => !near.some((i) => pageText[i]!.includes(w)));
        expect(missing.length, `${step.id}'s figure labels in the ${paper.format} PDF (missing ${missing.join(', ')})`).toBeLessThanOrEqual(1);
        expect(Math.max(...near.map((i) => read[i]!.paths)), `${step.id}'s figure drawn in the ${paper.format} PDF`).toBeGreaterThan(5);
      }
      const allText = pageText.join('');
      for (const address of await sources.locator('.source-address').allTextContents()) {
        expect(allText, address).toContain(letters(address).slice(0, 40));
      }
    });
  }

  test('every number in the text links to its source in the list, and the byline links to the sources', async ({ page }) => {
    const p = await gotoPage(page, '/', { js: false });
    const marks = await p.locator('.ref-count + sup.fn a').evaluateAll((els) => els.map((a) => (a as HTMLAnchorElement).hash));
    expect(marks.length).toBeGreaterThan(40);
    for (const hash of new Set(marks)) await expect(p.locator(hash)).toHaveCount(1);
    await expect(p.getByRole('link', { name: 'VOA Khmer and others' })).toHaveAttribute('href', '#sources');
    await expect(p.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/$/);
    const og = await p.locator('meta[property="og:image"]').getAttribute('content');
    const image = await p.request.get(new URL(og!, p.url()).href);
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type'] ?? '').toContain('image/png');
    const png = await image.body();
    // PNG header: width and height as big-endian integers at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    await p.context().close();
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`axe passes with the graphic in use (${theme})`, async ({ page }) => {
      const p = await gotoPage(page, '/', { theme, reducedMotion: true });
      const steps = await stepsOf(p);
      const step = steps.find((s) => s.chart === 'rescues-by-nationality')!;
      await scrollToStep(p, step.id);
      await expectGraphicAt(p, step);
      expect(await axe(p)).toEqual([]);
    });
  }
});
