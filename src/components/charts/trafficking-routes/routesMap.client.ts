/**
 * Enhances every trafficking-routes map on the page (RoutesMap.astro): tooltips on hover and focus, arrow-key
 * movement inside each map panel, the nationality buttons, and the named states (through the shared
 * chart contract: `data-state` on `[data-chart="trafficking-routes"]`, or a `chart:state` event).
 *
 * The map is complete without this script, in any state (the server draws it); this only adds interaction
 * and transitions (none when the reader prefers reduced motion).
 */
import { parseRoutesMapState, stateNationality, type RoutesMapState } from '../../../lib/charts/trafficking-routes/state';
import { wireChartState } from '../shared/chartState';
import { rovingFocus, setTabStop } from '../shared/rovingFocus';
import { placeTooltip } from '../shared/tooltip';
import { stylesOnDemand } from '../shared/stylesOnDemand.client';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Animates a panel's viewBox to `target` ("x y w h"), or sets it at once when motion is reduced. */
function animateViewBox(svg: SVGSVGElement, target: string): void {
  const to = target.split(/\s+/).map(Number);
  const from = (svg.getAttribute('viewBox') ?? target).split(/\s+/).map(Number);
  if (reducedMotion() || from.join() === to.join()) {
    svg.setAttribute('viewBox', target);
    return;
  }
  const start = performance.now();
  const duration = 650;
  const frame = (now: number) => {
    const t = Math.min(1, (now - start) / duration);
    const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
    svg.setAttribute('viewBox', from.map((f, i) => f + (to[i]! - f) * e).join(' '));
    if (t < 1) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Draws the solid routes of a highlighted nationality in, from their origin (skipped under reduced motion). */
function drawIn(lines: Iterable<SVGPathElement>): void {
  if (reducedMotion()) return;
  for (const line of lines) {
    const length = Number(line.dataset['length']);
    if (!length) continue;
    line.animate(
      [
        { strokeDasharray: `${length}`, strokeDashoffset: `${length}` },
        { strokeDasharray: `${length}`, strokeDashoffset: '0' },
      ],
      { duration: 700, easing: 'cubic-bezier(.3,.7,.4,1)' },
    );
  }
}

function enhance(root: HTMLElement): void {
  const stage = root.querySelector<HTMLElement>('.rm-stage')!;
  const tooltip = root.querySelector<HTMLElement>('.rm-tooltip')!;
  let first = true;

  function apply(state: RoutesMapState): void {
    const nationality = stateNationality(state);
    for (const el of root.querySelectorAll<SVGElement>('[data-nationality]:not(button)')) {
      el.classList.toggle('is-active', el.dataset['nationality'] === nationality);
    }
    for (const el of root.querySelectorAll<SVGElement>('[data-nationalities]')) {
      el.classList.toggle('is-active', !!nationality && (el.dataset['nationalities'] ?? '').split(' ').includes(nationality));
    }
    for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-nationality]')) {
      button.setAttribute('aria-pressed', String(button.dataset['nationality'] === nationality));
    }
    for (const panel of root.querySelectorAll<SVGSVGElement>('.rm-panel--closeup')) {
      const zoom = state === 'river-escape' ? panel.dataset['viewboxRiverEscape'] : undefined;
      animateViewBox(panel, zoom ?? panel.dataset['viewbox']!);
    }
    // The server drew the first state; only later changes animate.
    if (first) {
      first = false;
      return;
    }
    const selector = nationality
      ? `.rm-route.is-active:not(.rm-route--embassy-request):not(.rm-route--out-of-cambodia) .rm-route-line`
      : state === 'all-origins'
        ? `.rm-route--trunk.rm-route--into-cambodia:not(.rm-route--embassy-request) .rm-route-line`
        : state === 'river-escape'
          ? '.rm-route--escape .rm-route-line'
          : '';
    if (selector) drawIn(root.querySelectorAll<SVGPathElement>(selector));
  }
  const { set: setState } = wireChartState(root, { parse: (v) => parseRoutesMapState(v), apply });

  // Tooltips: content is rendered at build time into <template>s; the tip follows the focused or hovered mark.
  // Where the page left them out (an embed, `data-tips-src`), they are fetched once, on the first hover or focus.
  let tipsLoad: Promise<void> | undefined;
  let wanted: Element | undefined;
  function loadTips(src: string): Promise<void> {
    tipsLoad ??= Promise.all([fetch(src), stylesOnDemand()])
      .then(([r]) => (r.ok ? r.text() : Promise.reject(new Error(String(r.status)))))
      .then((html) => {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        const into = root.querySelector('.rm-tips') ?? root;
        for (const t of doc.querySelectorAll('template[data-tip-content]')) into.append(document.importNode(t, true));
      })
      .catch(() => {
        // No tooltips then: every mark keeps its accessible name, and the data table has every figure.
      });
    return tipsLoad;
  }
  function show(target: Element, at?: { x: number; y: number }): void {
    const key = target.getAttribute('data-tip');
    const template = key ? root.querySelector<HTMLTemplateElement>(`template[data-tip-content="${CSS.escape(key)}"]`) : null;
    wanted = target;
    const src = root.dataset['tipsSrc'];
    if (!template && src && !tipsLoad) {
      void loadTips(src).then(() => {
        if (wanted === target && (target.matches(':hover') || target.matches(':focus'))) show(target, at);
      });
      return;
    }
    if (!template) return;
    tooltip.replaceChildren(template.content.cloneNode(true));
    placeTooltip(tooltip, stage, target, at);
  }
  function hide(): void {
    wanted = undefined;
    tooltip.hidden = true;
  }

  root.addEventListener('pointermove', (e) => {
    const target = (e.target as Element).closest('[data-tip]');
    if (target && root.contains(target)) show(target, { x: e.clientX, y: e.clientY });
    else if (!root.querySelector('[data-tip]:focus')) hide();
  });
  root.addEventListener('pointerleave', () => {
    if (!root.querySelector('[data-tip]:focus')) hide();
  });
  root.addEventListener('focusin', (e) => {
    const target = (e.target as Element).closest('[data-tip]');
    if (target) show(target);
  });
  root.addEventListener('focusout', hide);

  // Activating a country or route highlights its nationality (again: back to the overview).
  function activate(target: Element): void {
    const nationality = target.getAttribute('data-nationality');
    if (!nationality) return;
    setState(root.dataset['state'] === `origin:${nationality}` ? 'overview' : `origin:${nationality}`);
  }
  root.addEventListener('click', (e) => {
    const target = (e.target as Element).closest('button[data-nationality], .rm-route[data-nationality], .rm-country--nationality');
    if (target) activate(target);
  });

  // Each panel is one tab stop; arrow keys move between its countries, routes and sites.
  for (const panel of root.querySelectorAll<SVGSVGElement>('.rm-panel')) {
    const items = [...panel.querySelectorAll<SVGElement>('[tabindex]')];
    setTabStop(items);
    rovingFocus(panel, { items: () => items });
    panel.addEventListener('keydown', (e) => {
      const target = (e.target as Element).closest<SVGElement>('[tabindex]');
      if (!target || !items.includes(target)) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        activate(target);
      } else if (e.key === 'Escape') {
        hide();
      }
    });
  }
}

/** Enhances every routes map on the page not yet enhanced. */
export function enhanceRoutesMaps(): void {
  for (const root of document.querySelectorAll<HTMLElement>('[data-chart="trafficking-routes"]:not([data-enhanced])')) enhance(root);
}
