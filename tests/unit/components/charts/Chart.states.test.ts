/**
 * Every chart in every one of its named states, rendered at build time through the one component contract
 * (Chart.astro, as pages, embeds and slides use it), with no JavaScript: the state is in the markup.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import Chart from '../../../../src/components/charts/Chart.astro';
import { loadStoryData } from '../../../../src/data/loadStoryData';
import { applyRescueState } from '../../../../src/lib/charts/rescues-by-nationality/applyState';
import { rescueKindDimmed } from '../../../../src/lib/charts/rescues-by-nationality/state';
import { CHARTS, chartById, type ChartId } from '../../../../src/lib/charts/registry';
import { highlightedEventIds, parseTimelineState } from '../../../../src/lib/charts/crackdown-timeline/state';
import type { CountKind } from '../../../../src/data/schemas/count';

const data = loadStoryData();
let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const rendered = new Map<string, Promise<string>>();
/** The chart's root element as the page gets it, in a given state (each rendering made once, parsed afresh). */
async function render(chart: ChartId, state: string, widths?: number[]): Promise<HTMLElement> {
  const key = `${chart} ${state} ${widths ?? ''}`;
  if (!rendered.has(key)) rendered.set(key, container.renderToString(Chart, { props: { chart, data, state, ...(widths ? { widths } : {}) } }));
  const html = await rendered.get(key)!;
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return document.querySelector(`[data-chart="${chart}"]`) as unknown as HTMLElement;
}
const classes = (el: Element) => (el.getAttribute('class') ?? '').split(/\s+/);
const all = (root: Element, sel: string) => Array.from(root.querySelectorAll(sel));

// Rendering the map and Plot's charts takes a while on a busy machine.
describe('Chart renders every named state at build time', { timeout: 120_000 }, () => {
  it('every chart lists its states, and each example parses to itself', () => {
    for (const chart of CHARTS) {
      const examples = chart.states.examples(data);
      expect(examples.length, chart.id).toBeGreaterThan(3);
      for (const s of examples) expect(chart.states.parse(s), `${chart.id} ${s}`).toBe(s);
      expect(chart.states.parse('zoom-to-mars<script>')).toBe(chart.states.default);
    }
  });

  describe('trafficking-routes', () => {
    const chart = chartById('trafficking-routes');
    const css = readFileSync('src/components/charts/trafficking-routes/RoutesMap.css', 'utf8');
    for (const state of chart.states.examples(data)) {
      it(`state ${state}: root, highlighted origin and zoom are in the markup`, async () => {
        const root = await render('trafficking-routes', state, [680]);
        expect(root.getAttribute('data-state')).toBe(state);
        const origin = state.startsWith('origin:') ? state.slice(7) : null;
        const marks = all(root, 'svg [data-nationality]');
        expect(marks.length).toBeGreaterThan(10);
        for (const m of marks) expect(classes(m).includes('is-active'), `${state}: ${m.getAttribute('class')}`).toBe(m.getAttribute('data-nationality') === origin);
        for (const b of all(root, 'button[data-nationality]')) expect(b.getAttribute('aria-pressed')).toBe(String(b.getAttribute('data-nationality') === origin));
        const closeup = root.querySelector('.rm-panel--closeup')!;
        const zoomed = state === 'river-escape' ? closeup.getAttribute('data-viewbox-river-escape') : closeup.getAttribute('data-viewbox');
        expect(closeup.getAttribute('viewBox')).toBe(zoomed);
        // What recedes is styled by the root's data-state, which the markup carries: the rule must exist.
        if (state !== 'overview') expect(css).toContain(`.routes-map[data-state${origin ? "^='origin:'" : `='${state}'`}]`);
      });
    }
  });

  describe('rescues-by-nationality', () => {
    const chart = chartById('rescues-by-nationality');
    for (const state of chart.states.examples(data)) {
      it(`state ${state}: the rows and marks it sets back are dimmed, the others not`, async () => {
        const root = await render('rescues-by-nationality', state);
        expect(root.getAttribute('data-state')).toBe(state);
        const svgs = all(root, 'svg.rescue-svg');
        expect(svgs).toHaveLength(2);
        for (const svg of svgs) {
          for (const row of all(svg, '.rescue-row')) {
            const dim = state.startsWith('country:') && row.getAttribute('data-country') !== state.slice(8);
            expect(classes(row).includes('is-dimmed'), `${state} row ${row.getAttribute('data-country')}`).toBe(dim);
          }
          const dots = all(svg, '.rescue-dot circle');
          for (const dot of dots) {
            const dim = state.startsWith('kind:') && rescueKindDimmed(state as `kind:${string}`, dot.getAttribute('data-kind') as CountKind);
            expect(classes(dot).includes('is-dimmed')).toBe(dim);
          }
          if (state.startsWith('kind:')) expect(dots.some((d) => !classes(d).includes('is-dimmed'))).toBe(true);
          if (state === 'all') expect(svg.innerHTML).not.toContain('is-dimmed');
        }
      });
    }

    it('the client, applying a state to the drawing in `all`, gets the drawing the server made in that state', async () => {
      const plain = (await render('rescues-by-nationality', 'all')).querySelector('svg.rescue-svg')!;
      for (const state of chart.states.examples(data).filter((s) => s !== 'all')) {
        const drawn = (await render('rescues-by-nationality', state)).querySelector('svg.rescue-svg')!;
        const copy = plain.cloneNode(true) as Element;
        applyRescueState(copy, chart.states.parse(state) as never);
        expect(copy.outerHTML, state).toBe(drawn.outerHTML);
      }
    });
  });

  describe('crackdown-timeline', () => {
    const chart = chartById('crackdown-timeline');
    for (const state of chart.states.examples(data)) {
      it(`state ${state}: the events it picks are highlighted in the overview and the list, the rest dimmed`, async () => {
        const root = await render('crackdown-timeline', state);
        expect(root.getAttribute('data-state')).toBe(state);
        const highlight = parseTimelineState(state);
        const picked = highlightedEventIds(data.events, highlight);
        if (highlight) expect(picked.size).toBeGreaterThan(0);
        const items = all(root, '.tl-list > li[data-event]');
        expect(items).toHaveLength(data.events.length);
        for (const el of [...all(root, 'a.tl-event'), ...items]) {
          const id = el.getAttribute('data-event')!;
          expect(classes(el).includes('is-highlighted'), `${state} ${id}`).toBe(highlight !== null && picked.has(id));
          expect(classes(el).includes('is-dimmed'), `${state} ${id}`).toBe(highlight !== null && !picked.has(id));
        }
        for (const rect of all(root, 'rect.tl-range')) {
          expect(rect.getAttribute('visibility')).toBe(highlight && 'range' in highlight ? null : 'hidden');
        }
      });
    }
  });
});
