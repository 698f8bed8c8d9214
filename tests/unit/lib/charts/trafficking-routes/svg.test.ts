import { describe, expect, it } from 'vitest';
import { loadStoryData } from '../../../../../src/data/loadStoryData';
import { rectsOverlap } from '../../../../../src/lib/labels/placeLabels';
import { routesMap } from '../../../../../src/lib/charts/trafficking-routes/svg';
import { routesMapScene } from '../../../../../src/lib/charts/trafficking-routes/scene';
import { parseRoutesMapState, stateNationality } from '../../../../../src/lib/charts/trafficking-routes/state';
import { expectSvgSnapshot } from '../../../../helpers/svgSnapshot';
import { routesMapData } from '../../../../fixtures/routesMapData';

const story = loadStoryData();
// Phone and desktop edges, and the widths RoutesMap.astro draws its tablet and desktop maps at (640, 960).
const WIDTHS = [320, 375, 640, 768, 960, 1280];

describe('routesMap snapshots', () => {
  it('routesMap(fixture, { width: 375 }) draws the phone layout', () => {
    expectSvgSnapshot(routesMap(routesMapData, { width: 375 }), 'routes-map-phone');
  }, 30_000);

  it('routesMap(fixture, { width: 1100, state: "origin:TW" }) draws the desktop layout', () => {
    expectSvgSnapshot(routesMap(routesMapData, { width: 1100, state: 'origin:TW' }), 'routes-map-desktop-origin-tw');
  }, 30_000);
});

describe('routesMap', () => {
  it('routesMap uses no inline styles or style elements (the CSP forbids them)', () => {
    const svg = routesMap(story, { width: 375 });
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).not.toMatch(/<style/);
    expect(svg).not.toMatch(/<script/);
  });

  it('typeScale sets every label and the key larger (keyTypeScale the key alone), and places them at that size; 1 changes nothing', () => {
    const base = routesMapScene(story, { width: 900, height: 400 });
    expect(routesMapScene(story, { width: 900, height: 400, typeScale: 1 })).toEqual(base);
    const big = routesMapScene(story, { width: 900, height: 400, typeScale: 1.25, keyTypeScale: 1.15 });
    expect(big.layout.fontSize).toBeCloseTo(base.layout.fontSize * 1.25);
    expect(big.layout.smallFontSize).toBeCloseTo(base.layout.smallFontSize * 1.25);
    expect(big.legendFontSize).toBeCloseTo(base.legendFontSize * 1.15);
    const sizes = (s: typeof base) => [...s.region.labels, ...s.closeup.labels].map((l) => Math.min(...l.lineSizes));
    expect(Math.min(...sizes(big))).toBeGreaterThanOrEqual(Math.min(...sizes(base)) * 1.25 - 0.01);
    // Placed for the larger type: no two labels of a panel overlap.
    for (const panel of [big.region, big.closeup]) {
      const boxes = panel.labels.map((l) => l.box);
      boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(rectsOverlap(a, b)).toBe(false)));
    }
    // The key, laid out at its size, is taller: the map grows to hold it.
    expect(big.layout.legend.height).toBeGreaterThan(base.layout.legend.height);
    expect(big.layout.height).toBeGreaterThanOrEqual(base.layout.height);
  });

  it('regionShare gives the wide layout\'s regional panel that share of the width and the close-up the rest; the default is 0.62', () => {
    const base = routesMapScene(story, { width: 900, height: 400 });
    expect(routesMapScene(story, { width: 900, height: 400, regionShare: 0.62 })).toEqual(base);
    const wider = routesMapScene(story, { width: 900, height: 400, typeScale: 1.25, keyTypeScale: 1.15, regionShare: 0.58 });
    expect(wider.layout.region.width).toBe(Math.round(900 * 0.58));
    expect(wider.layout.closeup.width).toBe(900 - Math.round(900 * 0.58) - 20);
    expect(wider.layout.closeup.width).toBeGreaterThan(base.layout.closeup.width);
    // Every place with a reported figure keeps its label on the regional panel.
    const texts = wider.region.labels.flatMap((l) => l.lines).join(' ');
    for (const figure of ['1,000+ rescued', '800+ rescued', '99 detained in raids', '241 repatriated']) expect(texts).toContain(figure);
  });

  it('routesMap stacks the close-up under the map below 600px and sets it beside the map above', () => {
    const narrow = routesMapScene(story, { width: 375 }).layout;
    expect(narrow.narrow).toBe(true);
    expect(narrow.closeup.y).toBeGreaterThan(narrow.region.y + narrow.region.height);
    expect(narrow.region.height).toBeGreaterThan(narrow.width);
    const wide = routesMapScene(story, { width: 1100 }).layout;
    expect(wide.narrow).toBe(false);
    expect(wide.closeup.x).toBeGreaterThan(wide.region.x + wide.region.width);
  });

  for (const width of WIDTHS) {
    it(`routesMap at ${width}px draws every origin in the data, each route focusable with its figures in words`, () => {
      const svg = routesMap(story, { width });
      const origins = new Set(story.routes.flatMap((r) => ('country' in r.from && r.from.country !== 'KH' ? [r.from.country] : [])));
      expect(origins.size).toBeGreaterThanOrEqual(12);
      for (const code of origins) {
        const name = story.countryByCode.get(code)!.name;
        expect(svg, code).toMatch(new RegExp(`class="rm-route rm-route--trunk[^"]*" data-routes="[^"]+" data-number="\\d+" data-nationality="${code}"`));
        expect(svg, code).toContain(`data-label="nat-${code}"`);
        expect(svg, code).toContain(`>${name.replace('&', '&amp;')}</tspan>`);
      }
      // Every route record arrives (as a close-up stub, or the escape) where its people were held.
      for (const route of story.routes) expect(svg, route.id).toMatch(new RegExp(`class="rm-route rm-route--(stub|escape)[^"]*" data-route="${route.id}"`));
      // Every focusable element has a name.
      const focusable = svg.match(/<[a-z]+[^>]*tabindex="0"[^>]*>/g)!;
      expect(focusable.length).toBeGreaterThan(story.routes.length);
      for (const el of focusable) expect(el).toMatch(/aria-label="[^"]{12,}"/);
    });

    it(`routesMap at ${width}px places no two labels on top of each other, all inside their panel`, () => {
      const scene = routesMapScene(story, { width });
      for (const panel of [scene.region, scene.closeup]) {
        const { labels } = panel;
        for (let i = 0; i < labels.length; i++) {
          const b = labels[i]!.box;
          expect(b.x).toBeGreaterThanOrEqual(0);
          expect(b.y).toBeGreaterThanOrEqual(0);
          expect(b.x + b.width).toBeLessThanOrEqual(panel.box.width);
          expect(b.y + b.height).toBeLessThanOrEqual(panel.box.height);
          for (let j = i + 1; j < labels.length; j++) {
            expect(rectsOverlap(b, labels[j]!.box), `${labels[i]!.id} / ${labels[j]!.id}`).toBe(false);
          }
        }
        // Nationality, Cambodia, site and escape labels are never dropped; only context names may be.
        expect(panel.dropped.filter((id) => !id.startsWith('ctx-') && !id.startsWith('cctx-'))).toEqual([]);
      }
    });
  }

  it('routesMap labels figures with their qualifier and kind, and embassy-only origins as such', () => {
    const svg = routesMap(story, { width: 1280 });
    expect(svg).toContain('300+ held captive');
    expect(svg).toContain('241 repatriated');
    expect(svg).toMatch(/class="rm-route rm-route--trunk rm-route--into-cambodia rm-route--embassy-request" data-routes="mn-into-cambodia"/);
    expect(svg).toMatch(/class="rm-route rm-route--stub rm-route--into-cambodia rm-route--embassy-request" data-route="mn-into-cambodia"/);
    expect(svg).toMatch(/data-label="nat-MN"[^>]*>.*?asked for help/);
    expect(svg).toMatch(/aria-label="Taiwan to Cambodia \(site not reported\)\.[^"]*more than 300 \(held captive\)/);
    expect(svg).toMatch(/aria-label="\d+\. Taiwan\. 2 routes into Cambodia[^"]*Figure shown: more than 300 \(held captive\)/);
  });

  it('routesMap draws the outward flow and the escape in their own styles', () => {
    const svg = routesMap(story, { width: 1280 });
    expect(svg).toMatch(/class="rm-route rm-route--trunk rm-route--out-of-cambodia rm-route--reported" data-routes="cambodians-to-thailand"/);
    expect(svg).toMatch(/class="rm-route rm-route--escape rm-route--figure rm-route--has-figure" data-route="binh-di-escape-to-vietnam"/);
    expect(svg).toContain('across the Binh Di River');
    expect(svg).toMatch(/data-viewbox-river-escape="\d+ \d+ \d+ \d+"/);
  });

  it('routesMap draws sites at their recorded precision', () => {
    const svg = routesMap(story, { width: 1280 });
    expect(svg).toMatch(/class="rm-site rm-site--province" data-site="koh-kong"/);
    expect(svg).toMatch(/class="rm-site rm-site--approximate rm-site--escape-from" data-site="koh-thom"/);
    expect(svg).toMatch(/class="rm-site rm-site--town" data-site="sihanoukville"/);
  });

  it('routesMap marks the highlighted nationality active for a state like origin:TW', () => {
    const svg = routesMap(story, { width: 375, state: 'origin:TW' });
    expect(svg).toMatch(/class="rm-route rm-route--trunk[^"]* is-active" data-routes="tw-into-cambodia/);
    expect(svg).toMatch(/class="rm-route rm-route--stub[^"]* is-active" data-route="tw-detained-sihanoukville-raid"/);
    expect(svg).not.toMatch(/is-active" data-route="id-into-cambodia"/);
    expect(svg).toMatch(/class="rm-site rm-site--town is-active" data-site="sihanoukville"/);
    expect(svg).toMatch(/class="rm-country rm-country--nationality is-active"[^>]*data-nationality="TW"/);
  });
});

describe('routesMapState', () => {
  it('parseRoutesMapState accepts the named states and origin:<CODE>, and falls back otherwise', () => {
    for (const s of ['overview', 'all-origins', 'cambodia', 'river-escape', 'origin:TW']) expect(parseRoutesMapState(s)).toBe(s);
    expect(parseRoutesMapState('origin:tw')).toBe('overview');
    expect(parseRoutesMapState('zoom')).toBe('overview');
    expect(parseRoutesMapState(undefined, 'cambodia')).toBe('cambodia');
    expect(stateNationality('origin:VN')).toBe('VN');
    expect(stateNationality('cambodia')).toBeNull();
  });
});
