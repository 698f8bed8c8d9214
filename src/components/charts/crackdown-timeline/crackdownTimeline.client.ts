/**
 * Enhances a server-rendered CrackdownTimeline. Everything is already on the page; this only adds:
 * - selection: clicking or focusing an event (in the overview or the list) shows it in the details panel,
 *   marks it in both, and announces it through the live region;
 * - keyboard: the overview is one tab stop; arrow keys move between the shown events, Home and End jump;
 * - a category filter (toggle buttons) that hides other events in the overview and the list;
 * - deep links: `#event-<id>` selects that event on load and on hashchange;
 * - named states through the shared chart contract (`data-state` on `[data-chart="crackdown-timeline"]`, or
 *   a `chart:state` event with `{ state }`, `{ event }` or `{ range }`), parsed as the server parsed them.
 */
import { interpolateBreakpoints, type Breakpoint } from '../../../lib/charts/crackdown-timeline/focusContextScale';
import { highlightedEventIds, highlightSpan, parseTimelineState, timelineStateName, type TimelineState } from '../../../lib/charts/crackdown-timeline/state';
import { wireChartState } from '../shared/chartState';
import { rovingFocus } from '../shared/rovingFocus';

/** Enhances every timeline on the page not yet enhanced. */
export function enhanceCrackdownTimelines(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-chart="crackdown-timeline"]:not([data-enhanced])')) {
    // A timeline whose list is fetched on demand (`data-list-src`, in embeds) waits for it: selection,
    // filters and states all work on the list's items.
    if (root.dataset['listSrc'] && !root.querySelector('.tl-list')) continue;
    enhanceCrackdownTimeline(root);
  }
}

const EVENT_HASH = /^#event-([a-z0-9-]+)$/;

function enhanceCrackdownTimeline(root: HTMLElement): void {
  const items = Array.from(root.querySelectorAll<HTMLLIElement>('.tl-list > li[data-event]'));
  const ids = items.map((li) => li.dataset['event']!);
  const itemById = new Map(items.map((li) => [li.dataset['event']!, li]));
  const marks = Array.from(root.querySelectorAll<SVGAElement>('a.tl-event'));
  const svgs = Array.from(root.querySelectorAll<SVGSVGElement>('svg.tl-svg'));
  const detail = root.querySelector<HTMLElement>('[data-tl-detail]');
  const live = root.querySelector<HTMLElement>('[data-tl-live]');
  const empty = root.querySelector<HTMLElement>('[data-tl-empty]');
  const filters = Array.from(root.querySelectorAll<HTMLButtonElement>('button.tl-filter'));
  let selected: string | null = null;

  root.querySelector<HTMLElement>('[data-tl-controls]')?.removeAttribute('hidden');
  root.querySelector<HTMLElement>('[data-tl-hint]')?.removeAttribute('hidden');

  const marksFor = (id: string) => marks.filter((m) => m.dataset['event'] === id);
  const isShown = (id: string) => !itemById.get(id)?.hidden;
  const shownIds = () => ids.filter(isShown);
  /** The mark of an event in the overview that is displayed at this width. */
  const visibleMark = (id: string) => marksFor(id).find((m) => m.getClientRects().length > 0);

  /** One tab stop for the whole overview: the selected event, else the first shown one. */
  function updateTabStops(): void {
    const current = selected && isShown(selected) ? selected : shownIds()[0];
    for (const m of marks) m.setAttribute('tabindex', m.dataset['event'] === current ? '0' : '-1');
  }

  function announce(id: string): void {
    const li = itemById.get(id);
    if (!li || !live) return;
    const shown = shownIds();
    const text = (sel: string) => li.querySelector(sel)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const figures = Array.from(li.querySelectorAll('.tl-figures > li'), (f) =>
      `${f.querySelector('.tl-figure-value')?.textContent ?? ''} ${f.querySelector('.tl-figure-label')?.textContent ?? ''}`.trim(),
    );
    live.textContent = [
      `Event ${shown.indexOf(id) + 1} of ${shown.length}.`,
      `${text('.tl-date')}${li.querySelector('.tl-inferred') ? ', date inferred' : ''}.`,
      `${text('.tl-cat')}.`,
      `${text('.tl-title')}.`,
      text('.tl-desc'),
      figures.length ? `Figures: ${figures.join('; ')}.` : '',
      text('.tl-disagreement'),
    ]
      .filter(Boolean)
      .join(' ');
  }

  function showDetail(id: string | null): void {
    if (!detail) return;
    const li = id ? itemById.get(id) : undefined;
    if (!li) {
      detail.hidden = true;
      detail.replaceChildren();
      return;
    }
    const copy = li.cloneNode(true) as HTMLElement;
    copy.querySelector('.tl-year')?.remove();
    // The list keeps the headings; in the panel the title is plain text, so the outline is not doubled.
    const heading = copy.querySelector('.tl-title');
    if (heading) {
      const p = document.createElement('p');
      p.className = heading.className;
      p.replaceChildren(...Array.from(heading.childNodes));
      heading.replaceWith(p);
    }
    detail.className = `tl-detail cat-${li.dataset['category']}`;
    detail.replaceChildren(...Array.from(copy.childNodes));
    const link = document.createElement('p');
    link.className = 'tl-detail-link';
    const a = document.createElement('a');
    a.href = `#event-${id}`;
    a.textContent = 'Go to this event in the list';
    link.append(a);
    detail.append(link);
    detail.hidden = false;
  }

  /** Selects an event (or none): marks it in the overview and the list, shows and announces its details. */
  function select(id: string | null, options: { focus?: boolean; announce?: boolean } = {}): void {
    if (id !== null && !itemById.has(id)) return;
    selected = id;
    for (const m of marks) m.classList.toggle('is-selected', m.dataset['event'] === id);
    for (const li of items) li.classList.toggle('is-selected', li.dataset['event'] === id);
    updateTabStops();
    showDetail(id);
    if (id && options.announce !== false) announce(id);
    if (id && options.focus) visibleMark(id)?.focus();
  }

  // Overview: click selects (and updates the address so it can be shared) without jumping to the list.
  for (const svg of svgs) {
    svg.addEventListener('click', (e) => {
      const mark = (e.target as Element).closest<SVGAElement>('a.tl-event') ?? nearestMark(svg, e);
      if (!mark) return;
      e.preventDefault();
      const id = mark.dataset['event']!;
      select(id, { focus: true });
      history.replaceState(null, '', `#event-${id}`);
    });
    svg.addEventListener('focusin', (e) => {
      const mark = (e.target as Element).closest<SVGAElement>('a.tl-event');
      if (mark && mark.dataset['event'] !== selected) select(mark.dataset['event']!);
    });
    rovingFocus(svg, {
      items: () => shownIds().map((id) => marksFor(id).find((m) => svg.contains(m))!).filter(Boolean),
      move: (to) => select((to as SVGAElement).dataset['event']!, { focus: true }),
    });
  }

  /** On a phone, dots are smaller than a fingertip: a tap near one (not on it) picks the closest. */
  function nearestMark(svg: SVGSVGElement, e: MouseEvent): SVGAElement | null {
    const matrix = svg.getScreenCTM()?.inverse();
    if (!matrix) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(matrix);
    let best: SVGAElement | null = null;
    let bestDistance = 24;
    for (const m of svg.querySelectorAll<SVGAElement>('a.tl-event:not(.is-filtered)')) {
      const dot = m.querySelector<SVGCircleElement>('.tl-dot');
      if (!dot) continue;
      const d = Math.hypot(dot.cx.baseVal.value - p.x, dot.cy.baseVal.value - p.y);
      if (d < bestDistance) [best, bestDistance] = [m, d];
    }
    return best;
  }

  // List: clicking an entry (not one of its links) selects it in the overview.
  root.querySelector('.tl-list')?.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a')) return;
    const li = (e.target as Element).closest<HTMLLIElement>('.tl-list > li[data-event]');
    if (li) select(li.dataset['event']!);
  });

  // Filter by category.
  function applyFilter(): void {
    const off = new Set(filters.filter((b) => b.getAttribute('aria-pressed') === 'false').map((b) => b.dataset['category']));
    for (const li of items) li.hidden = off.has(li.dataset['category']);
    for (const m of marks) m.classList.toggle('is-filtered', off.has(m.dataset['category']));
    if (empty) empty.hidden = shownIds().length > 0;
    if (selected && !isShown(selected)) select(null);
    updateTabStops();
  }
  for (const button of filters) {
    button.addEventListener('click', () => {
      button.setAttribute('aria-pressed', String(button.getAttribute('aria-pressed') === 'false'));
      applyFilter();
      if (live) live.textContent = `Showing ${shownIds().length} of ${ids.length} events.`;
    });
  }

  // Deep links: `#event-<id>` opens that event, showing its category if it was filtered out.
  function openFromHash(scroll: boolean): void {
    const id = EVENT_HASH.exec(location.hash)?.[1];
    if (!id || !itemById.has(id)) return;
    const li = itemById.get(id)!;
    if (li.hidden) {
      filters.find((b) => b.dataset['category'] === li.dataset['category'])?.setAttribute('aria-pressed', 'true');
      applyFilter();
    }
    // On load the page opens on the event quietly; on a later hash change the reader asked for it.
    select(id, { announce: scroll });
    if (scroll) li.scrollIntoView({ block: 'start' });
  }
  window.addEventListener('hashchange', () => openFromHash(true));

  // Named states, applied as the server drew them.
  function applyState(state: TimelineState): void {
    const highlight = parseTimelineState(state);
    const picked = highlightedEventIds(
      items.map((li) => ({ id: li.dataset['event']!, date: li.dataset['date']!, ...(li.dataset['end'] ? { endDate: li.dataset['end'] } : {}) })),
      highlight,
    );
    for (const el of [...marks, ...items]) {
      const id = el.dataset['event']!;
      el.classList.toggle('is-highlighted', highlight !== null && picked.has(id));
      el.classList.toggle('is-dimmed', highlight !== null && !picked.has(id));
    }
    for (const svg of svgs) {
      const rect = svg.querySelector<SVGRectElement>('rect.tl-range');
      if (!rect) continue;
      if (!highlight || !('range' in highlight)) {
        rect.setAttribute('visibility', 'hidden');
        continue;
      }
      const points: Breakpoint[] = (svg.dataset['breakpoints'] ?? '').split(',').map((p) => {
        const [t, x] = p.split(':').map(Number);
        return { t: t!, x: x! };
      });
      const [left, right] = [points[0]!.x, points[points.length - 1]!.x];
      const [x0, x1] = highlightSpan(highlight.range).map((t) => Math.min(right, Math.max(left, interpolateBreakpoints(points, t))));
      rect.setAttribute('x', String(x0));
      rect.setAttribute('width', String(Math.max(2, x1! - x0!)));
      rect.removeAttribute('visibility');
    }
  }
  applyFilter();
  wireChartState(root, {
    parse: (v) => timelineStateName(v),
    apply: applyState,
    // `{ event }` and `{ range: [start, end] }` are states too.
    fromDetail: (d) => (d['event'] || d['range'] ? d : (d.state ?? 'overview')),
  });
  openFromHash(false);
}
