/**
 * Enhances a server-rendered RescueChart: sort buttons, a tooltip on hover and keyboard focus, and the named
 * highlight states (`all`, `kind:<kind>`, `country:<CODE>`) read from `data-state` or a `chart:state` event.
 * Rows move by a transform (and in the DOM, so the tab order follows what is seen); nothing is redrawn.
 */
const SORTS = ['figure', 'name'] as const;
type Sort = (typeof SORTS)[number];

export function enhanceRescueChart(root: HTMLElement): void {
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
    const sort: Sort = SORTS.includes(root.dataset['sort'] as Sort) ? (root.dataset['sort'] as Sort) : 'figure';
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

  function applyState(): void {
    const state = root.dataset['state'] ?? 'all';
    const i = state.indexOf(':');
    const type = i < 0 ? state : state.slice(0, i);
    const value = i < 0 ? '' : state.slice(i + 1);
    for (const svg of svgs) {
      // A kind may be named as in the data ("held captive") or by its colour role ("held", from `kind-held`).
      const roleOf = new Map<string, string>();
      for (const dot of svg.querySelectorAll<SVGElement>('.rescue-dot circle')) {
        const role = Array.from(dot.classList).find((c) => c.startsWith('kind-'));
        if (role) roleOf.set(dot.dataset['kind']!, role.slice('kind-'.length));
      }
      for (const row of svg.querySelectorAll<SVGGElement>(':scope > .rescue-row')) {
        row.classList.toggle('is-dimmed', type === 'country' && row.dataset['country'] !== value);
      }
      for (const el of svg.querySelectorAll<SVGElement>('.rescue-row [data-kind]')) {
        const kind = el.dataset['kind']!;
        el.classList.toggle('is-dimmed', type === 'kind' && kind !== value && roleOf.get(kind) !== value);
      }
    }
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
    tooltip.hidden = false;
    const box = root.getBoundingClientRect();
    const d = dot.getBoundingClientRect();
    const tip = tooltip.getBoundingClientRect();
    const cx = d.left + d.width / 2 - box.left;
    const left = Math.max(0, Math.min(box.width - tip.width, cx - tip.width / 2));
    // Above the dot, or below it when there is no room above.
    const above = d.top - box.top - tip.height - 10;
    const top = above >= 0 ? above : d.bottom - box.top + 10;
    tooltip.style.setProperty('left', `${left}px`);
    tooltip.style.setProperty('top', `${top}px`);
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

  root.addEventListener('chart:state', (e) => {
    const detail = (e as CustomEvent<{ state?: string; sort?: string }>).detail ?? {};
    if (detail.state) root.dataset['state'] = detail.state;
    if (detail.sort) root.dataset['sort'] = detail.sort;
  });
  new MutationObserver(() => {
    applyState();
    applySort();
  }).observe(root, { attributes: true, attributeFilter: ['data-state', 'data-sort'] });
  applyState();
  applySort();
}
