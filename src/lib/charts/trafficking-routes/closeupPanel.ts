import type { GeoPermissibleObjects } from 'd3-geo';
import { boxAround, type Box } from '../../geo/box';
import { mapProjection } from '../../geo/mapProjection';
import { placeLabels, type LabelRequest } from '../../labels/placeLabels';
import { basemap, CAMBODIA_NUMERIC, countriesOf, geometryFeature, topologyFor } from './basemap';
import type { RouteModel } from './model';
import { quadraticPoint, routeGeometry, type Point } from './routeGeometry';
import { CLOSEUP_TOPOLOGY_BOUNDS, contextLabel, project, spreadAngles } from './sceneParts';
import type { LabelStyle, RoutesMapScene, SceneContext, ScenePoint, SceneRoute } from './sceneTypes';
import { figureShortLabel, formatStoryDate, siteFigureLine } from './text';

/** The close-up of Cambodia: sites, the stubs of routes arriving at them, the escape and its zoom. */
export function closeupPanel(ctx: SceneContext): RoutesMapScene['closeup'] {
  const { data, model, layout, fontSize, smallFontSize, titleHeight, arrowSize } = ctx;
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
    const figureLine = siteFigureLine(model, site);
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
