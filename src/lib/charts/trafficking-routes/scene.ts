import type { GeoPermissibleObjects, GeoProjection } from 'd3-geo';
import type { Route } from '../../../data/schemas/route';
import { boxAround, overlapArea, type Box } from '../../geo/box';
import { placeLabels, positionsToward, type LabelRequest, type PlacedLabel } from '../../labels/placeLabels';
import { mapProjection } from '../../geo/mapProjection';
import { quadraticPoint, routeGeometry, type Point } from './routeGeometry';
import { basemap, CAMBODIA_NUMERIC, cambodiaPoint, countriesOf, geometryFeature, topologyFor, type BasemapCountry } from './basemap';
import { legendKeys, routesMapLegend, type LegendItem } from './legend';
import { NARROW_BELOW, routesMapLayout, type RoutesMapLayout } from './layout';
import type { RoutesMapState } from './state';
import { figureShortLabel, formatStoryDate, kindWords } from './text';
import { routesModel, strongestBasis, type LonLat, type NationalityModel, type RouteModel, type RoutesMapData, type RoutesModel, type SiteModel } from './model';
import type { LonLatBounds } from '../../geo/trimTopology';

/** Everything a wide regional panel might show; the projection's clip cuts the rest. */
const REGION_TOPOLOGY_BOUNDS: LonLatBounds = [[30, -25], [165, 65]];
/** Cambodia and its neighbours. */
const CLOSEUP_TOPOLOGY_BOUNDS: LonLatBounds = [[99, 6], [111, 19]];

/** How a label is drawn: its class and one class per line. */
export interface LabelStyle {
  className: string;
  lineClasses: string[];
  /** The full label's lines, where a shorter fallback may be drawn: classes follow the text, not the index. */
  lines?: string[];
  /** Nationality the label belongs to, for highlighting. */
  nationality?: string;
}

/**
 * A drawn route. On the regional panel a `trunk` carries all of a nationality's routes into Cambodia
 * (or one outward route); on the close-up a `stub` is one route arriving at the place where people were
 * held, and an `escape` leaves a site across the border.
 */
export interface SceneRoute {
  kind: 'trunk' | 'stub' | 'escape';
  routes: RouteModel[];
  nationality: NationalityModel | null;
  /** Number shown on the static arrow (the nationality's). */
  number: number;
  direction: Route['direction'];
  /** The strongest reason among its routes: a figure, a report, an embassy's request. */
  basis: Route['basis'];
  hasFigure: boolean;
  d: string;
  arrow: string;
  /** Where the number badge sits (shown when motion is reduced), or null. */
  badge: Point | null;
  /** Length of the line, for the draw-in animation. */
  length: number;
}

export interface ScenePoint {
  kind: 'capital' | 'site' | 'unreported';
  id: string;
  x: number;
  y: number;
  r: number;
  /** The place's precision for sites; the nationality code for capitals. */
  detail: string;
  site?: SiteModel;
  /** Nationalities whose routes end here (sites). */
  nationalities?: string[];
}

export interface ScenePanel {
  /** Where the panel sits in the whole figure. */
  box: Box;
  title: string;
  water: string;
  land: string;
  countries: BasemapCountry[];
  borders: string;
  routes: SceneRoute[];
  points: ScenePoint[];
  labels: PlacedLabel[];
  labelStyles: Map<string, LabelStyle>;
  /** Label ids that found no room. */
  dropped: string[];
}

export interface RoutesMapScene {
  layout: RoutesMapLayout;
  model: RoutesModel;
  state: RoutesMapState;
  region: ScenePanel;
  closeup: ScenePanel & {
    /** The panel's viewBox when zoomed on the escape (river-escape state), as "x y w h". */
    escapeZoom: string | null;
  };
  legend: LegendItem[];
  /** Baseline-to-baseline distance of wrapped key text. */
  legendLineHeight: number;
  legendFontSize: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function project(projection: GeoProjection, lonLat: LonLat): Point {
  const p = projection(lonLat);
  if (!p) throw new Error(`cannot project ${lonLat.join(',')}`);
  return [p[0], p[1]];
}

/** A country's name in capitals at the visible part's centroid, for orientation. */
function contextLabel(id: string, name: string, anchor: Point, fontSize: number, priority: number): LabelRequest {
  return { id, anchor, lines: [name.toUpperCase()], fontSize, letterSpacing: 0.08, priority, positions: ['center', 'bottom', 'top'], gap: 0 };
}

/**
 * Spreads directions (radians) sharing a point so neighbours are at least `min` apart, keeping their
 * order: arrows arriving at one site from nearby origins fan out instead of lying on one another.
 */
export function spreadAngles(angles: number[], min: number): number[] {
  const order = angles.map((a, i) => ({ a, i })).sort((p, q) => p.a - q.a);
  for (let pass = 0; pass < 40; pass++) {
    let moved = false;
    for (let k = 0; k < order.length; k++) {
      const p = order[k]!;
      const q = order[(k + 1) % order.length]!;
      if (p === q) break;
      let gap = q.a - p.a;
      if (k === order.length - 1) gap += 2 * Math.PI;
      if (gap < min - 1e-9) {
        const push = (min - gap) / 2;
        p.a -= push;
        q.a += push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  const out: number[] = [];
  for (const { a, i } of order) out[i] = a;
  return out;
}

/**
 * Everything the routes map draws, positioned for one width: layout, projected outlines, routes, points
 * and placed labels for both panels, and the key. Pure apart from reading the (cached) world-atlas
 * outlines. `routesMap()` turns it into SVG; tests inspect it directly.
 */
export function routesMapScene(data: RoutesMapData, options: { width: number; height?: number; state?: RoutesMapState }): RoutesMapScene {
  const { width, state = 'overview' } = options;
  const model = routesModel(data, cambodiaPoint());
  const keys = legendKeys(model);
  const legendFontSize = width < NARROW_BELOW ? 11 : 12;
  const layout = routesMapLayout(width, (w) => routesMapLegend(keys, w, legendFontSize).height, options.height);
  const { fontSize, smallFontSize } = layout;
  const titleHeight = Math.round(fontSize * 1.7);
  const arrowSize = layout.narrow ? 6 : 7;

  const numericByCode = new Map(data.countries.map((c) => [c.code, c.numeric]));
  const ownPath = new Map<string, string>([[CAMBODIA_NUMERIC, 'KH']]);
  for (const n of model.nationalities) {
    const numeric = numericByCode.get(n.country.code);
    if (numeric) ownPath.set(numeric, n.country.code);
  }
  for (const r of model.routes) {
    const code = r.to.country?.code;
    const numeric = code ? numericByCode.get(code) : undefined;
    if (code && numeric) ownPath.set(numeric, code);
  }

  const region = regionPanel();
  const closeup = closeupPanel();
  const legend = routesMapLegend(keys, layout.legend.width, legendFontSize);
  return { layout, model, state, region, closeup, legend: legend.items, legendLineHeight: legend.lineHeight, legendFontSize };

  function regionPanel(): ScenePanel {
    const box: Box = { x: 0, y: 0, width: layout.region.width, height: layout.region.height };
    const include = model.routes.filter((r) => r.route.direction !== 'escape').flatMap((r) => [r.from.lonLat, r.to.lonLat]);
    // The panel title keeps its own band at the top.
    const projection = mapProjection('region', { ...box, y: titleHeight, height: box.height - titleHeight }, { padding: layout.narrow ? 8 : 16, include });
    projection.clipExtent([[0, 0], [box.width, box.height]]);
    // A locator at 5 to 12 px per degree: coarser outlines and whole-pixel coordinates lose nothing visible.
    const base = basemap(topologyFor(REGION_TOPOLOGY_BOUNDS, projection, 8), projection, box, ownPath, layout.narrow ? 0 : 1);
    const capitalR = layout.narrow ? 2.5 : 3;
    const kh = project(projection, model.unreported.lonLat);

    // One trunk per nationality into Cambodia; one per outward route.
    const groups: { nationality: NationalityModel; routes: RouteModel[]; from: LonLat; to: LonLat; direction: Route['direction'] }[] = [];
    for (const n of model.nationalities) {
      const into = n.routes.filter((r) => r.route.direction === 'into-cambodia');
      if (into.length) groups.push({ nationality: n, routes: into, from: into[0]!.from.lonLat, to: model.unreported.lonLat, direction: 'into-cambodia' });
      for (const r of n.routes.filter((r) => r.route.direction === 'out-of-cambodia')) {
        groups.push({ nationality: n, routes: [r], from: model.unreported.lonLat, to: r.to.lonLat, direction: 'out-of-cambodia' });
      }
    }
    const curves = groups.map((g) => {
      const start = project(projection, g.from);
      const end = project(projection, g.to);
      const geometry = routeGeometry(start, end, {
        bend: g.direction === 'out-of-cambodia' ? 0.22 : 0.16,
        startGap: g.direction === 'out-of-cambodia' ? 5 : capitalR + 1,
        endGap: g.direction === 'out-of-cambodia' ? capitalR + 1.5 : 4,
        arrowSize,
      });
      const route: SceneRoute = {
        kind: 'trunk',
        routes: g.routes,
        nationality: g.nationality,
        number: g.nationality.number,
        direction: g.direction,
        basis: strongestBasis(g.routes.map((r) => r.route.basis)),
        hasFigure: g.routes.some((r) => r.figures.length > 0),
        d: geometry.d,
        arrow: geometry.arrow,
        badge: null,
        length: Math.round(geometry.length),
      };
      return { route, start, end, control: geometry.control };
    });

    const points: ScenePoint[] = [];
    for (const n of model.nationalities) {
      if (n.country.code === 'KH') continue;
      const [x, y] = project(projection, [n.country.capital.lon, n.country.capital.lat]);
      points.push({ kind: 'capital', id: `capital-${n.country.code}`, x, y, r: capitalR, detail: n.country.code });
    }
    for (const g of groups) {
      if (g.direction !== 'out-of-cambodia' || points.some((p) => p.id === `capital-${g.routes[0]!.to.country?.code}`)) continue;
      const [x, y] = project(projection, g.to);
      points.push({ kind: 'capital', id: `capital-${g.routes[0]!.to.country?.code}`, x, y, r: capitalR, detail: g.routes[0]!.to.country?.code ?? '' });
    }

    const styles = new Map<string, LabelStyle>();
    const requests: LabelRequest[] = [
      {
        id: 'country-KH',
        anchor: kh,
        lines: ['CAMBODIA'],
        fontSize,
        boldLines: [0],
        letterSpacing: 0.08,
        // After the labels with figures (they cannot move far from their capitals), before the rest.
        priority: 45,
        leader: true,
        // South-west of the meeting point is the Gulf of Thailand: the one side no route label wants.
        positions: ['bottom-left', 'bottom', 'left', 'bottom-right', 'top-left', 'right'],
        gap: 10,
        required: true,
      },
    ];
    styles.set('country-KH', { className: 'rm-label rm-label--cambodia', lineClasses: ['rm-label-name'] });
    for (const n of model.nationalities) {
      if (n.country.code === 'KH') continue;
      const anchor = project(projection, [n.country.capital.lon, n.country.capital.lat]);
      const away = (Math.atan2(anchor[1] - kh[1], anchor[0] - kh[0]) * 180) / Math.PI;
      const second = n.headline ? figureShortLabel(n.headline) : n.basis === 'embassy-request' ? 'asked for help' : '';
      const lines = second ? [n.country.name, second] : [n.country.name];
      requests.push({
        id: `nat-${n.country.code}`,
        anchor,
        lines,
        fallbacks: lines.length > 1 ? [[n.country.name]] : [],
        fontSize,
        lineSizes: [fontSize, smallFontSize],
        boldLines: [0],
        priority: n.headline ? 50 : n.basis === 'embassy-request' ? 20 : 30,
        positions: positionsToward(away),
        gap: capitalR + 3,
        leader: true,
      });
      styles.set(`nat-${n.country.code}`, {
        className: `rm-label rm-label--nationality${n.basis === 'embassy-request' ? ' rm-label--request' : ''}`,
        lineClasses: ['rm-label-name', n.headline ? 'rm-label-figure' : 'rm-label-note'],
        nationality: n.country.code,
      });
    }
    const panelArea = box.width * box.height;
    for (const g of countriesOf(base.topology)) {
      if (ownPath.has(String(g.id))) continue;
      const f = geometryFeature(base.topology, g);
      const area = base.path.area(f as GeoPermissibleObjects);
      if (area < panelArea * 0.012 || !f.properties.name) continue;
      const c = base.path.centroid(f as GeoPermissibleObjects);
      if (!Number.isFinite(c[0])) continue;
      requests.push(contextLabel(`ctx-${g.id}`, f.properties.name, c, smallFontSize - 0.5, 1 + area / panelArea));
      styles.set(`ctx-${g.id}`, { className: 'rm-label rm-label--context', lineClasses: ['rm-label-name'] });
    }
    const placed = placeLabels(requests, {
      bounds: { x: 2, y: 2, width: box.width - 4, height: box.height - 4 },
      obstacles: [{ x: 0, y: 0, width: box.width, height: titleHeight }, ...points.map((p) => boxAround([p.x, p.y], p.r + 1))],
      points: points.map((p) => [p.x, p.y] as [number, number]),
    });

    // Number badges for reduced motion, placed after the labels: a badge can slide along its curve, a label
    // cannot leave its capital. Each takes the spot on its curve covering least of the labels, points and
    // badges there, preferring the origin's half, away from the crowd of arrowheads in Cambodia.
    const badgeR = layout.narrow ? 6.5 : 7.5;
    const taken: Box[] = [...points.map((p) => boxAround([p.x, p.y], p.r + 2)), ...placed.placed.map((l) => l.box)];
    for (const c of curves) {
      let best: { p: Point; score: number } | null = null;
      for (const t of [0.3, 0.38, 0.24, 0.46, 0.18, 0.54, 0.62, 0.7]) {
        const p = quadraticPoint(c.start, c.control, c.end, t);
        const b = boxAround(p, badgeR + 1);
        const outside = b.x < 0 || b.y < titleHeight || b.x + b.width > box.width || b.y + b.height > box.height;
        const score = (outside ? 1e6 : 0) + taken.reduce((sum, o) => sum + overlapArea(b, o), 0) + Math.abs(t - 0.3) * 4;
        if (!best || score < best.score) best = { p, score };
      }
      c.route.badge = [round1(best!.p[0]), round1(best!.p[1])];
      taken.push(boxAround(best!.p, badgeR + 1));
    }

    return {
      box: layout.region,
      title: 'Where people came from',
      water: base.water,
      land: base.land,
      countries: base.countries,
      borders: base.borders,
      routes: curves.map((c) => c.route),
      points,
      labels: placed.placed,
      labelStyles: styles,
      dropped: placed.dropped,
    };
  }

  function closeupPanel(): RoutesMapScene['closeup'] {
    const box: Box = { x: 0, y: 0, width: layout.closeup.width, height: layout.closeup.height };
    const projection = mapProjection('closeup', { ...box, y: titleHeight, height: box.height - titleHeight }, { padding: 4 });
    projection.clipExtent([[0, 0], [box.width, box.height]]);
    // Only Cambodia is drawn on its own here; its neighbours are land.
    const base = basemap(topologyFor(CLOSEUP_TOPOLOGY_BOUNDS, projection), projection, box, new Map([[CAMBODIA_NUMERIC, 'KH']]));

    const points: ScenePoint[] = model.sites.map((site) => {
      const [x, y] = project(projection, site.lonLat);
      const r = site.place.precision === 'province' || site.place.precision === 'district' ? 8 : site.place.precision === 'approximate' ? 6 : 3.5;
      const nationalities = [...new Set(model.routes.filter((rt) => site.routes.includes(rt.number) && rt.route.direction !== 'out-of-cambodia' && [rt.from, rt.to].some((e) => e.place && (e.place === site.place || site.within.includes(e.place)))).map((rt) => rt.nationality))];
      return { kind: 'site', id: `site-${site.place.id}`, x, y, r, detail: site.place.precision, site, nationalities };
    });
    const unreported = project(projection, model.unreported.lonLat);
    if (model.unreported.routes.length) {
      points.push({ kind: 'unreported', id: 'unreported', x: unreported[0], y: unreported[1], r: 5, detail: 'site not reported' });
    }

    // Stubs: every route into (or out of) Cambodia, arriving at the point where its people were held,
    // from the direction of its origin. Arrows at one point fan out so none hides another.
    const stubLength = layout.narrow ? 16 : 24;
    const stubs: SceneRoute[] = [];
    const byPoint = new Map<string, RouteModel[]>();
    for (const r of model.routes) {
      if (r.route.direction === 'escape') continue;
      const end = r.route.direction === 'out-of-cambodia' ? r.from : r.to;
      byPoint.set(end.key === 'unreported' ? 'unreported' : `${end.lonLat}`, [...(byPoint.get(end.key === 'unreported' ? 'unreported' : `${end.lonLat}`) ?? []), r]);
    }
    const obstacles: Box[] = [];
    for (const routes of byPoint.values()) {
      const first = routes[0]!;
      const pointLonLat = first.route.direction === 'out-of-cambodia' ? first.from.lonLat : first.to.lonLat;
      const at = project(projection, pointLonLat);
      const marker = points.find((p) => Math.abs(p.x - at[0]) < 0.01 && Math.abs(p.y - at[1]) < 0.01);
      const radius = marker?.r ?? 4;
      const angles = spreadAngles(
        routes.map((r) => {
          const far = project(projection, r.route.direction === 'out-of-cambodia' ? r.to.lonLat : r.from.lonLat);
          return Math.atan2(far[1] - at[1], far[0] - at[0]);
        }),
        (layout.narrow ? 16 : 13) * (Math.PI / 180),
      );
      routes.forEach((r, i) => {
        const a = angles[i]!;
        const u: Point = [Math.cos(a), Math.sin(a)];
        const near: Point = [at[0] + u[0] * (radius + 1), at[1] + u[1] * (radius + 1)];
        const far: Point = [at[0] + u[0] * (radius + 1 + stubLength), at[1] + u[1] * (radius + 1 + stubLength)];
        const out = r.route.direction === 'out-of-cambodia';
        const g = routeGeometry(out ? near : far, out ? far : near, { bend: 0, arrowSize: arrowSize - 1 });
        stubs.push({
          kind: 'stub',
          routes: [r],
          nationality: model.nationalities.find((n) => n.country.code === r.nationality) ?? null,
          number: r.number,
          direction: r.route.direction,
          basis: r.route.basis,
          hasFigure: r.figures.length > 0,
          d: g.d,
          arrow: g.arrow,
          badge: null,
          length: Math.round(g.length),
        });
        for (const t of [0.35, 0.7, 1]) obstacles.push(boxAround([at[0] + u[0] * (radius + 1 + stubLength * t), at[1] + u[1] * (radius + 1 + stubLength * t)], 2));
      });
    }

    // The escape: from its site across the nearest stretch of the border into the destination country.
    // The crossing point was not reported, so the arrow shows a direction only; its label names the river.
    const escapes: SceneRoute[] = [];
    const styles = new Map<string, LabelStyle>();
    const requests: LabelRequest[] = [];
    const escapeExtent: Point[] = [];
    for (const m of model.routes.filter((r) => r.route.direction === 'escape')) {
      const start = project(projection, m.from.lonLat);
      const destination = m.to.country ?? data.countries.find((c) => c.code === m.to.place?.country);
      const target = destination ? countriesOf(base.topology).find((g) => String(g.id) === destination.numeric) : undefined;
      let end: Point | null = null;
      if (m.to.place && m.to.place.country !== 'KH' && `${m.to.lonLat}` !== `${m.from.lonLat}`) {
        end = project(projection, m.to.lonLat);
      } else if (target) {
        let best: Point | null = null;
        let bestD = Infinity;
        const visit = (coords: unknown): void => {
          if (Array.isArray(coords) && typeof coords[0] === 'number') {
            const p = projection(coords as [number, number]);
            const d = p ? Math.hypot(p[0] - start[0], p[1] - start[1]) : Infinity;
            if (p && d < bestD) [bestD, best] = [d, [p[0], p[1]]];
          } else if (Array.isArray(coords)) coords.forEach(visit);
        };
        const geometry = geometryFeature(base.topology, target).geometry;
        if ('coordinates' in geometry) visit(geometry.coordinates);
        if (best) {
          const b: Point = best;
          const reach = Math.max(bestD + 14, layout.narrow ? 26 : 34);
          end = [start[0] + ((b[0] - start[0]) / (bestD || 1)) * reach, start[1] + ((b[1] - start[1]) / (bestD || 1)) * reach];
        }
      }
      if (!end) continue;
      const g = routeGeometry(start, end, { bend: 0.12, startGap: 7, arrowSize: arrowSize + 1 });
      for (const t of [0.3, 0.55, 0.8, 1]) obstacles.push(boxAround(quadraticPoint(start, g.control, end, t), 3));
      escapes.push({
        kind: 'escape',
        routes: [m],
        nationality: model.nationalities.find((n) => n.country.code === m.nationality) ?? null,
        number: m.number,
        direction: 'escape',
        basis: m.route.basis,
        hasFigure: m.figures.length > 0,
        d: g.d,
        arrow: g.arrow,
        badge: null,
        length: Math.round(g.length),
      });
      const headline = m.figures[0];
      // The river's name comes from a river-crossing place recorded at the site, where there is one.
      const fromSite = model.sites.find((st) => st.place === m.from.place || st.within.includes(m.from.place!));
      const river = [...(fromSite?.within ?? []), ...(m.to.place ? [m.to.place] : [])].find((p) => p.kind === 'river-crossing');
      const into = m.to.country?.name ?? m.to.name;
      const lines = [
        headline ? `Escape, ${formatStoryDate(headline.asOf)}` : 'Escape',
        headline ? `${figureShortLabel(headline)} into ${into}` : `into ${into}`,
        ...(river ? [`across the ${river.name.replace(/ crossing$/i, '')}`] : []),
      ];
      requests.push({
        id: `escape-${m.route.id}`,
        anchor: g.tip,
        lines,
        fallbacks: [lines.slice(0, 2), ...(headline ? [[`Escape, ${formatStoryDate(headline.asOf)}`, figureShortLabel(headline)]] : [])],
        fontSize: smallFontSize,
        boldLines: [0],
        // First in the close-up: it must sit at the arrow's tip, in Vietnam, where it says what happened.
        priority: 200,
        positions: ['bottom-right', 'bottom', 'right', 'bottom-left', 'top-right', 'left', 'top', 'top-left'],
        gap: 4,
        leader: true,
        required: true,
      });
      styles.set(`escape-${m.route.id}`, {
        className: 'rm-label rm-label--escape',
        lineClasses: ['rm-label-name', 'rm-label-figure', 'rm-label-note'],
        nationality: m.nationality,
      });
      escapeExtent.push(start, end);
    }

    for (const p of points) {
      if (p.kind === 'unreported') {
        const n = model.routes.filter((r) => r.to.unreported).length;
        requests.push({
          id: 'unreported',
          anchor: [p.x, p.y],
          lines: ['Site not reported', `(${n} route${n === 1 ? ' ends' : 's end'} here)`],
          fallbacks: [['Site not reported']],
          fontSize: smallFontSize,
          priority: 85,
          gap: p.r + stubLength + 2,
          positions: ['top', 'bottom', 'right', 'left', 'top-right', 'top-left', 'bottom-right', 'bottom-left'],
          leader: true,
          required: true,
        });
        styles.set('unreported', { className: 'rm-label rm-label--unreported', lineClasses: ['rm-label-note'] });
        continue;
      }
      const site = p.site!;
      const precision = site.place.precision === 'province' ? 'province centre' : site.place.precision === 'approximate' ? 'approx. position' : '';
      const figureLine = siteFigureLine(site);
      const lines = [site.place.name, ...(precision ? [precision] : []), ...(figureLine ? [figureLine] : [])];
      requests.push({
        id: p.id,
        anchor: [p.x, p.y],
        lines,
        // A site's figure says more than its precision (the symbol and the key say that too).
        fallbacks: [...(figureLine && precision ? [[site.place.name, figureLine]] : []), ...(lines.length > 1 ? [[site.place.name]] : [])],
        fontSize: smallFontSize,
        lineSizes: lines.map((_, i) => (i === 0 ? smallFontSize : smallFontSize - 1)),
        boldLines: [0],
        priority: 95 + site.routes.length,
        gap: p.r + 3,
        shortNear: true,
        leader: true,
        required: true,
      });
      styles.set(p.id, {
        className: 'rm-label rm-label--site',
        lines,
        lineClasses: ['rm-label-name', ...(precision ? ['rm-label-note'] : []), ...(figureLine ? ['rm-label-figure'] : [])],
      });
    }
    for (const g of countriesOf(base.topology)) {
      const f = geometryFeature(base.topology, g);
      const area = base.path.area(f as GeoPermissibleObjects);
      if (area < box.width * box.height * 0.04 || !f.properties.name) continue;
      const centroid = base.path.centroid(f as GeoPermissibleObjects);
      const isKh = String(g.id) === CAMBODIA_NUMERIC;
      const request = contextLabel(`cctx-${g.id}`, f.properties.name, centroid, isKh ? fontSize : smallFontSize, isKh ? 80 : 5);
      if (isKh) {
        // The unreported-site marker and its arrows sit on the centroid; the country's name goes below them.
        request.positions = ['bottom', 'top', 'bottom-left', 'bottom-right'];
        request.gap = stubLength + 8;
        request.boldLines = [0];
      }
      requests.push(request);
      styles.set(`cctx-${g.id}`, { className: `rm-label ${isKh ? 'rm-label--cambodia' : 'rm-label--context'}`, lineClasses: ['rm-label-name'] });
    }
    const placed = placeLabels(requests, {
      bounds: { x: 2, y: 2, width: box.width - 4, height: box.height - 4 },
      obstacles: [{ x: 0, y: 0, width: box.width, height: titleHeight }, ...points.map((p) => boxAround([p.x, p.y], p.r + 1)), ...obstacles],
      points: points.map((p) => [p.x, p.y] as [number, number]),
    });

    // Zoom for the river-escape state: the site, the arrow and its label, 1.6 times closer, at the panel's
    // aspect ratio (enough to bring the crossing near, not so much that the labels turn shouty).
    let escapeZoom: string | null = null;
    const escapeLabels = placed.placed.filter((l) => l.id.startsWith('escape-'));
    if (escapeExtent.length) {
      const xs = [...escapeExtent.map((p) => p[0]), ...escapeLabels.flatMap((l) => [l.box.x, l.box.x + l.box.width])];
      const ys = [...escapeExtent.map((p) => p[1]), ...escapeLabels.flatMap((l) => [l.box.y, l.box.y + l.box.height])];
      const [x0, x1, y0, y1] = [Math.min(...xs) - 12, Math.max(...xs) + 12, Math.min(...ys) - 12, Math.max(...ys) + 12];
      const zw = Math.min(box.width, Math.max(box.width / 1.6, x1 - x0, ((y1 - y0) * box.width) / box.height));
      const zh = (zw * box.height) / box.width;
      const zx = Math.min(Math.max((x0 + x1) / 2 - zw / 2, 0), box.width - zw);
      const zy = Math.min(Math.max((y0 + y1) / 2 - zh / 2, 0), box.height - zh);
      escapeZoom = [zx, zy, zw, zh].map((n) => Math.round(n)).join(' ');
    }

    return {
      box: layout.closeup,
      title: 'Where they were held in Cambodia',
      water: base.water,
      land: base.land,
      countries: base.countries,
      borders: base.borders,
      routes: [...stubs, ...escapes],
      points,
      labels: placed.placed,
      labelStyles: styles,
      dropped: placed.dropped,
      escapeZoom,
    };
  }

  /**
   * What a site's label says about who was held there: one route's figure ("Philippines: 4 held
   * captive"), or how many nationalities were counted there. Nothing for an escape's site: the escape's
   * own label says it.
   */
  function siteFigureLine(site: SiteModel): string {
    const atSite = (r: RouteModel) => r.to.place && (r.to.place === site.place || site.within.includes(r.to.place));
    const arriving = model.routes.filter((r) => r.route.direction === 'into-cambodia' && atSite(r));
    const escapesHere = model.routes.some((r) => r.route.direction === 'escape' && r.from.place && (r.from.place === site.place || site.within.includes(r.from.place)));
    if (escapesHere || !arriving.length) return '';
    if (arriving.length === 1) {
      const r = arriving[0]!;
      return r.figures[0] ? `${r.from.name}: ${figureShortLabel(r.figures[0])}` : r.from.name;
    }
    const kinds = new Set(arriving.map((r) => r.figures[0]?.kind ?? ''));
    const n = new Set(arriving.map((r) => r.nationality)).size;
    const kind = kinds.size === 1 ? [...kinds][0] : '';
    return kind ? `${n} nationalities ${kindWords(kind as Parameters<typeof kindWords>[0])}` : `routes from ${n} countries`;
  }
}
