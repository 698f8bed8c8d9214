/**
 * /teach/ and /teach/handout/ in a real browser: the lesson plan's parts and timings, numbers that match the
 * data, the activity's records, the glossary and links; the handout printed to PDF in A4 and Letter on at
 * most two pages with the map, the timeline and the sources as addresses.
 */
import { readFileSync } from 'node:fs';
import { expect, gotoPage, siteUrl, test } from './fixtures';
import { countPdfPages, readPdf, type PdfPage } from './pdfPages';
import { formatCount } from '../../src/lib/format/formatCount';

interface CountRecord {
  id: string;
  value: number;
  qualifier: 'exactly' | 'more than' | 'about' | 'at least' | 'nearly';
  disagreesWith: string[];
}
const counts = JSON.parse(readFileSync('data/counts.json', 'utf8')) as CountRecord[];
const countById = new Map(counts.map((c) => [c.id, c]));
const sources = JSON.parse(readFileSync('data/sources.json', 'utf8')) as Array<{ id: string; url?: string }>;

test.describe('teaching kit', () => {
  test('a lesson plan of 45 to 50 minutes with objectives, questions, activity, glossary and links', async ({ page }) => {
    const p = await gotoPage(page, '/teach/');
    await expect(p.getByRole('heading', { level: 1 })).toBeVisible();
    for (const name of ['Learning objectives', 'Lesson plan', 'Using the story and the slides', 'Discussion questions', 'Glossary', 'Slides, handout and data']) {
      await expect(p.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    for (const name of ['Comprehension', 'Media literacy', 'Ethics of reporting on victims']) {
      await expect(p.getByRole('heading', { level: 3, name })).toBeVisible();
    }
    await expect(p.getByRole('heading', { level: 2, name: /^Activity/ })).toBeVisible();
    // Timings run on from 0 without gaps and add up to 45-50 minutes.
    const spans = await p.locator('table.plan tbody td.num').allInnerTexts();
    let end = 0;
    for (const span of spans) {
      const [from, to] = span.split('–').map(Number);
      expect(from).toBe(end);
      expect(to!).toBeGreaterThan(from!);
      end = to!;
    }
    expect(end).toBeGreaterThanOrEqual(45);
    expect(end).toBeLessThanOrEqual(50);
    // The media-literacy questions the issue names.
    const literacy = p.locator('h3:text("Media literacy") + ol');
    await expect(literacy).toContainText('How do we know these numbers?');
    await expect(literacy).toContainText('never added up');
    await expect(literacy).toContainText('disagree');
    // Glossary terms.
    const terms = await p.locator('.glossary dt').allInnerTexts();
    for (const t of ['Human trafficking', 'People smuggling', 'Forced labour', '“Pig butchering”', 'Tier 3', 'Repatriation']) expect(terms).toContain(t);
    // Links to the slides (each slide by its address), the handout and every download.
    await expect(p.locator('a[href="/present/"]').first()).toBeVisible();
    await expect(p.locator('a[href="/teach/handout/"]').first()).toBeVisible();
    const slideLinks = await p.locator('.slide-links a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(slideLinks.length).toBeGreaterThan(5);
    slideLinks.forEach((href, i) => expect(href).toBe(`/present/#slide-${i + 1}`));
    for (const name of ['counts', 'events', 'sources']) {
      await expect(p.locator(`a[href="/data/${name}.csv"]`)).toHaveCount(1);
      await expect(p.locator(`a[href="/data/${name}.json"]`)).toHaveCount(1);
    }
  });

  test('every number on the page is the figure in counts.json, with its qualifier', async ({ page }) => {
    const p = await gotoPage(page, '/teach/');
    const figures = await p.locator('[data-count]').evaluateAll((els) =>
      els.map((el) => ({ id: el.getAttribute('data-count')!, text: (el.matches('tr') ? el.querySelector('td strong')! : el).textContent!.trim() })),
    );
    expect(figures.length).toBeGreaterThan(15);
    for (const f of figures) {
      const c = countById.get(f.id);
      expect(c, f.id).toBeTruthy();
      expect(f.text, f.id).toBe(formatCount(c!));
    }
  });

  test('the activity shows every set of records that disagree, as published', async ({ page }) => {
    const p = await gotoPage(page, '/teach/');
    const disagreeing = counts.filter((c) => c.disagreesWith.length > 0).map((c) => c.id);
    const shown = await p.locator('.activity-set tr[data-count]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-count')));
    expect([...shown].sort()).toEqual([...disagreeing].sort());
    // Each set holds records that name one another.
    for (const set of await p.locator('.activity-set').all()) {
      const ids = await set.locator('tr[data-count]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-count')!));
      expect(ids.length).toBeGreaterThanOrEqual(2);
      for (const id of ids) expect(countById.get(id)!.disagreesWith.some((o) => ids.includes(o))).toBe(true);
    }
  });

  for (const width of [375, 768]) {
    test(`the kit reads at ${width}px without sideways scrolling`, async ({ page }) => {
      const p = await gotoPage(page, '/teach/', { width });
      expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
});

test.describe('handout', () => {
  test('on screen it links back to the kit and holds the map, the timeline and the sources', async ({ page }) => {
    const p = await gotoPage(page, '/teach/handout/', { width: 375 });
    await expect(p.locator('a[href="/teach/"]').first()).toBeVisible();
    await expect(p.locator('.handout-map svg.rm-svg')).toBeVisible();
    await expect(p.locator('.handout-timeline .tl-view:visible svg')).toBeVisible();
    expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  test('print emulation: the map and the timeline are on the page; screen furniture is not', async ({ page }) => {
    await page.goto(siteUrl('/teach/handout/'));
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.content-note')).toBeHidden();
    await expect(page.locator('.handout-screen-note')).toBeHidden();
    await expect(page.locator('.handout-map svg.rm-svg')).toBeVisible();
    await expect(page.locator('.handout-timeline .tl-view:visible svg')).toBeVisible();
    await expect(page.locator('.handout-timeline .tl-list')).toBeHidden();
    // The category key's swatches are backgrounds: they must print, or the key names no colour.
    const swatches = page.locator('.handout-timeline .tl-legend .tl-swatch');
    await expect(swatches).toHaveCount(4);
    for (const s of await swatches.all()) expect(await s.evaluate((el) => getComputedStyle(el).printColorAdjust)).toBe('exact');
    // Sources are printed as addresses.
    for (const s of sources.filter((x) => x.url)) await expect(page.locator('.source-list')).toContainText(s.url!);
    // Figures come from the data.
    for (const f of await page.locator('.facts [data-count]').all()) {
      const c = countById.get((await f.getAttribute('data-count'))!)!;
      await expect(f).toHaveText(formatCount(c));
    }
  });

  for (const format of ['A4', 'Letter'] as const) {
    test(`printed to PDF on ${format}, it takes at most two pages with the map and the timeline`, async ({ page }) => {
      // Laid out at the width of the printed page (less the 12mm side margins), as the PDF is.
      const mm = 96 / 25.4;
      const [pageW, pageH] = format === 'A4' ? [210, 297] : [215.9, 279.4];
      await page.setViewportSize({ width: Math.floor((pageW - 24) * mm), height: Math.floor((pageH - 22) * mm) });
      await page.goto(siteUrl('/teach/handout/'));
      await page.evaluate(() => document.fonts.ready);
      await page.emulateMedia({ media: 'print' });
      // Where the map and the timeline fall in the printed flow: both within the first two pages.
      const pageHeightPx = (pageH - 22) * mm;
      const bottoms = await page.evaluate(() =>
        ['.handout-map svg.rm-svg', '.handout-timeline .tl-view svg'].map((q) => {
          const el = [...document.querySelectorAll(q)].find((e) => e.getBoundingClientRect().height > 0)!;
          const r = el.getBoundingClientRect();
          return { height: r.height, bottom: r.bottom + window.scrollY };
        }),
      );
      for (const b of bottoms) {
        expect(b.height).toBeGreaterThan(100);
        expect(b.bottom).toBeLessThan(2 * pageHeightPx);
      }
      const pdf = await page.pdf({ format, printBackground: true });
      const pages = countPdfPages(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);

      // Inside the PDF (read by pdf.js): the map's and the timeline's own labels are on its pages, drawn
      // with vector paths. The same page printed with one drawing hidden (laid out the same) is the baseline:
      // what the drawing adds to the PDF is its labels and its paths.
      const withDrawings = await readPdf(pdf);
      expect(withDrawings).toHaveLength(pages);
      const squeeze = (p: PdfPage) => p.text.replace(/\s+/g, '');
      const occurrences = (text: string, label: string) => text.split(label).length - 1;
      // The map's printed type: at least 8pt (a class reads it on paper), in points as pdf.js reads each run.
      const MAP_MIN_PT = 8;
      for (const [name, q, minPaths, minPt] of [
        ['map', '.handout-map svg.rm-svg', 150, MAP_MIN_PT],
        ['timeline', '.handout-timeline .tl-view svg', 20, 0],
      ] as const) {
        await test.step(`the ${name}'s labels and paths are in the PDF`, async () => {
          const labels = await page.locator(`${q} text`).evaluateAll((els) => [
            ...new Set(els.filter((e) => e.getBoundingClientRect().width > 0).map((e) => (e.textContent ?? '').replace(/\s+/g, '')).filter((t) => t.length > 1)),
          ]);
          expect(labels.length).toBeGreaterThan(15);
          // (Hidden through the CSSOM: the page's CSP refuses an added style sheet.)
          const hide = (on: boolean) =>
            page.evaluate(
              ([sel, hidden]) => {
                for (const svg of document.querySelectorAll<SVGElement>(sel)) {
                  if (hidden) svg.style.setProperty('visibility', 'hidden', 'important');
                  else svg.style.removeProperty('visibility');
                }
              },
              [q, on] as const,
            );
          await hide(true);
          const without = await readPdf(await page.pdf({ format, printBackground: true }));
          await hide(false);
          expect(without).toHaveLength(pages);
          // The page the drawing is on: where most of its labels are.
          const added = (i: number) => labels.filter((l) => occurrences(squeeze(withDrawings[i]!), l) > occurrences(squeeze(without[i]!), l));
          const at = withDrawings.findIndex((_, i) => added(i).length > labels.length / 2);
          expect(at, `the ${name} is on a page`).toBeGreaterThanOrEqual(0);
          expect(labels.filter((l) => !added(at).includes(l)), `${name} labels missing from page ${at + 1}`).toEqual([]);
          // Vector art (or images) on that page: outlines, routes, marks, the axis.
          const art = (p: PdfPage) => p.paths + p.images;
          expect(art(withDrawings[at]!) - art(without[at]!), `${name}: paths drawn`).toBeGreaterThan(minPaths);
          if (minPt > 0) {
            // The drawing's own text runs: those on its page that the page without it lacks.
            const left = new Map<string, number>();
            const key = (it: { str: string; pt: number }) => `${it.str}@${it.pt.toFixed(2)}`;
            for (const it of without[at]!.items) left.set(key(it), (left.get(key(it)) ?? 0) + 1);
            const own = withDrawings[at]!.items.filter((it) => {
              const n = left.get(key(it)) ?? 0;
              if (n > 0) left.set(key(it), n - 1);
              return n === 0;
            });
            expect(own.length, `${name}: its text runs in the PDF`).toBeGreaterThan(labels.length);
            const small = own.filter((it) => it.pt < minPt - 0.05).map((it) => `${it.str} (${it.pt.toFixed(2)}pt)`);
            expect(small, `${name} labels printed under ${minPt}pt on ${format}`).toEqual([]);
          }
        });
      }
    });
  }
});
