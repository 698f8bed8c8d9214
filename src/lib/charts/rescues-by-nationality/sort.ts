import type { RescueGroup } from './model';
import type { RescueSort } from './state';

export type { RescueSort } from './state';

/**
 * Orders nationality groups: by `figure`, the group with the largest single figure first (a figure, never a
 * sum of kinds; ties by name); by `name`, alphabetically.
 */
export function sortRescueRows(groups: readonly RescueGroup[], by: RescueSort): RescueGroup[] {
  const byName = (a: RescueGroup, b: RescueGroup) => a.country.name.localeCompare(b.country.name, 'en');
  return [...groups].sort(by === 'figure' ? (a, b) => b.largest - a.largest || byName(a, b) : byName);
}
