import { csvParse } from 'd3-dsv';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadStoryData } from '../../../src/data/loadStoryData';
import { chartCsvFile, chartJsonFile, chartSvgFile, creditLine, sourcesLine, standaloneChart } from '../../../src/lib/embed/chartDownloads';
import { svgSize } from '../../../src/lib/embed/chartImage';
import { chartKits } from '../../../src/lib/embed/chartKits';
import { CREDIT } from '../../../src/lib/site';

const kits = chartKits(loadStoryData());

describe('chart downloads', { timeout: 30_000 }, () => {
  for (const kit of kits) {
    it(`${kit.id}.svg stands alone: no var(), no light-dark(), no class-only colours, titled and sized`, () => {
      const file = chartSvgFile(kit, 'https://example.org');
      expect(file.startsWith('<?xml')).toBe(true);
      expect(file).not.toMatch(/var\(--|light-dark\(|currentColor/);
      const { document } = parseHTML(file.replace(/^<\?xml[^>]*>\s*/, ''));
      const svg = document.querySelector('svg')!;
      expect(svg.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
      expect(document.querySelector('title')!.textContent).toBe(kit.title);
      expect(file).toContain(creditLine(kit, 'https://example.org').replace(/&/g, '&amp;'));
      const { width, height } = svgSize(file.replace(/^<\?xml[^>]*>\s*/, ''));
      expect(width).toBeGreaterThan(kit.imageWidth);
      expect(height).toBeGreaterThan(200);
    });

    it(`${kit.id}: the standalone chart colours its marks with the light theme's values`, () => {
      const chart = standaloneChart(kit);
      // Every explicit fill is a resolved colour, a paint server or none.
      const fills = [...chart.matchAll(/fill:([^;"]+)/g)].map((m) => m[1]!.trim());
      expect(fills.length).toBeGreaterThan(10);
      for (const f of fills) expect(f).toMatch(/^(#[0-9a-f]{3,8}|none|transparent|rgba?\(.+\)|url\(.+\))$/i);
      expect(chart).toContain('#1d1c1a'); // --color-text, light
      expect(chart).not.toContain('#ecebe6'); // --color-text, dark
    });

    it(`${kit.id}.csv parses with a header row, a row per record, sources and credit in every row`, () => {
      const csv = chartCsvFile(kit, 'https://example.org');
      const rows = csvParse(csv.slice(1).replace(/\r\n/g, '\n'));
      expect(rows.columns).toEqual([...kit.columns, 'credit', 'licence']);
      expect(rows.length).toBe(kit.rows.length);
      expect(rows.length).toBeGreaterThan(5);
      for (const r of rows) {
        expect(r['sources']).not.toBe('');
        expect(r['credit']).toContain(CREDIT);
      }
    });

    it(`${kit.id}.json names the chart, its credit, licence and sources, and holds the rows`, () => {
      const json = JSON.parse(chartJsonFile(kit, 'https://example.org'));
      expect(json.chart).toMatchObject({ id: kit.id, title: kit.title, page: `https://example.org/charts/${kit.id}/` });
      expect(json.credit).toContain(CREDIT);
      expect(json.licence).toMatch(/CC BY 4\.0/);
      expect(json.sources.length).toBe(kit.sources.length);
      expect(json.rows).toEqual(kit.rows);
    });
  }

  it('every state a kit allows is one its chart understands, and the default comes first', () => {
    for (const kit of kits) {
      expect(kit.states.states[0]).toBe(kit.states.defaultState);
      expect(new Set(kit.states.states).size).toBe(kit.states.states.length);
    }
    expect(kits.find((k) => k.id === 'trafficking-routes')!.states.states).toContain('origin:TW');
    expect(kits.find((k) => k.id === 'rescues-by-nationality')!.states.states).toContain('kind:repatriated');
  });
});

describe('sourceLink', () => {
  it('sourceLink links only full addresses, never an address described in words', async () => {
    const { sourceLink } = await import('../../../src/lib/embed/chartKits');
    expect(sourceLink({ url: 'bangkokpost.com/world/2372568' })).toBe('https://bangkokpost.com/world/2372568');
    expect(sourceLink({ url: 'm.en.freshnewsasia.com (2019-12-21 item 16259)' })).toBeUndefined();
    expect(sourceLink({ url: 'e.vnexpress.net ...-4501827.html' })).toBeUndefined();
    expect(sourceLink({})).toBeUndefined();
  });
});

describe('sourcesLine', () => {
  const source = (publisher: string) => ({ publisher }) as Parameters<typeof sourcesLine>[0][number];
  const four = ['VOA Khmer', 'AllAfrica', 'VOA Khmer', 'Bangkok Post', 'Xinhua'].map(source);
  it('names each outlet once', () => {
    expect(sourcesLine(four)).toBe('Sources: VOA Khmer; AllAfrica; Bangkok Post; Xinhua.');
    expect(sourcesLine([source('VOA Khmer')])).toBe('Source: VOA Khmer.');
  });
  it('names the first few and counts the rest, saying where they are all named, when asked', () => {
    expect(sourcesLine(four, { max: 2, where: 'named with each event' })).toBe('Sources: VOA Khmer; AllAfrica and 2 others, named with each event.');
    expect(sourcesLine(four, { max: 3, where: 'x' })).toBe('Sources: VOA Khmer; AllAfrica; Bangkok Post and 1 other, x.');
    expect(sourcesLine(four, { max: 4, where: 'x' })).toBe(sourcesLine(four));
  });
});
