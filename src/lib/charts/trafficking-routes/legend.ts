import { labelTextWidth } from '../../labels/placeLabels';
import type { RoutesModel } from './model';
import { wrapText } from '../../text/textWidth';

export type LegendKey = 'into' | 'request' | 'out' | 'escape' | 'town' | 'province' | 'approximate' | 'unreported';

export interface LegendItem {
  key: LegendKey;
  text: string;
  /** The text as drawn, wrapped to its column. */
  lines: string[];
  /** Left edge of the swatch and the vertical middle of the first line, in the key's own coordinates. */
  x: number;
  y: number;
}

export interface LegendLayout {
  items: LegendItem[];
  height: number;
  /** Baseline-to-baseline distance of wrapped text. */
  lineHeight: number;
}

const TEXT: Record<LegendKey, string> = {
  into: 'Into Cambodia (figure where reported)',
  request: 'Embassy asked for help; no figure reported',
  out: 'Cambodians trafficked out (the older flow)',
  escape: 'Escape from a compound',
  town: 'City or town',
  province: 'Province centre (exact site not known)',
  approximate: 'Approximate position',
  unreported: 'In Cambodia, site not reported',
};

/** Width of a swatch (a short arrow or a point symbol) before the text. */
export const LEGEND_SWATCH = 30;

/** The key's entries for what the map actually draws, routes first, then points. */
export function legendKeys(model: RoutesModel): LegendKey[] {
  const has = (f: (r: RoutesModel['routes'][number]) => boolean) => model.routes.some(f);
  const keys: LegendKey[] = [];
  if (has((r) => r.route.direction === 'into-cambodia' && r.route.basis !== 'embassy-request')) keys.push('into');
  if (has((r) => r.route.basis === 'embassy-request')) keys.push('request');
  if (has((r) => r.route.direction === 'out-of-cambodia')) keys.push('out');
  if (has((r) => r.route.direction === 'escape')) keys.push('escape');
  const precisions = new Set(model.sites.map((s) => s.place.precision));
  if (precisions.has('town') || precisions.has('exact')) keys.push('town');
  if (precisions.has('province') || precisions.has('district')) keys.push('province');
  if (precisions.has('approximate')) keys.push('approximate');
  if (model.unreported.routes.length) keys.push('unreported');
  return keys;
}

/**
 * Lays the key out in as many equal columns as fit `width`, column-major (the kinds of route read down
 * a column, then the kinds of point); text too long for its column wraps onto a second line.
 */
export function routesMapLegend(keys: LegendKey[], width: number, fontSize: number): LegendLayout {
  const lineHeight = Math.round(fontSize * 1.25);
  const rowGap = Math.round(fontSize * 0.55);
  const textX = LEGEND_SWATCH + 6;
  const natural = Math.max(0, ...keys.map((k) => textX + labelTextWidth(TEXT[k], fontSize) + 16));
  const columns = Math.max(1, Math.min(keys.length, Math.floor(width / Math.min(natural, 240))));
  const columnWidth = width / columns;
  const perColumn = Math.ceil(keys.length / columns);
  const items: LegendItem[] = [];
  let height = 0;
  for (let c = 0; c < columns; c++) {
    let y = 0;
    for (const key of keys.slice(c * perColumn, (c + 1) * perColumn)) {
      const lines = wrapText(TEXT[key], columnWidth - textX - 8, fontSize, 2);
      items.push({ key, text: TEXT[key], lines, x: c * columnWidth, y: y + lineHeight / 2 });
      y += lines.length * lineHeight + rowGap;
    }
    height = Math.max(height, y - rowGap);
  }
  return { items, height, lineHeight };
}
