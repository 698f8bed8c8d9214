import type { RescueChartData } from '../charts/rescues-by-nationality/model';
import { parseRescueState, rescueKindDimmed, rescueRowDimmed } from '../charts/rescues-by-nationality/state';

/**
 * The records a slide's rescues-by-nationality chart draws in a named state. The whole chart (every
 * nationality's rows) is too tall for a 16:9 slide with labels a room can read, so a slide draws only what its
 * state is about: `country:<CODE>` that nationality's rows, `kind:<kind>` only the figures of that kind (as the
 * chart's own state test decides: rescueRowDimmed, rescueKindDimmed), and only the nationalities that have
 * one. What the state would dim is left out rather than drawn faintly; nothing is added up. `all` keeps
 * everything. Pure.
 */
export function slideRescueData<T extends RescueChartData>(data: T, rawState: string): T {
  const state = parseRescueState(rawState);
  if (state === 'all') return data;
  const counts = data.counts.filter((c) => c.country !== null && !rescueRowDimmed(state, c.country) && !rescueKindDimmed(state, c.kind));
  const codes = new Set(counts.map((c) => c.country));
  return { ...data, counts, countries: data.countries.filter((c) => codes.has(c.code)) };
}
