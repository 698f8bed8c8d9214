import { describe, expect, it } from 'vitest';
import { loadStoryData } from '../../src/data/loadStoryData';
import { routesMap } from '../../src/lib/charts/trafficking-routes/svg';
import { rescueChart } from '../../src/lib/charts/rescues-by-nationality/svg';
import { describeStep } from '../../src/lib/story/describeStep';
import { readingMinutes, splitFrontmatter } from '../../src/lib/story/loadStory';
import { shareRepeatedPaths, staticFigureHtml } from '../../src/lib/story/staticFigure';

const data = loadStoryData();

describe('staticFigureHtml', () => {
  // Drawn in the overview, so the still's own zoom is what is tested (the component also zooms at build).
  const map = `<div class="routes-map" data-chart="trafficking-routes" data-state="overview">${routesMap(data, { width: 360, state: 'overview', idPrefix: 's' })}</div>`;

  it('staticFigureHtml(map, river-escape) zooms the close-up to the escape, as the client does', () => {
    const zoom = /data-viewbox-river-escape="([^"]+)"/.exec(map)![1]!;
    const out = staticFigureHtml(map, 'trafficking-routes', 'river-escape');
    expect(out).toMatch(new RegExp(`class="rm-panel rm-panel--closeup"[^>]*viewBox="${zoom}"|viewBox="${zoom}"[^>]*class="rm-panel rm-panel--closeup"`));
    expect(staticFigureHtml(map, 'trafficking-routes', 'overview')).not.toContain(`viewBox="${zoom}"`);
  });

  it('staticFigureHtml leaves nothing to focus, no accessible names and no chart-client hooks', () => {
    const out = staticFigureHtml(map, 'trafficking-routes', 'river-escape');
    expect(out).not.toMatch(/tabindex=|role="button"|aria-label=|data-tip=/);
    expect(out).toMatch(/^<div data-enhanced class="routes-map"/);
    expect(out.match(/<svg /g)!.length).toBe(out.match(/<svg aria-hidden="true"/g)!.length);
  });

  it('staticFigureHtml(map, state) frames the panel the state is about, with the key under it and the other panel set aside', () => {
    const full = /class="rm-svg" viewBox="([^"]+)"/.exec(map)![1]!;
    const region = staticFigureHtml(map, 'trafficking-routes', 'overview');
    const closeup = staticFigureHtml(map, 'trafficking-routes', 'cambodia');
    const box = (html: string) => /class="rm-svg" viewBox="([^"]+)"/.exec(html)![1]!.split(' ').map(Number);
    const panel = (html: string, kind: string) => new RegExp(`<svg [^>]*class="rm-panel rm-panel--${kind}[^"]*"[^>]*>`).exec(html)![0];
    const y = (tag: string, name: string) => Number(new RegExp(`\\s${name}="([^"]+)"`).exec(tag)![1]);
    const key = (html: string) => Number(/<g class="rm-legend"[^>]*translate\(0,([\d.]+)\)/.exec(html)![1]);
    for (const [html, kind, other] of [[region, 'region', 'closeup'], [closeup, 'closeup', 'region']] as const) {
      expect(html).toContain(`data-full-viewbox="${full}"`);
      const p = panel(html, kind);
      const [, top, , height] = box(html);
      expect(top).toBe(y(p, 'y'));
      // The key sits under the panel, inside the frame; the other panel is hidden by its class.
      expect(key(html)).toBe(y(p, 'y') + y(p, 'height') + 12);
      expect(top! + height!).toBeGreaterThan(key(html) + 100);
      expect(panel(html, other)).toContain('is-off-frame');
      expect(p).not.toContain('is-off-frame');
    }
    expect(box(region)[3]).toBeLessThan(Number(full.split(' ')[3]) * 0.7);
  });

  it('staticFigureHtml(map, state, {framePanel: false}) keeps the whole map for a wide stage (slides)', () => {
    const full = /class="rm-svg" viewBox="([^"]+)"/.exec(map)![1]!;
    const out = staticFigureHtml(map, 'trafficking-routes', 'cambodia', { framePanel: false });
    expect(/class="rm-svg" viewBox="([^"]+)"/.exec(out)![1]).toBe(full);
    expect(out).not.toContain('is-off-frame');
    expect(out).not.toContain('data-full-viewbox');
  });

  it('staticFigureHtml drops the chart component’s script: a still needs none', () => {
    const html = `<div class="routes-map" data-chart="trafficking-routes" data-state="overview"></div><script type="module" src="/_astro/RoutesMap.js"></script>`;
    expect(staticFigureHtml(html, 'trafficking-routes', 'overview')).not.toContain('<script');
  });

  it('staticFigureHtml(rescues, country:VN) dims every other nationality’s row; kind:repatriated every other kind', () => {
    const svg = `<div class="rescue-chart" data-chart="rescues-by-nationality" data-state="all">${rescueChart(data, { width: 343, sort: 'figure', describedBy: 'x' })}</div>`;
    const byCountry = staticFigureHtml(svg, 'rescues-by-nationality', 'country:VN');
    const rows = [...byCountry.matchAll(/<g [^>]*class="rescue-row[^"]*"[^>]*>/g)].map((m) => m[0]);
    expect(rows.length).toBeGreaterThan(5);
    for (const row of rows) expect(row.includes('is-dimmed'), row).toBe(!row.includes('data-country="VN"'));
    const byKind = staticFigureHtml(svg, 'rescues-by-nationality', 'kind:repatriated');
    const marks = [...byKind.matchAll(/<[a-z]+ [^>]*data-kind="([^"]+)"[^>]*>/g)];
    expect(marks.some((m) => m[1] === 'repatriated')).toBe(true);
    for (const m of marks) expect(m[0].includes('is-dimmed'), m[0]).toBe(m[1] !== 'repatriated');
    expect(byKind).toMatch(/^<div data-enhanced class="rescue-chart" data-chart="rescues-by-nationality"/);
  });
});

describe('shareRepeatedPaths', () => {
  it('shareRepeatedPaths moves a long path used twice into the sprite and keeps its class on each <use>', () => {
    const d = `M0,0${'L1,1'.repeat(80)}Z`;
    const html = `<svg><path class="rm-land" d="${d}"/></svg><svg><path class="rm-land is-x" d="${d}"/><path d="M0,0L1,1"/></svg>`;
    const { html: out, sprite } = shareRepeatedPaths(html);
    expect(sprite).toBe(`<path id="shared-path-1" d="${d}"/>`);
    expect(out).toBe('<svg><use class="rm-land" href="#shared-path-1"/></svg><svg><use class="rm-land is-x" href="#shared-path-1"/><path d="M0,0L1,1"/></svg>');
  });

  it('shareRepeatedPaths leaves a long path used once where it is', () => {
    const html = `<path class="a" d="M${'1,1L'.repeat(100)}0,0"/>`;
    expect(shareRepeatedPaths(html)).toEqual({ html, sprite: '' });
  });
});

describe('describeStep', () => {
  it('describeStep names what each chart’s state highlights', () => {
    expect(describeStep('trafficking-routes', 'origin:TW', data)).toContain('the route from Taiwan');
    expect(describeStep('rescues-by-nationality', 'country:VN', data)).toContain('Vietnam’s figures stand out');
    expect(describeStep('rescues-by-nationality', 'kind:repatriated', data)).toContain('people repatriated');
    expect(describeStep('crackdown-timeline', 'event:binh-di-river-escape', data)).toContain('“Vietnamese workers swim across the Binh Di River” (Aug. 18, 2022) is highlighted');
    expect(describeStep('crackdown-timeline', 'crackdown', data)).toContain('the crackdown weeks of August to October 2022');
    expect(describeStep('crackdown-timeline', 'range:2022-09-16/2022-09-30', data)).toContain('Sept. 16, 2022 to Sept. 30, 2022');
  });
});

describe('loadStory', () => {
  it('splitFrontmatter gives the body and the file line it starts on', () => {
    expect(splitFrontmatter('---\na: 1\nb: 2\n---\n\n## X {#x}\n')).toEqual({ body: '\n## X {#x}\n', firstLine: 5 });
  });
  it('readingMinutes rounds at 230 words a minute, at least one', () => {
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(2300)).toBe(10);
  });
});
