/**
 * The named states of the rescues-by-nationality chart, shared by the build-time renderer and the client
 * script, so `data-state="country:TW"` looks the same with and without JavaScript.
 * - `all`: nothing highlighted.
 * - `kind:<kind>`: one kind of count; the others dim. The kind is named as in the data (`kind:held captive`)
 *   or by its colour role (`kind:held`, from the `kind-held` class).
 * - `country:<CODE>`: one nationality's row; the other rows dim (e.g. `country:TW`).
 * Row order is not a state: `data-sort` (`figure` | `name`) sets it.
 */
import type { CountKind } from '../../../data/schemas/count';
import { countKindClass } from '../../labels/countKind';

export type RescueState = 'all' | `kind:${string}` | `country:${string}`;

/** A valid state from any string (an attribute, an event, a URL), or `fallback`. */
export function parseRescueState(value: unknown, fallback: RescueState = 'all'): RescueState {
  if (typeof value !== 'string') return fallback;
  if (value === 'all') return value;
  if (/^kind:[a-z][a-z ]{1,40}$/.test(value)) return value as RescueState;
  const m = /^country:([A-Z]{2})$/.exec(value);
  return m ? (`country:${m[1]}` as RescueState) : fallback;
}

/** True when a state dims this nationality's row. */
export function rescueRowDimmed(state: RescueState, country: string): boolean {
  return state.startsWith('country:') && state.slice('country:'.length) !== country;
}

/** True when a state dims the marks of this kind of count. */
export function rescueKindDimmed(state: RescueState, kind: CountKind): boolean {
  if (!state.startsWith('kind:')) return false;
  const wanted = state.slice('kind:'.length);
  return kind !== wanted && countKindClass(kind) !== `kind-${wanted}`;
}

/** The orders the rows can be in. */
export const RESCUE_SORTS = ['figure', 'name'] as const;
export type RescueSort = (typeof RESCUE_SORTS)[number];

/** A valid sort from any string, or `figure`. */
export function parseRescueSort(value: unknown): RescueSort {
  return RESCUE_SORTS.includes(value as RescueSort) ? (value as RescueSort) : 'figure';
}
