/**
 * Enhances every `.routes-map` on the page (RoutesMap.astro): tooltips on hover and focus, arrow-key
 * movement inside each map panel, the nationality buttons, and the named states.
 *
 *   root.dataset.state = 'origin:TW';                    // or
 *   root.dispatchEvent(new CustomEvent('chart:state', { detail: { state: 'river-escape' } }));
 *
 * The map is complete without this script; it only adds interaction and transitions (none when the
 * reader prefers reduced motion).
 */
import { parseRoutesMapState, stateNationality, type RoutesMapState } from '../../../lib/charts/trafficking-routes/state';

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
  root.dataset['enhanced'] = 'true';
  const stage = root.querySelector<HTMLElement>('.rm-stage')!;
  const tooltip = root.querySelector<HTMLElement>('.rm-tooltip')!;
  let applied: RoutesMapState | null = null;

  function apply(): void {
    const state = parseRoutesMapState(root.dataset['state']);
    if (state === applied) return;
    applied = state;
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
    const selector = nationality
      ? `.rm-route.is-active:not(.rm-route--embassy-request):not(.rm-route--out-of-cambodia) .rm-route-line`
      : state === 'all-origins'
        ? `.rm-route--trunk.rm-route--into-cambodia:not(.rm-route--embassy-request) .rm-route-line`
        : state === 'river-escape'
          ? '.rm-route--escape .rm-route-line'
          : '';
    if (selector) drawIn(root.querySelectorAll<SVGPathElement>(selector));
  }

  function setState(state: string): void {
    root.dataset['state'] = parseRoutesMapState(state);
  }

  // Tooltips: content is rendered at build time into <template>s; the tip follows the focused or hovered mark.
  function show(target: Element, at?: { x: number; y: number }): void {
    const key = target.getAttribute('data-tip');
    const template = key ? root.querySelector<HTMLTemplateElement>(`template[data-tip-content="${CSS.escape(key)}"]`) : null;
    if (!template) return;
    tooltip.replaceChildren(template.content.cloneNode(true));
    tooltip.hidden = false;
    const box = stage.getBoundingClientRect();
    const r = target.getBoundingClientRect();
    const x = (at?.x ?? r.left + r.width / 2) - box.left;
    const y = (at?.y ?? r.top + r.height / 2) - box.top;
    const w = tooltip.offsetWidth;
    const h = tooltip.offsetHeight;
    const left = Math.min(Math.max(x + 14 + w > box.width ? x - 14 - w : x + 14, 0), Math.max(0, box.width - w));
    const top = Math.min(Math.max(y - h / 2, 0), Math.max(0, box.height - h));
    tooltip.style.setProperty('left', `${Math.round(left)}px`);
    tooltip.style.setProperty('top', `${Math.round(top)}px`);
  }
  function hide(): void {
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
    items.forEach((el, i) => el.setAttribute('tabindex', i === 0 ? '0' : '-1'));
    panel.addEventListener('keydown', (e) => {
      const i = items.indexOf(e.target as SVGElement);
      if (i < 0) return;
      const next =
        e.key === 'ArrowRight' || e.key === 'ArrowDown' ? (i + 1) % items.length
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? (i - 1 + items.length) % items.length
        : e.key === 'Home' ? 0
        : e.key === 'End' ? items.length - 1
        : -1;
      if (next >= 0) {
        e.preventDefault();
        items[i]!.setAttribute('tabindex', '-1');
        items[next]!.setAttribute('tabindex', '0');
        items[next]!.focus();
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        activate(items[i]!);
      } else if (e.key === 'Escape') {
        hide();
      }
    });
  }

  root.addEventListener('chart:state', (e) => {
    const state = (e as CustomEvent<{ state?: string }>).detail?.state;
    if (state) setState(state);
  });
  new MutationObserver(apply).observe(root, { attributes: true, attributeFilter: ['data-state'] });
  apply();
}

/** Enhances every routes map on the page not yet enhanced. */
export function enhanceRoutesMaps(): void {
  for (const root of document.querySelectorAll<HTMLElement>('.routes-map:not([data-enhanced])')) enhance(root);
}
