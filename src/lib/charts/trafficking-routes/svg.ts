import type { PlacedLabel } from '../../labels/placeLabels';
import { routesMapScene, type LabelStyle, type RoutesMapScene, type ScenePanel, type ScenePoint, type SceneRoute } from './scene';
import { escapeXml as esc } from '../../svg/escapeXml';
import { stateNationality, type RoutesMapState } from './state';
import { nationalityAccessibleName, routeAccessibleName, siteAccessibleName } from './text';
import type { RoutesMapData } from './model';
import type { LegendItem } from './legend';

export interface RoutesMapOptions {
  /** Width in px the map is drawn for (labels are sized and placed for it). */
  width: number;
  /** Height of the regional panel in the medium and wide layouts (the narrow layout follows its width). */
  height?: number;
  /** The state drawn (the client can change it later). */
  state?: RoutesMapState;
  /** Prefix for element ids, unique per map on a page. */
  idPrefix?: string;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

function attrs(a: Record<string, string | number | undefined | false>): string {
  return Object.entries(a)
    .filter(([, v]) => v !== undefined && v !== false && v !== '')
    .map(([k, v]) => ` ${k}="${esc(v as string | number)}"`)
    .join('');
}

function routeMarkup(r: SceneRoute, active: string | null, badgeR: number): string {
  const code = r.nationality?.country.code ?? r.routes[0]!.nationality;
  const classes = [
    ...new Set([
      'rm-route',
      `rm-route--${r.kind}`,
      `rm-route--${r.direction}`,
      `rm-route--${r.basis}`,
      r.hasFigure ? 'rm-route--has-figure' : '',
      active === code ? 'is-active' : '',
    ]),
  ]
    .filter(Boolean)
    .join(' ');
  const trunk = r.kind === 'trunk';
  const a = attrs({
    class: classes,
    'data-route': trunk ? undefined : r.routes[0]!.route.id,
    'data-routes': trunk ? r.routes.map((x) => x.route.id).join(' ') : undefined,
    'data-number': r.number,
    'data-nationality': code,
    'data-tip': trunk ? `nat-${code}` : `route-${r.routes[0]!.route.id}`,
    tabindex: 0,
    role: 'button',
    'aria-label': trunk && r.nationality && r.direction === 'into-cambodia' ? nationalityAccessibleName(r.nationality) : routeAccessibleName(r.routes[0]!),
  });
  const badge = r.badge
    ? `<g class="rm-badge" aria-hidden="true"><circle${attrs({ cx: r.badge[0], cy: r.badge[1], r: badgeR })}/><text${attrs({ x: r.badge[0], y: r1(r.badge[1] + badgeR * 0.42), 'text-anchor': 'middle' })}>${r.number}</text></g>`
    : '';
  return `<g${a}><path class="rm-route-hit"${attrs({ d: r.d })}/><path class="rm-route-line"${attrs({ d: r.d, 'data-length': r.length || undefined })}/>${r.arrow ? `<path class="rm-route-arrow"${attrs({ d: r.arrow })}/>` : ''}${badge}</g>`;
}

function pointMarkup(p: ScenePoint, active: string | null): string {
  const base = { cx: r1(p.x), cy: r1(p.y), r: p.r };
  if (p.kind === 'capital') {
    return `<circle${attrs({ ...base, class: `rm-capital${p.detail === active ? ' is-active' : ''}`, 'data-nationality': p.detail })}/>`;
  }
  if (p.kind === 'unreported') {
    const s = p.r * 1.25;
    return `<path${attrs({ class: 'rm-unreported', d: `M${r1(p.x)},${r1(p.y - s)}L${r1(p.x + s)},${r1(p.y)}L${r1(p.x)},${r1(p.y + s)}L${r1(p.x - s)},${r1(p.y)}Z` })}/>`;
  }
  const site = p.site!;
  const precision = p.detail === 'exact' ? 'town' : p.detail === 'district' ? 'province' : p.detail;
  const centre = precision === 'province' ? `<circle${attrs({ cx: base.cx, cy: base.cy, r: 1.5, class: 'rm-site-centre' })}/>` : '';
  return `<g${attrs({
    class: `rm-site rm-site--${precision}${site.escapeFrom ? ' rm-site--escape-from' : ''}${active && p.nationalities?.includes(active) ? ' is-active' : ''}`,
    'data-site': site.place.id,
    'data-nationalities': p.nationalities?.join(' '),
    'data-tip': `site-${site.place.id}`,
    tabindex: 0,
    role: 'button',
    'aria-label': siteAccessibleName(site),
  })}><circle${attrs({ cx: base.cx, cy: base.cy, r: p.r + 6, class: 'rm-site-hit' })}/><circle${attrs({ ...base, class: 'rm-site-mark' })}/>${centre}</g>`;
}

function labelMarkup(l: PlacedLabel, style: LabelStyle | undefined, active: string | null): string {
  const classes = [style?.className ?? 'rm-label', style?.nationality && style.nationality === active ? 'is-active' : ''].filter(Boolean).join(' ');
  const leader = l.leader ? `<line class="rm-leader"${attrs({ x1: r1(l.leader[0]), y1: r1(l.leader[1]), x2: r1(l.leader[2]), y2: r1(l.leader[3]) })}/>` : '';
  const lineClass = (line: string, i: number) => {
    const k = style?.lines ? style.lines.indexOf(line) : i;
    return style?.lineClasses[k] ?? style?.lineClasses.at(-1);
  };
  const tspans = l.lines
    .map((line, i) => `<tspan${attrs({ x: r1(l.x), dy: i === 0 ? undefined : r1(l.lineHeight), class: lineClass(line, i), 'font-size': l.lineSizes[i] })}>${esc(line)}</tspan>`)
    .join('');
  return `<g${attrs({ class: classes, 'data-nationality': style?.nationality, 'data-label': l.id })}>${leader}<text${attrs({ x: r1(l.x), y: r1(l.y), 'text-anchor': l.textAnchor })}>${tspans}</text></g>`;
}

function panelMarkup(panel: ScenePanel, kind: 'region' | 'closeup', scene: RoutesMapScene, active: string | null, extra: Record<string, string | undefined> = {}): string {
  const { box } = panel;
  const nationalities = new Map(scene.model.nationalities.map((n) => [n.country.code, n]));
  const countries = panel.countries
    .map((c) => {
      const n = nationalities.get(c.code);
      const focusable = kind === 'region' && n && c.code !== 'KH';
      return `<path${attrs({
        class: ['rm-country', c.code === 'KH' ? 'rm-country--cambodia' : '', focusable ? 'rm-country--nationality' : '', c.code === active ? 'is-active' : ''].filter(Boolean).join(' '),
        d: c.d,
        'data-nationality': c.code,
        'data-tip': focusable ? `nat-${c.code}` : undefined,
        tabindex: focusable ? 0 : undefined,
        role: focusable ? 'button' : undefined,
        'aria-label': focusable ? nationalityAccessibleName(n) : undefined,
      })}/>`;
    })
    .join('');
  const badgeR = scene.layout.narrow ? 6.5 : 7.5;
  const routes = panel.routes.map((r) => routeMarkup(r, active, badgeR)).join('');
  const points = panel.points.map((p) => pointMarkup(p, active)).join('');
  const labels = panel.labels.map((l) => labelMarkup(l, panel.labelStyles.get(l.id), active)).join('');
  const fs = scene.layout.fontSize;
  // Title and frame sit outside the panel's own viewBox, so a zoomed panel keeps them in place.
  const title = `<text${attrs({ class: `rm-panel-title rm-panel-title--${kind}`, 'aria-hidden': 'true', x: box.x + 6, y: r1(box.y + fs * 1.1 + 3), 'font-size': fs + 0.5 })}>${esc(panel.title)}</text>`;
  const frame = `<rect${attrs({ class: `rm-panel-frame rm-panel-frame--${kind}`, x: box.x + 0.5, y: box.y + 0.5, width: box.width - 1, height: box.height - 1 })}/>`;
  return `<svg${attrs({
    class: `rm-panel rm-panel--${kind}`,
    x: box.x,
    y: box.y,
    width: box.width,
    height: box.height,
    viewBox: `0 0 ${box.width} ${box.height}`,
    'data-viewbox': `0 0 ${box.width} ${box.height}`,
    ...extra,
  })}><path class="rm-water"${attrs({ d: panel.water })}/><path class="rm-land"${attrs({ d: panel.land })}/><g class="rm-countries">${countries}</g><path class="rm-borders"${attrs({ d: panel.borders })}/><g class="rm-routes">${routes}</g><g class="rm-points">${points}</g><g class="rm-labels" aria-hidden="true">${labels}</g></svg>${frame}${title}`;
}

function swatch(it: LegendItem): string {
  const sx = r1(it.x);
  const sy = r1(it.y);
  switch (it.key) {
    case 'into':
    case 'request':
    case 'out':
    case 'escape': {
      const cls = { into: 'rm-route--into-cambodia rm-route--figure', request: 'rm-route--into-cambodia rm-route--embassy-request', out: 'rm-route--out-of-cambodia', escape: 'rm-route--escape' }[it.key];
      return `<g class="rm-route ${cls}"><path class="rm-route-line"${attrs({ d: `M${sx},${sy}L${sx + 22},${sy}` })}/><path class="rm-route-arrow"${attrs({ d: `M${sx + 29},${sy}L${sx + 22},${r1(sy - 3.2)}L${sx + 22},${r1(sy + 3.2)}Z` })}/></g>`;
    }
    case 'town':
      return `<g class="rm-site rm-site--town"><circle class="rm-site-mark"${attrs({ cx: sx + 14, cy: sy, r: 3.5 })}/></g>`;
    case 'province':
      return `<g class="rm-site rm-site--province"><circle class="rm-site-mark"${attrs({ cx: sx + 14, cy: sy, r: 6.5 })}/><circle class="rm-site-centre"${attrs({ cx: sx + 14, cy: sy, r: 1.5 })}/></g>`;
    case 'approximate':
      return `<g class="rm-site rm-site--approximate"><circle class="rm-site-mark"${attrs({ cx: sx + 14, cy: sy, r: 5.5 })}/></g>`;
    case 'unreported':
      return `<path class="rm-unreported"${attrs({ d: `M${sx + 14},${sy - 6}L${sx + 20},${sy}L${sx + 14},${sy + 6}L${sx + 8},${sy}Z` })}/>`;
  }
}

function legendMarkup(scene: RoutesMapScene): string {
  const fs = scene.legendFontSize;
  const { x, y } = scene.layout.legend;
  const rows = scene.legend
    .map((it) => {
      const tspans = it.lines.map((line, i) => `<tspan${attrs({ x: r1(it.x + 36), dy: i ? scene.legendLineHeight : undefined })}>${esc(line)}</tspan>`).join('');
      return `<g class="rm-legend-item" role="listitem">${swatch(it)}<text class="rm-legend-text"${attrs({ x: r1(it.x + 36), y: r1(it.y + fs * 0.36), 'font-size': fs })}>${tspans}</text></g>`;
    })
    .join('');
  return `<g class="rm-legend" role="list" aria-label="Key"${attrs({ transform: `translate(${x},${y})` })}>${rows}</g>`;
}

/**
 * The trafficking-routes map as SVG markup: a regional panel with a route from every origin into
 * Cambodia (and the older outward flow), a Cambodia close-up where each route arrives at the place its
 * people were held (or at a point marked "site not reported") with the Aug. 18, 2022 river escape, and a
 * key. Countries, routes and sites carry `tabindex`, `role` and an accessible name with their figures
 * and sources; the client script adds tooltips and state changes. No inline styles: colours come from
 * classes (see RoutesMap.astro).
 */
export function routesMap(data: RoutesMapData, options: RoutesMapOptions): string {
  return routesMapSvg(routesMapScene(data, options), options.idPrefix ?? 'trafficking-routes');
}

/** SVG markup for a scene already computed (the component reuses the scene for its table and list). */
export function routesMapSvg(scene: RoutesMapScene, idPrefix: string): string {
  const { layout, model } = scene;
  const active = stateNationality(scene.state);
  const origins = model.nationalities.filter((n) => n.country.code !== 'KH').length;
  const titleId = `${idPrefix}-svg-title`;
  const descId = `${idPrefix}-svg-desc`;
  const desc = `Map of Asia with routes into Cambodia from ${origins} countries and territories, and a close-up of Cambodia showing where people were held at ${model.sites.length} named places. The same information is in the data table.`;
  return `<svg${attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    class: 'rm-svg',
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    width: layout.width,
    height: layout.height,
    role: 'group',
    'aria-labelledby': titleId,
    'aria-describedby': descId,
    'data-layout': layout.kind,
  })}><title${attrs({ id: titleId })}>Trafficking routes into Cambodia’s scam compounds</title><desc${attrs({ id: descId })}>${esc(desc)}</desc>${panelMarkup(scene.region, 'region', scene, active)}${panelMarkup(scene.closeup, 'closeup', scene, active, {
    'data-viewbox-river-escape': scene.closeup.escapeZoom ?? undefined,
    // The zoom of the river-escape state is drawn at build time too, as the client sets it.
    ...(scene.state === 'river-escape' && scene.closeup.escapeZoom ? { viewBox: scene.closeup.escapeZoom } : {}),
  })}${legendMarkup(scene)}</svg>`;
}
