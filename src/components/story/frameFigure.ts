/**
 * Frames the live chart inside the sticky graphic's box, for the state it is in:
 * - the map shows the panel its state is about (the region, or the Cambodia close-up) with its key under
 *   it; moving between the two pans and zooms the picture (a tweened viewBox), the key slides along and
 *   the panel left behind fades;
 * - a chart taller than the box at a readable size shows the part around what its state highlights.
 * Only viewBoxes, drawn sizes and the key's position change; what is drawn is the build's.
 */
import type { Tween } from './tween';

/** Largest magnification in the graphic: labels stay a reading size, not a poster size. */
const MAX_SCALE = 1.6;

type Box = [number, number, number, number];
const boxOf = (value: string | null | undefined): Box => (value || '0 0 1 1').split(/[\s,]+/).map(Number) as Box;
const num = (el: Element, name: string) => Number(el.getAttribute(name) ?? 0);
const r1 = (n: number) => Math.round(n * 10) / 10;

/** The map's frame for a state: a panel with the key placed under it, and the other panel set aside. */
function mapFrame(svg: SVGSVGElement, full: Box, state: string): { box: Box; legendY: number | null } | null {
  const kind = state === 'cambodia' || state === 'river-escape' ? 'closeup' : 'region';
  const panel = svg.querySelector(`.rm-panel--${kind}`);
  if (!panel) return null;
  const [x, y, w, h] = [num(panel, 'x'), num(panel, 'y'), num(panel, 'width'), num(panel, 'height')];
  for (const other of svg.querySelectorAll('.rm-panel, .rm-panel-frame, .rm-panel-title')) {
    other.classList.toggle('is-off-frame', !other.getAttribute('class')!.includes(`--${kind}`));
  }
  const legend = svg.querySelector('.rm-legend');
  if (legend && !legend.hasAttribute('data-own')) {
    // The graphic moves the key from now on; where the build put it is kept.
    legend.setAttribute('data-build-transform', legend.getAttribute('transform') ?? '');
    legend.setAttribute('data-own', 'transform data-build-transform');
  }
  const at = /translate\(\s*([-\d.]+)[ ,]+([-\d.]+)/.exec(legend?.getAttribute('data-build-transform') ?? '');
  if (!legend || !at) return { box: [x, y, w, h], legendY: null };
  // The key's height: from where the build put it to the bottom of the drawing (it comes last).
  const legendTop = Number(at[2]);
  const legendHeight = full[1] + full[3] - legendTop;
  const gap = 12;
  return { box: [x, y, w, h + gap + legendHeight], legendY: y + h + gap };
}

/** A window of `windowH` around the row a rescue-chart state is about, or the top. */
function rescueWindowTop(svg: SVGSVGElement, state: string, y: number, h: number, windowH: number): number {
  const country = /^country:(.+)$/.exec(state)?.[1];
  const row = country
    ? svg.querySelector(`.rescue-row[data-country="${CSS.escape(country)}"]`)
    : state.startsWith('kind:')
      ? ([...svg.querySelectorAll('.rescue-row')].find((r) => r.querySelector('[data-kind]:not(.is-dimmed)')) ?? null)
      : null;
  const focus = row ? num(row, 'data-top') + Math.min(num(row, 'data-height'), windowH) / 2 : y + windowH / 2;
  return Math.max(y, Math.min(focus - windowH / 2, y + h - windowH));
}

/** Frames every drawing of `figure` the reader can see in `width` x `height`, through `tween`. */
export function frameFigure(figure: HTMLElement, width: number, height: number, tween: Tween): void {
  const chart = figure.dataset['chartId'];
  const state = figure.dataset['chartState'] ?? '';
  for (const svg of figure.querySelectorAll<SVGSVGElement>('svg')) {
    if (svg.parentElement?.closest('svg') || svg.getClientRects().length === 0) continue;
    svg.dataset['fullViewbox'] ??= svg.getAttribute('viewBox') ?? '';
    const full = boxOf(svg.dataset['fullViewbox']);
    let [x, y, w, h] = full;
    if (chart === 'trafficking-routes') {
      const frame = mapFrame(svg, full, state);
      if (frame) {
        [x, y, w, h] = frame.box;
        const legend = svg.querySelector('.rm-legend');
        const lx = /translate\(\s*([-\d.]+)/.exec(legend?.getAttribute('data-build-transform') ?? '')?.[1] ?? '0';
        if (legend && frame.legendY !== null) tween.to(legend, 'transform', `translate(${lx},${r1(frame.legendY)})`);
      }
    }
    const scale = Math.min(width / w, MAX_SCALE, chart === 'rescues-by-nationality' ? Infinity : height / h);
    if (h * scale > height) {
      const windowH = height / scale;
      y = rescueWindowTop(svg, state, y, h, windowH);
      h = windowH;
    }
    tween.to(svg, 'viewBox', [x, y, w, h].map(r1).join(' '));
    tween.to(svg, 'style:width', `${Math.floor(w * scale)}px`);
    tween.to(svg, 'style:height', `${Math.floor(h * scale)}px`);
    svg.style.setProperty('max-width', 'none');
  }
}
