/**
 * Embeds in someone else's page: each chart's /embed/<id>/ in a host page on another origin, sized by a
 * real Pym.js parent, by Datawrapper's listener, by the project's own embed code, and shown by a bare
 * iframe with no script. Also: hostile query strings stay inert, valid options apply, downloads open.
 */
import { csvParse } from 'd3-dsv';
import type { Frame, Locator, Page } from '@playwright/test';
import { CHART_IDS } from '../../src/lib/charts/registry';
import { embedCode, embedIframe } from '../../src/lib/embed/embedCode';
import { embedStartHeight } from '../../src/lib/embed/embedHeights';
import { DATAWRAPPER_LISTENER, startHost, type HostServer } from './embedHost';
import { expect, siteUrl, test } from './fixtures';

let host: HostServer;
test.beforeAll(async () => {
  host = await startHost();
});
test.afterAll(async () => {
  await host?.close();
});

const WIDTHS = [320, 640, 1000];
const TITLE = 'Embedded chart';

/** Opens a host page with `body` in a column of `width` px. */
async function openHost(page: Page, body: string, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`${host.url}/page?body=${encodeURIComponent(body)}`);
}

/** The frame inside an iframe element, once it has loaded the embed. */
async function frameOf(iframe: Locator): Promise<Frame> {
  await expect(iframe).toBeAttached();
  const handle = await iframe.elementHandle();
  let frame: Frame | null = null;
  await expect.poll(async () => {
    frame = (await handle?.contentFrame()) ?? null;
    return frame ? frame.evaluate(() => document.readyState === 'complete' && !!document.querySelector('[data-embed-root]')).catch(() => false) : false;
  }).toBe(true);
  return frame!;
}

/** Height of the embed's content, measured inside the frame. */
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => document.querySelector('[data-embed-root]')!.getBoundingClientRect().bottom + scrollY);

/** How far the iframe's height is from its content's, in px. */
async function mismatch(iframe: Locator, frame: Frame): Promise<number> {
  const box = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  return Math.abs(box - (await contentHeight(frame)));
}

/** The iframe fits its content within 2 px at 320, 640 and 1000, going up and coming back down. */
async function expectFitsWhileResizing(page: Page, iframe: Locator): Promise<void> {
  const frame = await frameOf(iframe);
  const seen: number[] = [];
  for (const width of [...WIDTHS, 640, 320]) {
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(() => mismatch(iframe, frame), { message: `iframe fits its content at ${width}px` }).toBeLessThanOrEqual(2);
    seen.push(Math.round(await contentHeight(frame)));
  }
  // Widths change the chart's height in both directions, so it grew and shrank.
  expect(new Set(seen).size, `heights seen: ${seen.join(', ')}`).toBeGreaterThan(1);
}

/** Opening and closing something in the embed (its data table or event list) grows and shrinks the iframe. */
async function expectFitsWhenContentChanges(iframe: Locator): Promise<void> {
  const frame = await frameOf(iframe);
  const before = await contentHeight(frame);
  const toggle = frame.locator('.embed-table summary, button.embed-list-label').first();
  await toggle.click();
  await expect.poll(() => contentHeight(frame)).toBeGreaterThan(before + 50);
  await expect.poll(() => mismatch(iframe, frame), { message: 'grows with its content' }).toBeLessThanOrEqual(2);
  await toggle.click();
  await expect.poll(() => contentHeight(frame)).toBeLessThan(before + 2);
  await expect.poll(() => mismatch(iframe, frame), { message: 'shrinks with its content' }).toBeLessThanOrEqual(2);
}

for (const id of CHART_IDS) {
  const embed = () => siteUrl(`/embed/${id}/`);

  test.describe(`embed ${id}`, () => {
    test('a real Pym.js parent sizes it, growing and shrinking', async ({ page }) => {
      await openHost(page, `<div id="pym-1"></div><script src="/pym.js"></script><script>new pym.Parent("pym-1", ${JSON.stringify(embed())}, { title: ${JSON.stringify(TITLE)} });</script>`, 320);
      const iframe = page.locator('#pym-1 iframe');
      await expect(iframe).toHaveAttribute('src', /childId=pym-1/);
      await expectFitsWhileResizing(page, iframe);
      await expectFitsWhenContentChanges(iframe);
    });

    test('a Datawrapper-style listener sizes it', async ({ page }) => {
      await openHost(page, `<iframe src="${embed()}" title="${TITLE}" style="width:100%;border:0" height="400"></iframe><script>${DATAWRAPPER_LISTENER}</script>`, 320);
      const iframe = page.locator('iframe');
      await expectFitsWhileResizing(page, iframe);
      await expectFitsWhenContentChanges(iframe);
    });

    test('the embed code copied from the chart page sizes it', async ({ page }) => {
      await page.goto(siteUrl(`/charts/${id}/`));
      const code = await page.locator('textarea[data-kit-code]').inputValue();
      expect(code).toContain(`${siteUrl(`/embed/${id}/`)}`);
      expect(code).toMatch(/^<iframe [^>]*loading="lazy"[^>]*><\/iframe><script>[\s\S]+<\/script>$/);
      await openHost(page, code, 320);
      const iframe = page.locator('iframe');
      await iframe.scrollIntoViewIfNeeded();
      await expectFitsWhileResizing(page, iframe);
      await expectFitsWhenContentChanges(iframe);
    });

    test('the bare iframe, with no script, shows the whole chart without an inner scrollbar', async ({ page }) => {
      const iframeHtml = embedIframe({ src: embed(), title: TITLE, height: embedStartHeight(id) });
      for (const width of WIDTHS) {
        await openHost(page, iframeHtml, width);
        const iframe = page.locator('iframe');
        const frame = await frameOf(iframe);
        await frame.evaluate(() => document.fonts.ready);
        const inner = await frame.evaluate(() => ({ scroll: document.documentElement.scrollHeight, view: innerHeight, wide: document.documentElement.scrollWidth - innerWidth }));
        expect(inner.scroll, `content fits the iframe at ${width}px`).toBeLessThanOrEqual(inner.view);
        expect(inner.wide, `no sideways scrolling at ${width}px`).toBeLessThanOrEqual(0);
        expect(await contentHeight(frame)).toBeLessThanOrEqual(embedStartHeight(id));
      }
    });

    test('hostile query strings are inert and leave the chart in its default state', async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      const payloads = [
        'state=<script>alert(1)</script>&theme=<img src=x onerror=alert(2)>',
        'state="><svg onload=alert(3)>&nationality="><b>x</b>',
        "state=javascript:alert(4)&theme=javascript:alert(5)&nationality=javascript:alert(6)",
        'state=origin:ZZ&theme=DARK&nationality=ZZ',
        'state=country:%3Cb%3E&childId=a"b<c>&parentUrl=javascript:alert(7)',
        `state=${'x'.repeat(5000)}`,
      ];
      for (const q of payloads) {
        // The timeline's page fetches its allowed states when a query asks for one: the verdict is read once they came.
        const states = id === 'crackdown-timeline' && /(^|&)(state|nationality)=/.test(q) ? page.waitForResponse((r) => r.url().endsWith('/states.json')) : null;
        await page.goto(`${embed()}?${q}`);
        if (states) {
          await (await states).finished();
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
        }
        const root = page.locator(`[data-embed-root] [data-chart="${id}"]`);
        const defaultState = await page.evaluate(async () => {
          const content = document.querySelector<HTMLElement>('[data-embed-root]')!;
          const src = content.dataset['embedStatesSrc'];
          const spec = src ? await (await fetch(src)).json() : JSON.parse(content.dataset['embedSpec']!);
          return (spec as { defaultState: string }).defaultState;
        });
        await expect(root).toHaveAttribute('data-state', defaultState);
        await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
        const html = await page.content();
        for (const bad of ['alert(', 'onerror', 'onload=', '<b>x</b>', 'javascript:']) expect(html, `${q} left ${bad}`).not.toContain(bad);
        expect(await page.locator('script:not([src]):not([type="module"])').count()).toBeLessThanOrEqual(2);
      }
      expect(dialogs).toEqual([]);
    });
  });
}

test('valid options apply: theme, state and a highlighted nationality', async ({ page }) => {
  await page.goto(siteUrl('/embed/trafficking-routes/?theme=dark&state=origin:TW'));
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('[data-chart="trafficking-routes"]')).toHaveAttribute('data-state', 'origin:TW');
  await page.goto(siteUrl('/embed/rescues-by-nationality/?nationality=TW&theme=auto'));
  await expect(page.locator('[data-chart="rescues-by-nationality"]')).toHaveAttribute('data-state', 'country:TW');
  expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
  await page.goto(siteUrl('/embed/crackdown-timeline/?state=range:2022-08-01/2022-10-31'));
  await expect(page.locator('[data-chart="crackdown-timeline"]')).toHaveAttribute('data-state', 'range:2022-08-01/2022-10-31');
});

test('without JavaScript an embed shows its chart in the default state, light', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  for (const id of CHART_IDS) {
    await page.goto(siteUrl(`/embed/${id}/?state=origin:TW&theme=dark`));
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await expect(page.locator('[data-embed-root] svg').filter({ visible: true }).first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await context.close();
});

test.describe('the timeline embed loads its event list on demand', () => {
  const timeline = () => siteUrl('/embed/crackdown-timeline/');

  test('the first view has no list; opening it fetches it, enhances the chart and resizes the iframe', async ({ page }) => {
    const fetched: string[] = [];
    const sheets: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/embed/crackdown-timeline/events/')) fetched.push(r.url());
      if (r.resourceType() === 'stylesheet') sheets.push(r.url());
    });
    await openHost(page, `<iframe src="${timeline()}" title="${TITLE}" style="width:100%;border:0" height="400"></iframe><script>${DATAWRAPPER_LISTENER}</script>`, 640);
    const iframe = page.locator('iframe');
    const frame = await frameOf(iframe);
    await expect.poll(() => mismatch(iframe, frame)).toBeLessThanOrEqual(2);
    // Nothing asked for the list yet: it is not in the page, not fetched, and the chart waits for it.
    await expect(frame.locator('.tl-list')).toHaveCount(0);
    expect(fetched).toEqual([]);
    expect(sheets).toEqual([]);
    await expect(frame.locator('[data-chart="crackdown-timeline"]')).not.toHaveAttribute('data-enhanced', /.*/);
    const before = await contentHeight(frame);
    const button = frame.getByRole('button', { name: /List all \d+ events/ });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(frame.locator('.tl-list > li[data-event]')).toHaveCount(await frame.locator('.chart-size--m a.tl-event').count());
    await expect(frame.locator('.tl-list > li').first()).toBeVisible();
    // The first view's CSS is in the page; the list's came with it, once, as styled as on the chart page.
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toBe(new URL((await frame.locator('html').getAttribute('data-styles-later'))!, timeline()).href);
    expect(await frame.locator('.tl-list').evaluate((l) => getComputedStyle(l).listStyleType)).toBe('none');
    expect(await frame.locator('.tl-list > li').first().evaluate((li) => parseFloat(getComputedStyle(li).paddingLeft))).toBeGreaterThan(20);
    await expect(frame.locator('.tl-list .tl-title').first()).toHaveJSProperty('tagName', 'H2');
    await expect(frame.locator('[data-chart="crackdown-timeline"]')).toHaveAttribute('data-enhanced', '');
    expect(fetched).toHaveLength(1);
    await expect.poll(() => contentHeight(frame)).toBeGreaterThan(before + 500);
    await expect.poll(() => mismatch(iframe, frame), { message: 'grows with the list' }).toBeLessThanOrEqual(2);
    await button.click();
    await expect(frame.locator('.tl-list')).toBeHidden();
    await expect.poll(() => mismatch(iframe, frame), { message: 'shrinks without it' }).toBeLessThanOrEqual(2);
    expect(await contentHeight(frame)).toBeLessThan(before + 2);
  });

  test('a state asked for by ?state= loads the list, is drawn, and the iframe fits it', async ({ page }) => {
    const id = 'tip-2022-tier-3';
    await openHost(page, `<iframe src="${timeline()}?state=event:${id}" title="${TITLE}" style="width:100%;border:0" height="400"></iframe><script>${DATAWRAPPER_LISTENER}</script>`, 1000);
    const iframe = page.locator('iframe');
    const frame = await frameOf(iframe);
    const root = frame.locator('[data-chart="crackdown-timeline"]');
    await expect(root).toHaveAttribute('data-state', `event:${id}`);
    await expect(root).toHaveAttribute('data-enhanced', '');
    await expect(frame.locator(`.chart-size--l a.tl-event[data-event="${id}"]`)).toHaveClass(/is-highlighted/);
    await expect(frame.locator('.chart-size--l a.tl-event.is-dimmed').first()).toBeAttached();
    // The list came in for the state, but stays closed until asked for.
    await expect(frame.locator(`.tl-list > li[data-event="${id}"]`)).toHaveClass(/is-highlighted/);
    await expect(frame.locator('.tl-list')).toBeHidden();
    await expect.poll(() => mismatch(iframe, frame)).toBeLessThanOrEqual(2);
  });

  test('selecting an event before the list has come shows it in the details panel, and the iframe grows to fit', async ({ page }) => {
    await openHost(page, `<iframe src="${timeline()}" title="${TITLE}" style="width:100%;border:0" height="400"></iframe><script>${DATAWRAPPER_LISTENER}</script>`, 320);
    const iframe = page.locator('iframe');
    const frame = await frameOf(iframe);
    await expect.poll(() => mismatch(iframe, frame)).toBeLessThanOrEqual(2);
    const before = await contentHeight(frame);
    // The first view's drawing is a picture: a tap on a mark selects the event the interactive drawing has there.
    const dot = frame.locator('.chart-size--s svg[role="img"] .tl-dot').nth(3);
    const tapped = (await dot.boundingBox())!;
    await dot.click();
    const detail = frame.locator('[data-tl-detail]');
    await expect(detail).toBeVisible();
    const selected = frame.locator('.chart-size--s a.tl-event.is-selected');
    await expect(selected).toHaveCount(1);
    const at = (await selected.locator('.tl-dot').boundingBox())!;
    expect(Math.abs(at.x - tapped.x) + Math.abs(at.y - tapped.y)).toBeLessThan(1);
    const id = await selected.getAttribute('data-event');
    await expect(detail).toContainText(await frame.locator(`.tl-list > li[data-event="${id}"] .tl-title`).innerText());
    await expect.poll(() => contentHeight(frame)).toBeGreaterThan(before + 50);
    await expect.poll(() => mismatch(iframe, frame)).toBeLessThanOrEqual(2);
  });

  test('the filters are there from the start, in place of the key, and a press before the list has come counts', async ({ page }) => {
    await page.goto(timeline());
    await expect(page.locator('.tl-legend')).toBeHidden();
    const filter = page.locator('button.tl-filter').first();
    await expect(filter).toBeVisible();
    await expect(page.locator('[data-tl-hint]')).toBeVisible();
    await filter.click();
    await expect(filter).toHaveAttribute('aria-pressed', 'false');
    const category = await filter.getAttribute('data-category');
    await expect(page.locator(`.chart-size--s a.tl-event[data-category="${category}"]`).first()).toHaveClass(/is-filtered/);
  });

  test('the picture gives way to the interactive drawing, drawn in the same place, when a pointer comes over the chart', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(timeline());
    const view = page.locator('.chart-size--s');
    await expect(view.locator('svg.tl-svg')).toHaveAttribute('role', 'img');
    await expect(view.locator('a.tl-event')).toHaveCount(0);
    const box = (await view.locator('svg.tl-svg').boundingBox())!;
    const dots = await view.locator('.tl-dot').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [Math.round(r.x), Math.round(r.y)]));
    await view.hover();
    await expect(view.locator('a.tl-event')).toHaveCount(dots.length);
    await expect(view.locator('svg.tl-svg')).toHaveAttribute('role', 'group');
    expect(await view.locator('svg.tl-svg').boundingBox()).toEqual(box);
    const after = await view.locator('.tl-dot').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [Math.round(r.x), Math.round(r.y)]));
    expect(after).toEqual(dots);
    // Each event is now a link with its name, as on the chart page.
    await expect(view.locator('a.tl-event').first()).toHaveAttribute('aria-label', /\d{4}: /);
  });

  test('a press on the picture that lasts while the interactive drawing comes still selects its event', async ({ page }) => {
    await page.setViewportSize({ width: 412, height: 823 });
    await page.goto(timeline());
    const view = page.locator('.chart-size--s');
    const dot = view.locator('svg[role="img"] .tl-dot').nth(5);
    const box = (await dot.boundingBox())!;
    const drawing = page.waitForResponse((r) => r.url().endsWith('/overview/s.svg'));
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    // The interactive drawing has come while the button is down; it takes the picture's place only after the click.
    await (await drawing).finished();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.mouse.up();
    await expect(page.locator('[data-tl-detail]')).toBeVisible();
    const at = (await view.locator('a.tl-event.is-selected .tl-dot').boundingBox())!;
    expect(Math.abs(at.x - box.x) + Math.abs(at.y - box.y)).toBeLessThan(1);
  });

  test('a chart:state event sent before the list has come is applied once it has', async ({ page }) => {
    await page.goto(timeline());
    const root = page.locator('[data-chart="crackdown-timeline"]');
    await root.evaluate((el) => el.dispatchEvent(new CustomEvent('chart:state', { detail: { state: 'crackdown' } })));
    await expect(root).toHaveAttribute('data-state', 'crackdown');
    await expect(page.locator('.tl-list > li.is-highlighted').first()).toBeAttached();
  });

  test('without JavaScript, "List all events" links to the list page, which has every event', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(timeline());
    const link = page.getByRole('link', { name: /List all \d+ events/ });
    await expect(link).toHaveAttribute('target', '_blank');
    // The drawing is one picture with a name (the link above it is the way to each event), at every width.
    const picture = page.locator('.chart-size--m svg.tl-svg');
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAttribute('role', 'img');
    await expect(picture).toHaveAttribute('aria-label', /^Overview of \d+ events on a time line from 2019 to 2023/);
    await expect(page.locator('a.tl-event')).toHaveCount(0);
    const marks = await picture.locator('.tl-dot').count();
    expect(marks).toBe(Number(/List all (\d+) events/.exec(await link.innerText())![1]));
    await page.goto(siteUrl((await link.getAttribute('href'))!));
    await expect(page.locator('.tl-list > li[data-event]')).toHaveCount(marks);
    await context.close();
  });
});

for (const id of ['trafficking-routes', 'rescues-by-nationality']) {
  test(`${id}: the data table comes on demand when its disclosure opens, and is a link without JavaScript`, async ({ page, browser }) => {
    const fetched: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes(`/embed/${id}/data/`)) fetched.push(r.url());
    });
    await page.goto(siteUrl(`/embed/${id}/`));
    await expect(page.locator('.embed-table table')).toHaveCount(0);
    expect(fetched).toEqual([]);
    await page.locator('.embed-table summary').click();
    const table = page.locator('.embed-table table');
    await expect(table).toBeVisible();
    await expect(table.locator('thead th').first()).toBeVisible();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(5);
    // Styled as on the chart page: the table's own rules came with the embed.
    expect(await table.evaluate((t) => getComputedStyle(t).borderCollapse)).toBe('collapse');
    expect(fetched).toHaveLength(1);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(siteUrl(`/embed/${id}/`));
    await noJs.locator('.embed-table summary').click();
    const link = noJs.getByRole('link', { name: 'Open the data table' });
    await expect(link).toHaveAttribute('target', '_blank');
    await noJs.goto(siteUrl((await link.getAttribute('href'))!));
    expect(await noJs.locator('table tbody tr').count()).toBe(await table.locator('tbody tr').count());
    await context.close();
  });
}

test('the timeline hint says where the list is, in the embed and on the chart page', async ({ page }) => {
  await page.goto(siteUrl('/embed/crackdown-timeline/'));
  await expect(page.locator('[data-tl-hint]')).toBeVisible();
  await expect(page.locator('[data-tl-hint]')).toContainText('above the time line');
  await expect(page.locator('[data-tl-hint]')).not.toContainText('list below');
  await page.goto(siteUrl('/charts/crackdown-timeline/'));
  await expect(page.locator('[data-tl-hint]')).toContainText('in the list below');
  await expect(page.locator('[data-tl-hint] ~ .tl-list, [data-tl-hint] ~ * .tl-list').first()).toBeVisible();
});

test('two embeds on one host page size independently', async ({ page }) => {
  await page.goto(siteUrl('/charts/trafficking-routes/'));
  const a = await page.locator('textarea[data-kit-code]').inputValue();
  await page.goto(siteUrl('/charts/crackdown-timeline/'));
  const b = await page.locator('textarea[data-kit-code]').inputValue();
  await openHost(page, `${a}<p>Between the charts.</p>${b}`, 640);
  const frames = page.locator('iframe');
  await expect(frames).toHaveCount(2);
  const [first, second] = [frames.nth(0), frames.nth(1)];
  await second.scrollIntoViewIfNeeded();
  const [fa, fb] = [await frameOf(first), await frameOf(second)];
  await expect.poll(() => mismatch(first, fa)).toBeLessThanOrEqual(2);
  await expect.poll(() => mismatch(second, fb)).toBeLessThanOrEqual(2);
  const heights = async () => [await first.evaluate((el) => el.getBoundingClientRect().height), await second.evaluate((el) => el.getBoundingClientRect().height)];
  const [h1] = await heights();
  // Open the second one's event list: only the second grows.
  await fb.locator('button.embed-list-label').click();
  // The list is fetched on demand: wait until it is in, then for the frame to follow it.
  await expect(fb.locator('.tl-list li').first()).toBeVisible();
  await expect.poll(async () => (await heights())[1]).toBeGreaterThan(1000);
  await expect.poll(() => mismatch(second, fb)).toBeLessThanOrEqual(2);
  expect((await heights())[0]).toBe(h1);
});

test('the embed code\'s listener takes heights only from its own frame, and only sane numbers', async ({ page }) => {
  // The embed code around a page that sends nothing by itself, so every height is one the test sent.
  const code = embedCode({ src: `${host.url}/page?body=quiet`, title: TITLE, height: 700 });
  await openHost(page, `${code}<iframe id="other" src="${host.url}/page?body=other" title="other"></iframe>`, 640);
  const iframe = page.locator('iframe').first();
  const height = () => iframe.evaluate((el) => el.getBoundingClientRect().height);
  await expect.poll(async () => (await iframe.elementHandle())?.contentFrame().then((f) => f?.url())).toContain('body=quiet');
  const frame = (await (await iframe.elementHandle())!.contentFrame())!;
  const other = (await (await page.locator('#other').elementHandle())!.contentFrame())!;
  await frame.evaluate(() => parent.postMessage({ 'datawrapper-height': { x: 555 } }, '*'));
  await expect.poll(height).toBe(555);
  // From the host page itself and from another frame: ignored.
  await page.evaluate(() => window.postMessage({ 'datawrapper-height': { x: 333 } }, '*'));
  await other.evaluate(() => parent.postMessage({ 'datawrapper-height': { x: 444 } }, '*'));
  // From its own frame but not a sane number: ignored.
  await frame.evaluate(() => {
    for (const bad of ['500px', Number.NaN, Number.POSITIVE_INFINITY, -1, 50, 1e9, null, { h: 1 }]) parent.postMessage({ 'datawrapper-height': { x: bad } }, '*');
    parent.postMessage('pymxPYMxxxPYMxheightxPYMx600', '*');
  });
  // A last good one is applied, so everything before it was read and refused, not merely late.
  await frame.evaluate(() => parent.postMessage({ 'datawrapper-height': { x: 610 } }, '*'));
  await expect.poll(height).toBe(610);
  const seen = await page.evaluate(() => document.querySelector('iframe')!.style.height);
  expect(seen).toBe('610px');
});

test.describe('downloads', () => {
  for (const id of CHART_IDS) {
    test(`${id}: PNG at 2x, not blank; SVG renders standalone; CSV has a header; JSON has credit`, async ({ page, request }) => {
      const svgRes = await request.get(siteUrl(`/charts/${id}/${id}.svg`));
      expect(svgRes.ok()).toBe(true);
      const svgText = await svgRes.text();
      const size = /<svg[^>]* width="(\d+)" height="(\d+)"/.exec(svgText)!;
      const [w, h] = [Number(size[1]), Number(size[2])];

      const png = await request.get(siteUrl(`/charts/${id}/${id}.png`));
      expect(png.headers()['content-type']).toBe('image/png');
      const bytes = await png.body();
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([w * 2, h * 2]);

      const og = await request.get(siteUrl(`/charts/${id}/og.png`));
      const ogBytes = await og.body();
      expect([ogBytes.readUInt32BE(16), ogBytes.readUInt32BE(20)]).toEqual([1200, 630]);

      // Both images drawn in a page: how much of each is not background.
      await page.goto(siteUrl(`/charts/${id}/${id}.svg`));
      expect(await page.evaluate(() => document.documentElement.namespaceURI)).toBe('http://www.w3.org/2000/svg');
      for (const file of [`${id}.svg`, `${id}.png`, 'og.png']) {
        const inked = await page.evaluate(async (src) => {
          const img = new Image();
          img.src = src;
          await img.decode();
          const canvas = document.createElementNS('http://www.w3.org/1999/xhtml', 'canvas') as HTMLCanvasElement;
          canvas.width = img.naturalWidth;
          canvas.height = img.naturalHeight;
          const ctx = canvas.getContext('2d')!;
          ctx.drawImage(img, 0, 0);
          const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
          const [r0, g0, b0] = [data[0]!, data[1]!, data[2]!];
          let ink = 0;
          for (let i = 0; i < data.length; i += 4 * 7) if (Math.abs(data[i]! - r0) + Math.abs(data[i + 1]! - g0) + Math.abs(data[i + 2]! - b0) > 60) ink++;
          return ink / (data.length / (4 * 7));
        }, `/charts/${id}/${file}`);
        expect(inked, `${file} has marks and text`).toBeGreaterThan(0.02);
      }

      const csv = await (await request.get(siteUrl(`/charts/${id}/${id}.csv`))).text();
      const rows = csvParse(csv.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n'));
      expect(rows.columns).toEqual(expect.arrayContaining(['sources', 'credit', 'licence']));
      expect(rows.length).toBeGreaterThan(5);

      const json = await (await request.get(siteUrl(`/charts/${id}/${id}.json`))).json();
      expect(json.chart.id).toBe(id);
      expect(json.credit).toContain('Held in the Compounds');
    });
  }
});

test.describe('embed kit on the chart page', () => {
  test('options update the code, copy says so in a live region, previews size themselves', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: siteUrl('') });
    await page.goto(siteUrl('/charts/trafficking-routes/'));
    const code = page.getByRole('textbox', { name: 'Embed code' });
    await expect(code).toHaveAttribute('readonly', '');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.getByRole('combobox', { name: 'Show' }).selectOption('origin:TW');
    await expect(code).toHaveValue(/\/embed\/trafficking-routes\/\?theme=dark&amp;state=origin:TW"/);
    const copy = page.getByRole('button', { name: 'Copy embed code' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toHaveText('Embed code copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
    await expect(copy).toBeFocused();
    // The previews follow the options and fit their content.
    const preview = page.locator('iframe[data-kit-preview]').first();
    await expect(preview).toHaveAttribute('src', '/embed/trafficking-routes/?theme=dark&state=origin:TW');
    await preview.scrollIntoViewIfNeeded();
    const frame = await frameOf(preview);
    await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(() => mismatch(preview, frame)).toBeLessThanOrEqual(2);
  });

  test('downloads are linked and the page has an Open Graph image', async ({ page }) => {
    await page.goto(siteUrl('/charts/rescues-by-nationality/'));
    for (const name of ['Image (SVG)', 'Image (PNG)', 'Data (CSV)', 'Data (JSON)']) {
      await expect(page.getByRole('link', { name })).toHaveAttribute('download', '');
    }
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/charts\/rescues-by-nationality\/og\.png$/);
    await expect(page.getByRole('textbox', { name: 'Text to paste under the chart' })).toHaveValue(/CC BY 4\.0/);
  });
});

test('every chart page with its embed kit fits a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const id of CHART_IDS) {
    await page.goto(siteUrl(`/charts/${id}/`));
    await expect(page.locator('[data-kit-options]')).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), id).toBeLessThanOrEqual(320);
  }
});
