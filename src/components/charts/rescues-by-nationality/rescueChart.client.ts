/**
 * Enhances a server-rendered RescueChart: sort buttons, a tooltip on hover and keyboard focus, and the named
 * highlight states (`all`, `kind:<kind>`, `country:<CODE>`) through the shared chart contract (`data-state`
 * on `[data-chart="rescues-by-nationality"]`, or a `chart:state` event, which may also carry `sort`).
 * States are applied by the same function the server drew them with. Rows move by a transform (and in the
 * DOM, so the tab order follows what is seen); nothing is redrawn.
 */
import { applyRescueState } from '../../../lib/charts/rescues-by-nationality/applyState';
import { parseRescueSort, parseRescueState } from '../../../lib/charts/rescues-by-nationality/state';
import { wireChartState } from '../shared/chartState';
import { placeTooltip } from '../shared/tooltip';

/** Enhances every rescue chart on the page not yet enhanced. */
export function enhanceRescueCharts(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-chart="rescues-by-nationality"]:not([data-enhanced])')) enhanceRescueChart(root);
}

function enhanceRescueChart(root: HTMLElement): void {
  const controls = root.querySelector<HTMLElement>('[data-rescue-controls]');
  const tooltip = root.querySelector<HTMLElement>('[data-rescue-tooltip]');
  const svgs = Array.from(root.querySelectorAll<SVGSVGElement>('svg.rescue-svg'));
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;

  if (controls) {
    controls.hidden = false;
    controls.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-sort-by]');
      if (button) root.dataset['sort'] = button.dataset['sortBy'];
    });
  }

  function applySort(): void {
    const sort = parseRescueSort(root.dataset['sort']);
    for (const b of root.querySelectorAll('button[data-sort-by]')) b.setAttribute('aria-pressed', String(b.getAttribute('data-sort-by') === sort));
    for (const svg of svgs) {
      if (svg.dataset['sort'] === sort) continue;
      svg.dataset['sort'] = sort;
      const rows = Array.from(svg.querySelectorAll<SVGGElement>(':scope > .rescue-row'));
      const first = Math.min(...rows.map((r) => Number(r.dataset['top'])));
      const rank = sort === 'name' ? 'rankName' : 'rankFigure';
      rows.sort((a, b) => Number(a.dataset[rank]) - Number(b.dataset[rank]));
      const anchor = svg.querySelector(':scope > .rescue-nocount-block');
      let y = first;
      for (const row of rows) {
        const from = row.style.transform || 'translateY(0px)';
        const to = `translateY(${y - Number(row.dataset['top'])}px)`;
        row.style.transform = to;
        svg.insertBefore(row, anchor);
        if (!reduceMotion && svg.checkVisibility?.()) row.animate([{ transform: from }, { transform: to }], { duration: 400, easing: 'ease-in-out' });
        y += Number(row.dataset['height']);
      }
    }
    hideTooltip();
  }

  /** The dot a target stands for: itself, or on a line of several dots, the one nearest the pointer. */
  function dotFor(el: Element, clientX?: number): SVGElement | null {
    const svg = el.closest('svg');
    const key = el.closest<SVGElement>('[data-id], [data-line]')?.dataset;
    if (!svg || !key) return null;
    if (key['id']) return svg.querySelector<SVGElement>(`.rescue-dot circle[data-id="${CSS.escape(key['id'])}"]`);
    const dots = Array.from(svg.querySelectorAll<SVGElement>(`.rescue-dot circle[data-line="${CSS.escape(key['line']!)}"]`));
    const distance = (d: SVGElement) => {
      const r = d.getBoundingClientRect();
      return clientX === undefined ? 0 : Math.abs(r.left + r.width / 2 - clientX);
    };
    return dots.reduce<SVGElement | null>((best, d) => (best === null || distance(d) < distance(best) ? d : best), null);
  }

  let active: SVGElement | null = null;
  function showTooltip(dot: SVGElement): void {
    if (!tooltip || (active === dot && !tooltip.hidden)) return;
    hideTooltip();
    active = dot;
    dot.closest('svg')?.querySelector(`.rescue-hit rect[data-line="${CSS.escape(dot.dataset['line']!)}"]`)?.classList.add('is-active');
    tooltip.querySelector('.rescue-tip-title')!.textContent = dot.dataset['tipTitle'] ?? '';
    tooltip.querySelector('.rescue-tip-value')!.textContent = dot.dataset['tipValue'] ?? '';
    const list = tooltip.querySelector('.rescue-tip-detail')!;
    list.replaceChildren(
      ...(dot.dataset['tipDetail'] ?? '').split('\n').map((line) => Object.assign(document.createElement('li'), { textContent: line })),
    );
    placeTooltip(tooltip, root, dot);
  }
  function hideTooltip(): void {
    if (tooltip) tooltip.hidden = true;
    for (const r of root.querySelectorAll('.rescue-hit rect.is-active')) r.classList.remove('is-active');
    active = null;
  }

  for (const svg of svgs) {
    svg.addEventListener('pointermove', (e) => {
      const dot = dotFor(e.target as Element, e.clientX);
      if (dot) showTooltip(dot);
      else hideTooltip();
    });
    svg.addEventListener('pointerleave', () => {
      if (!svg.contains(document.activeElement)) hideTooltip();
    });
  }
  // Focus listeners go on the root, not the <svg>: Chromium puts an SVG element that has them in the tab order.
  root.addEventListener('focusin', (e) => {
    const dot = (e.target as Element).closest('svg') ? dotFor(e.target as Element) : null;
    if (dot) showTooltip(dot);
  });
  root.addEventListener('focusout', hideTooltip);
  root.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hideTooltip();
  });

  wireChartState(root, {
    parse: (v) => parseRescueState(v),
    apply: (state) => {
      for (const svg of svgs) applyRescueState(svg, state);
    },
    also: {
      'data-sort': (detail) => {
        if (typeof detail['sort'] === 'string') root.dataset['sort'] = parseRescueSort(detail['sort']);
        else applySort();
      },
    },
  });
  applySort();
}
