/**
 * Which chart a story step may name and which of its named states it may ask for. A step that names an
 * unknown chart or state fails the build (parseStory reports the file and line), so a typo can never ship
 * as a chart quietly drawn in its default state. The states are read with each chart's own parser.
 */
import type { StoryData } from '../../data/loadStoryData';
import { CHART_IDS, type ChartId } from '../charts/registry';
import { parseRoutesMapState } from '../charts/trafficking-routes/state';
import { parseTimelineState } from '../charts/crackdown-timeline/state';

/** The data a state is checked against. */
export type StepStateData = Pick<StoryData, 'routes' | 'counts' | 'eventById'>;

/** True when `chart` is a chart id a step can name. */
export function isChartId(chart: string): chart is ChartId {
  return (CHART_IDS as readonly string[]).includes(chart);
}

/** Nationalities the map can highlight: the countries its routes start from. */
function mapOrigins(data: StepStateData): Set<string> {
  return new Set(data.routes.flatMap((r) => ('country' in r.from ? [r.from.country] : [])));
}

/**
 * What is wrong with `state` for `chart`, in words, or null when the chart can draw it.
 */
export function stepStateProblem(chart: ChartId, state: string, data: StepStateData): string | null {
  switch (chart) {
    case 'trafficking-routes': {
      const BAD = 'overview:invalid' as const;
      if (parseRoutesMapState(state, BAD as never) !== state) {
        return `unknown state "${state}" for trafficking-routes (overview, all-origins, origin:<CODE>, cambodia, river-escape)`;
      }
      if (state.startsWith('origin:') && !mapOrigins(data).has(state.slice(7))) {
        return `no route on the map starts in "${state.slice(7)}" (state "${state}")`;
      }
      return null;
    }
    case 'rescues-by-nationality': {
      if (state === 'all') return null;
      const kind = /^kind:(.+)$/.exec(state)?.[1];
      if (kind) return data.counts.some((c) => c.kind === kind) ? null : `no count of kind "${kind}" (state "${state}")`;
      const country = /^country:([A-Z]{2})$/.exec(state)?.[1];
      if (country) return data.counts.some((c) => c.country === country) ? null : `no count for country "${country}" (state "${state}")`;
      return `unknown state "${state}" for rescues-by-nationality (all, kind:<kind>, country:<CODE>)`;
    }
    case 'crackdown-timeline': {
      if (state === 'overview') return null;
      const highlight = parseTimelineState(state);
      if (!highlight) return `unknown state "${state}" for crackdown-timeline (overview, before, crackdown, after, event:<id>, range:<start>/<end>)`;
      if ('event' in highlight && !data.eventById.has(highlight.event)) return `unknown event id "${highlight.event}" (state "${state}")`;
      return null;
    }
  }
}
