import type { GeoPermissibleObjects } from 'd3-geo';
import type { Route } from '../../../data/schemas/route';
import { boxAround, overlapArea, type Box } from '../../geo/box';
import { mapProjection } from '../../geo/mapProjection';
import { placeLabels, positionsToward, type LabelRequest } from '../../labels/placeLabels';
import { basemap, countriesOf, geometryFeature, topologyFor } from './basemap';
import { strongestBasis, type LonLat, type NationalityModel, type RouteModel } from './model';
import { quadraticPoint, routeGeometry, type Point } from './routeGeometry';
import { contextLabel, project, REGION_TOPOLOGY_BOUNDS, round1 } from './sceneParts';
import type { LabelStyle, SceneContext, ScenePanel, ScenePoint, SceneRoute } from './sceneTypes';
import { figureShortLabel } from './text';

/** The regional panel: one trunk per nationality from its capital to Cambodia, labels, number badges. */
export function regionPanel(ctx: SceneContext): ScenePanel {
  const { model, layout, fontSize, smallFontSize, titleHeight, arrowSize, ownPath } = ctx;
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
