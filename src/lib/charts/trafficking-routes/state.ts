/**
 * The named states of the trafficking-routes map. Story steps, embeds and the page's own controls ask for
 * one by setting `data-state` on the chart's root or dispatching `chart:state` with `{ detail: { state } }`.
 * - `overview`: everything, as the reader first sees it.
 * - `all-origins`: the routes into Cambodia stand out; the older outward flow and the escape recede.
 * - `origin:<CODE>`: one nationality's routes, country and label (e.g. `origin:TW`).
 * - `cambodia`: the close-up's sites stand out; the regional routes recede.
 * - `river-escape`: the 18 Aug 2022 escape into Vietnam, the close-up zoomed in on it.
 */
export type RoutesMapState = 'overview' | 'all-origins' | 'cambodia' | 'river-escape' | `origin:${string}`;

const FIXED = new Set(['overview', 'all-origins', 'cambodia', 'river-escape']);

/** A valid state from any string (an attribute, an event, a URL), or `fallback`. */
export function parseRoutesMapState(value: unknown, fallback: RoutesMapState = 'overview'): RoutesMapState {
  if (typeof value !== 'string') return fallback;
  if (FIXED.has(value)) return value as RoutesMapState;
  const m = /^origin:([A-Z]{2})$/.exec(value);
  return m ? (`origin:${m[1]}` as RoutesMapState) : fallback;
}

/** The nationality a state highlights (`origin:TW` gives `TW`), or null. */
export function stateNationality(state: RoutesMapState): string | null {
  return state.startsWith('origin:') ? state.slice(7) : null;
}
