/**
 * The routes map as a scene for one width: layout, both panels (regionPanel.ts, closeupPanel.ts) and the key.
 * Types in sceneTypes.ts; shared pieces in sceneParts.ts.
 */
import { CAMBODIA_NUMERIC, cambodiaPoint } from './basemap';
import { NARROW_BELOW, routesMapLayout } from './layout';
import { legendKeys, routesMapLegend } from './legend';
import { routesModel, type RoutesMapData } from './model';
import { closeupPanel } from './closeupPanel';
import { regionPanel } from './regionPanel';
import type { RoutesMapScene, SceneContext } from './sceneTypes';
import type { RoutesMapState } from './state';

export type { LabelStyle, RoutesMapScene, SceneContext, ScenePanel, ScenePoint, SceneRoute } from './sceneTypes';
export { spreadAngles } from './sceneParts';

/**
 * Everything the routes map draws, positioned for one width: layout, projected outlines, routes, points
 * and placed labels for both panels, and the key. Pure apart from reading the (cached) world-atlas
 * outlines. `routesMap()` turns it into SVG; tests inspect it directly. `typeScale` (default 1) multiplies
 * every type size, for a map printed smaller than it is drawn; `keyTypeScale` (default `typeScale`) the key's;
 * `regionShare` (default 0.62) the wide layout's share of the width for the regional panel (the close-up and
 * key take the rest).
 */
export function routesMapScene(data: RoutesMapData, options: { width: number; height?: number; state?: RoutesMapState; typeScale?: number; keyTypeScale?: number; regionShare?: number }): RoutesMapScene {
  const { width, state = 'overview', typeScale = 1, keyTypeScale = typeScale } = options;
  const model = routesModel(data, cambodiaPoint());
  const keys = legendKeys(model);
  const legendFontSize = (width < NARROW_BELOW ? 11 : 12) * keyTypeScale;
  const base = routesMapLayout(width, (w) => routesMapLegend(keys, w, legendFontSize).height, options.height, options.regionShare);
  // `typeScale` sets every label larger than the layout's own sizes (a map printed smaller than it is drawn,
  // on a handout), `keyTypeScale` the key's (its type starts larger); labels are then placed, and the key laid
  // out, at those sizes.
  const layout = typeScale === 1 ? base : { ...base, fontSize: base.fontSize * typeScale, smallFontSize: base.smallFontSize * typeScale };
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

  const ctx: SceneContext = { data, model, layout, fontSize, smallFontSize, titleHeight, arrowSize, ownPath };
  const region = regionPanel(ctx);
  const closeup = closeupPanel(ctx);
  const legend = routesMapLegend(keys, layout.legend.width, legendFontSize);
  return { layout, model, state, region, closeup, legend: legend.items, legendLineHeight: legend.lineHeight, legendFontSize };
}
