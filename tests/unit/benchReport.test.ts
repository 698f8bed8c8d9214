/**
 * The benchmark's pure pieces (scripts/benchReport.mjs, scaleStoryData.mjs, timelinejsPage.mjs): medians,
 * byte sums, budget verdicts, tables, growth, options, the synthetic scale data and the TimelineJS page.
 * `npm run bench` itself is not part of `npm test`; these keep it from rotting silently.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkBudgets,
  formatBudgets,
  formatTable,
  geographyOf,
  growth,
  inlineScriptsOf,
  kindOf,
  median,
  pageKind,
  parseArgs,
  sumWeights,
  type PageMeasure,
  type Weight,
} from '../../scripts/benchReport.mjs';
import { scaleStoryData } from '../../scripts/scaleStoryData.mjs';
import { timelinejsData, timelinejsPage, tlDate } from '../../scripts/timelinejsPage.mjs';
import { datasetNames } from '../../src/data/datasets';
import { parseStoryData } from '../../src/data/loadStoryData';

const KB = 1024;

describe('median', () => {
  it('takes the middle value, the mean of the middle two, and skips missing runs', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5, null, 1, undefined, Number.NaN, 3])).toBe(3);
    expect(median([])).toBeNull();
    expect(median([null])).toBeNull();
  });
});

describe('kindOf and sumWeights', () => {
  it('sorts responses by kind, from the browser type and the extension', () => {
    expect(kindOf('Document', '/')).toBe('HTML');
    expect(kindOf('stylesheet', '/a.css')).toBe('CSS');
    expect(kindOf('Script', '/a.js')).toBe('JS');
    expect(kindOf('Other', '/f.woff2?v=1')).toBe('fonts');
    expect(kindOf('image', '/favicon.svg')).toBe('images');
    expect(kindOf('fetch', '/data/counts.json')).toBe('data');
    expect(kindOf('other', '/data/counts.csv')).toBe('data');
    expect(kindOf('manifest', '/site.webmanifest')).toBe('other');
  });

  it('adds bytes by kind, with totals with and without fonts', () => {
    const w = sumWeights([
      { kind: 'HTML', raw: 1000, gz: 300 },
      { kind: 'JS', raw: 500, gz: 200 },
      { kind: 'JS', raw: 100, gz: 50 },
      { kind: 'fonts', raw: 4000, gz: 4000 },
    ]);
    expect(w.byKind.JS).toEqual({ raw: 600, gz: 250 });
    expect(w.total).toEqual({ raw: 5600, gz: 4550 });
    expect(w.totalNoFonts).toEqual({ raw: 1600, gz: 550 });
    expect(w.requests).toBe(4);
  });
});

const weight = (parts: Partial<Record<'HTML' | 'JS' | 'fonts', number>>, inlineJs = 0): Weight => {
  const w = sumWeights(Object.entries(parts).map(([kind, gz]) => ({ kind, raw: gz * 3, gz })));
  return { ...w, inlineJs: { count: inlineJs ? 1 : 0, raw: inlineJs * 3, gz: inlineJs } };
};

describe('pageKind', () => {
  it('an embed is the page an iframe loads; what it fetches on demand under it is not under its budget', () => {
    expect(pageKind('/')).toBe('story');
    expect(pageKind('/embed/crackdown-timeline/')).toBe('embed');
    expect(pageKind('/embed/crackdown-timeline/events/')).toBe('embed-part');
    expect(pageKind('/embed/trafficking-routes/data/')).toBe('embed-part');
    expect(pageKind('/charts/trafficking-routes/')).toBe('chart');
    expect(pageKind('/charts/')).toBe('page');
    expect(pageKind('/teach/handout/')).toBe('page');
  });
  it('checkBudgets holds embeds, not their parts, to the embed weight budget', () => {
    const w = (gz: number) => ({ ...sumWeights([{ kind: 'HTML', raw: gz * 4, gz }]) });
    const pages = [
      { path: '/embed/a/', kind: pageKind('/embed/a/'), exists: true, weight: w(20 * 1024), lcp: 1000, cls: 0 },
      { path: '/embed/a/data/', kind: pageKind('/embed/a/data/'), exists: true, weight: w(60 * 1024), lcp: 1000, cls: 0 },
    ];
    const embedVerdicts = checkBudgets(pages as never, null).filter((v) => v.id === 'embed-weight');
    expect(embedVerdicts.map((v) => [v.page, v.status])).toEqual([['/embed/a/', 'pass']]);
  });
});

describe('checkBudgets', () => {
  const fast = { lcp: 900, cls: 0 };
  const pages: PageMeasure[] = [
    { path: '/', kind: 'story', exists: true, weight: weight({ HTML: 40 * KB, JS: 25 * KB }, 4 * KB), ...fast },
    { path: '/embed/a/', kind: 'embed', exists: true, weight: weight({ HTML: 20 * KB, JS: 10 * KB, fonts: 100 * KB }), ...fast },
    { path: '/embed/b/', kind: 'embed', exists: false },
    { path: '/charts/map/', kind: 'chart', exists: true, weight: weight({ HTML: 90 * KB }), geographyGz: 51 * KB, lcp: 1600, cls: 0.02 },
    { path: '/teach/', kind: 'page', exists: true, weight: weight({ HTML: 2 * KB }), lcp: null, cls: 0.01 },
  ];
  const verdicts = checkBudgets(pages, { path: '/embed/crackdown-timeline/', isEmbed: true, weightRatio: 12, lcpRatio: 1.5 });
  const find = (id: string, page: string) => verdicts.find((v) => v.id === id && v.page === page);

  it('counts inline scripts in the story JS budget, and passes what is under it', () => {
    expect(find('story-js', '/')).toMatchObject({ value: 29 * KB, status: 'pass' });
    expect(find('story-html', '/')).toMatchObject({ status: 'pass' });
  });

  it('excepts fonts from an embed, and reports a missing page as missing, not failed', () => {
    expect(find('embed-weight', '/embed/a/')).toMatchObject({ value: 30 * KB, status: 'pass' });
    expect(find('embed-weight', '/embed/b/')?.status).toBe('missing');
    expect(verdicts.filter((v) => v.page === '/embed/b/' && v.id !== 'embed-weight')).toEqual([]);
  });

  it('fails what is over, a floor not reached, and a figure that could not be measured', () => {
    expect(find('map-geography', '/charts/map/')?.status).toBe('fail');
    expect(find('lcp', '/charts/map/')?.status).toBe('fail');
    expect(find('cls', '/charts/map/')?.status).toBe('fail');
    expect(find('cls', '/teach/')?.status).toBe('pass'); // at the limit is within it
    expect(find('lcp', '/teach/')?.status).toBe('fail'); // not measured
    expect(find('timeline-lighter', '/embed/crackdown-timeline/')?.status).toBe('pass');
    expect(find('timeline-faster', '/embed/crackdown-timeline/')?.status).toBe('fail');
  });

  it('leaves the TimelineJS floors unchecked (missing, with a note) until the embed exists', () => {
    const v = checkBudgets(pages, { path: '/charts/crackdown-timeline/', isEmbed: false, weightRatio: 3, lcpRatio: 3 });
    const lighter = v.find((x) => x.id === 'timeline-lighter');
    expect(lighter?.status).toBe('missing');
    expect(lighter?.note).toContain('/charts/crackdown-timeline/');
  });

  it('reports nothing for pages left out of the run, but a story that should exist is missing', () => {
    const only = checkBudgets([{ path: '/teach/', kind: 'page', exists: true, weight: weight({ HTML: KB }), lcp: 800, cls: 0 }], null);
    expect(only.map((v) => v.id)).toEqual(['lcp', 'cls']);
    const unbuilt = checkBudgets([{ path: '/', kind: 'story', exists: false }], null);
    expect(unbuilt.map((v) => [v.id, v.status])).toEqual([
      ['story-js', 'missing'],
      ['story-html', 'missing'],
    ]);
  });

  it('prints every verdict with its measured value and limit', () => {
    const table = formatBudgets(verdicts);
    expect(table).toMatch(/Map geography \(gzip\)\s+\/charts\/map\/\s+51\.0 KB\s+<= 50\.0 KB\s+OVER/);
    expect(table).toMatch(/\/embed\/b\/\s+-\s+<= 35\.0 KB\s+missing/);
    expect(table).toMatch(/TimelineJS, weight\s+\/embed\/crackdown-timeline\/\s+12\.0x\s+>= 10\.0x\s+ok/);
  });
});

describe('formatTable', () => {
  it('pads columns to their widest cell, numbers to the right, with a rule under the header', () => {
    const t = formatTable(['page', 'KB'], [['/', '1.0'], ['/charts/', '12.5']], [1]);
    expect(t.split('\n')).toEqual(['page        KB', '--------  ----', '/          1.0', '/charts/  12.5']);
  });
});

describe('growth', () => {
  it('finds an exponent near 1 for linear growth and flags faster growth', () => {
    const linear = growth([
      { factor: 1, value: 100 },
      { factor: 10, value: 1000 },
      { factor: 100, value: 10000 },
    ]);
    expect(linear.exponent).toBeCloseTo(1, 5);
    expect(linear.superlinear).toBe(false);
    expect(linear.points[2]?.ratio).toBe(100);
    const quadratic = growth([1, 10, 100].map((f) => ({ factor: f, value: 50 + f * f })));
    expect(quadratic.exponent).toBeGreaterThan(1.9);
    expect(quadratic.superlinear).toBe(true);
  });

  it('says nothing about a figure that barely moves', () => {
    expect(growth([1, 10, 100].map((f) => ({ factor: f, value: 1000 + f / 100 }))).exponent).toBeNull();
  });
});

describe('parseArgs', () => {
  it('defaults to 5 runs, every page, 10x and 100x', () => {
    expect(parseArgs([])).toEqual({ runs: 5, pages: null, scale: [10, 100], build: true, dist: null, json: 'bench/results.json' });
  });
  it('reads --runs, --pages, --scale, --no-scale and --no-build', () => {
    expect(parseArgs(['--runs', '1', '--pages', '/, embed', '--scale', '10', '--no-build'])).toMatchObject({ runs: 1, pages: ['/', 'embed'], scale: [10], build: false });
    expect(parseArgs(['--no-scale']).scale).toEqual([]);
    expect(parseArgs(['--dist', '/tmp/site'])).toMatchObject({ dist: '/tmp/site', build: false });
  });
  it('refuses nonsense', () => {
    expect(() => parseArgs(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseArgs(['--runs'])).toThrow(/needs a value/);
    expect(() => parseArgs(['--scale', '1'])).toThrow(/--scale/);
  });
});

describe('what a page ships in its HTML', () => {
  const html =
    '<svg><path class="rm-water" d="M0,0H10V10Z"/><path class="rm-land" d="M1,1L2,2Z"/>' +
    '<path class="rm-country rm-country--cambodia" d="M3,3Z"/><path class="rm-route-line" d="M9,9L8,8"/>' +
    '<path class="rm-borders" d="M4,4L5,5"/></svg>' +
    '<script>var a=1;</script><script type="module">import "x";</script><script src="/a.js"></script>' +
    '<script type="application/ld+json">{"@type":"Article"}</script>';

  it('measures the basemap paths and nothing else', () => {
    const g = geographyOf(html, (t) => t.length);
    expect(g?.paths).toBe(4);
    expect(g?.raw).toBe(g?.gz);
    expect(g?.raw).not.toBe(0);
    expect(geographyOf('<path class="rm-route-line" d="M0,0"/>')).toBeNull();
  });

  it('counts an outline kept once in <defs> and drawn by <use> once, however often it is used', () => {
    const shared =
      '<defs><path id="p1" d="M0,0L9,9Z"/><path id="p2" d="M1,1Z"/><path id="arrow" d="M5,5"/></defs>' +
      '<use class="rm-land" href="#p1"/><use class="rm-land" href="#p1"/><use class="rm-country rm-country--nationality" href="#p2"/>' +
      '<use class="rm-route-line" href="#arrow"/>';
    const g = geographyOf(shared, (t) => t.length);
    expect(g).toEqual({ raw: '<path id="p1" d="M0,0L9,9Z"/><path id="p2" d="M1,1Z"/>'.length, gz: g?.raw, paths: 2 });
  });

  it('counts inline scripts, not external ones or JSON data', () => {
    const s = inlineScriptsOf(html, (t) => t.length);
    expect(s.count).toBe(2);
    expect(s.raw).toBe('var a=1;\nimport "x";'.length);
  });
});

describe('scaleStoryData', () => {
  const dataDir = join(process.cwd(), 'data');
  const real = Object.fromEntries(datasetNames.map((n) => [n, JSON.parse(readFileSync(join(dataDir, `${n}.json`), 'utf8'))])) as Record<
    string,
    Record<string, unknown>[]
  >;
  const labels = Object.fromEntries(datasetNames.map((n) => [n, `x10/${n}.json`])) as Record<(typeof datasetNames)[number], string>;

  it('multiplies events and counts only, and the copy passes the real schemas and cross-checks', () => {
    const scaled = scaleStoryData(real, 10);
    expect(scaled['events']).toHaveLength(real['events']!.length * 10);
    expect(scaled['counts']).toHaveLength(real['counts']!.length * 10);
    expect(scaled['sources']).toBe(real['sources']);
    const texts = Object.fromEntries(datasetNames.map((n) => [n, JSON.stringify(scaled[n])])) as Record<(typeof datasetNames)[number], string>;
    const data = parseStoryData(texts, labels);
    expect(data.events).toHaveLength(real['events']!.length * 10);
  });

  it('points references of a copy into the same copy', () => {
    const scaled = scaleStoryData(real, 3);
    const event = scaled['events']!.find((e) => String(e['id']).endsWith('-copy-2') && (e['figures'] as string[]).length > 0)!;
    expect((event['figures'] as string[]).every((f) => f.endsWith('-copy-2'))).toBe(true);
    const part = scaled['counts']!.find((c) => String(c['id']).endsWith('-copy-1') && typeof c['partOf'] === 'string');
    if (part) expect(String(part['partOf'])).toMatch(/-copy-1$/);
  });

  it('leaves the data as is at 1x and refuses a bad factor', () => {
    expect(scaleStoryData(real, 1)['events']).toEqual(real['events']);
    expect(() => scaleStoryData(real, 0)).toThrow(/scale factor/);
  });
});

describe('the TimelineJS page', () => {
  const events = [
    { id: 'a', date: '2022-08', category: 'foreign-pressure', title: 'T <b>', description: 'D </script>' },
    { id: 'b', date: '2022-09-05', endDate: '2022-09-07', category: 'rescues-escapes', title: 'U', description: 'E' },
  ];

  it('gives TimelineJS dates at their precision, end dates and strands', () => {
    expect(tlDate('2019')).toEqual({ year: '2019' });
    expect(tlDate('2022-08')).toEqual({ year: '2022', month: '8' });
    expect(tlDate('2022-09-05')).toEqual({ year: '2022', month: '9', day: '5' });
    const d = timelinejsData(events);
    expect(d.events[1]).toMatchObject({ end_date: { day: '7' }, group: 'Rescues and escapes', text: { headline: 'U' } });
  });

  it('loads TimelineJS from the given folder, without its web fonts, and cannot be broken out of by event text', () => {
    const page = timelinejsPage(events, '/tl/');
    expect(page).toContain('<script src="/tl/js/timeline.js"></script>');
    expect(page).toContain('"font":null');
    expect(page).not.toContain('D </script>');
    expect(page.match(/<\/script>/g)).toHaveLength(2);
  });
});
