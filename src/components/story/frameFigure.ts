/**
 * Frames the live chart inside the sticky graphic's box, for the state it is in:
 * - the map shows the panel its state is about (the region, or the Cambodia close-up) with its key under
 *   it, cut to the entries for what that panel draws; moving between the two pans and zooms the picture
 *   (a tweened viewBox), the key slides along and the panel left behind fades;
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

/** What a key entry's swatch stands for, as a selector for the marks it keys (`.rm-route--escape`, ...). */
function keyedMarks(item: Element): string | null {
  const swatch = item.firstElementChild;
  const classes = (swatch?.getAttribute('class') ?? '').split(/\s+/).filter((c) => c.includes('--') || c === 'rm-unreported');
  return classes.filter((c) => c !== 'rm-route--figure').map((c) => `.${c}`).join('') || null;
}

/**
 * The map's key, cut to the entries for what `panel` shows and closed up under it (each entry is moved, so
 * the key reads as one list); returns the key's height. Entries are only moved in a single-column key.
 */
function fitKey(legend: Element, panel: Element, tween: Tween): number {
  const items = [...legend.querySelectorAll<SVGGElement>('.rm-legend-item')];
  const boxes = items.map((it) => it.getBBox());
  const textX = items.map((it) => it.querySelector('text')?.getAttribute('x'));
  const oneColumn = textX.every((x) => x === textX[0]);
  // The region panel is read for its routes (its sites are too small to tell apart): it keys only those.
  const routesOnly = panel.classList.contains('rm-panel--region');
  const keep = items.map((it) => {
    const marks = keyedMarks(it);
    if (!oneColumn || !marks) return true;
    return (!routesOnly || marks.startsWith('.rm-route')) && panel.querySelector(marks) !== null;
  });
  const top = Math.min(...boxes.map((b) => b.y));
  const gap = Math.max(2, Math.min(...boxes.slice(1).map((b, i) => b.y - (boxes[i]!.y + boxes[i]!.height))));
  let y = top;
  items.forEach((it, i) => {
    it.setAttribute('data-own', 'transform class');
    it.classList.toggle('is-off-frame', !keep[i]);
    if (!keep[i]) return;
    tween.to(it, 'transform', `translate(0,${r1(y - boxes[i]!.y)})`);
    y += boxes[i]!.height + gap;
  });
  return y - gap;
}

/** The map's frame for a state: a panel with its key under it, and the other panel set aside. */
function mapFrame(svg: SVGSVGElement, state: string, tween: Tween): Box | null {
  const kind = state === 'cambodia' || state === 'river-escape' ? 'closeup' : 'region';
  const panel = svg.querySelector(`.rm-panel--${kind}`);
  if (!panel) return null;
  const [x, y, w, h] = [num(panel, 'x'), num(panel, 'y'), num(panel, 'width'), num(panel, 'height')];
  for (const other of svg.querySelectorAll('.rm-panel, .rm-panel-frame, .rm-panel-title')) {
    other.classList.toggle('is-off-frame', !other.getAttribute('class')!.includes(`--${kind}`));
  }
  const legend = svg.querySelector('.rm-legend');
  const lx = /translate\(\s*([-\d.]+)/.exec(legend?.getAttribute('transform') ?? '')?.[1];
  if (!legend || lx === undefined) return [x, y, w, h];
  // The graphic moves the key from now on (the still it came from keeps the build's place).
  legend.setAttribute('data-own', 'transform');
  const gap = 12;
  tween.to(legend, 'transform', `translate(${lx},${r1(y + h + gap)})`);
  return [x, y, w, h + gap + fitKey(legend, panel, tween) + 4];
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
    if (chart === 'trafficking-routes') [x, y, w, h] = mapFrame(svg, state, tween) ?? full;
    const scale = Math.min(width / w, MAX_SCALE, chart === 'rescues-by-nationality' ? Infinity : height / h);
    if (h * scale > height) {
      const windowH = height / scale;
      y = rescueWindowTop(svg, state, y, h, windowH);
      // End the window after the last whole row in it, rather than through a row.
      const ends = [...svg.querySelectorAll('.rescue-row')].map((r) => num(r, 'data-top') + num(r, 'data-height')).filter((b) => b <= y + windowH && b > y + windowH * 0.6);
      h = ends.length ? Math.max(...ends) - y + 4 : windowH;
    }
    tween.to(svg, 'viewBox', [x, y, w, h].map(r1).join(' '));
    tween.to(svg, 'style:width', `${Math.floor(w * scale)}px`);
    tween.to(svg, 'style:height', `${Math.floor(h * scale)}px`);
    svg.style.setProperty('max-width', 'none');
  }
}
