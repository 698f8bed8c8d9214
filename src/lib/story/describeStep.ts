/**
 * What a step's graphic shows in its state, in one or two plain sentences: read by screen readers in
 * place of the picture, printed under the figure without JavaScript.
 */
import type { StoryData } from '../../data/loadStoryData';
import { formatEventDate, formatIsoDate } from '../format/formatDate';
import { parseTimelineState, TIMELINE_STATES } from '../charts/crackdown-timeline/state';
import type { ChartId } from '../charts/registry';

export type DescribeData = Pick<StoryData, 'countryByCode' | 'eventById'>;

const name = (code: string, data: DescribeData) => data.countryByCode.get(code)?.name ?? code;

export function describeStep(chart: ChartId, state: string, data: DescribeData): string {
  if (chart === 'trafficking-routes') {
    if (state === 'overview') return 'Map of Asia: a route into Cambodia from every country and territory in the reporting, and the older flow of Cambodians trafficked into Thailand and Indonesia.';
    if (state === 'all-origins') return 'Map of Asia: the routes into Cambodia stand out; the older outward flow and the river escape are dimmed.';
    if (state === 'cambodia') return 'Map: the close-up of Cambodia is outlined, with the places where people were reported held; the regional routes are dimmed.';
    if (state === 'river-escape') return 'Map: the close-up of Cambodia zooms in on the Aug. 18, 2022 escape from a casino in Kandal across the Binh Di River into Vietnam; everything else is dimmed.';
    const code = state.slice('origin:'.length);
    return `Map of Asia: the route from ${name(code, data)} into Cambodia and where its people were held are highlighted; the other routes are dimmed.`;
  }
  if (chart === 'rescues-by-nationality') {
    if (state.startsWith('kind:')) return `Chart of reported figures by nationality: the figures counting people ${state.slice(5)} stand out; other kinds of count are dimmed.`;
    if (state.startsWith('country:')) return `Chart of reported figures by nationality: ${name(state.slice(8), data)}’s figures stand out; the other nationalities are dimmed.`;
    return 'Chart of reported figures by nationality: each figure as its source gave it, one dot per figure, each kind of count in its own colour, none added together.';
  }
  const highlight = parseTimelineState(state);
  if (!highlight) return 'Timeline of 2019 to 2023, with August to October 2022 spread out: every event in the data.';
  if ('event' in highlight) {
    const e = data.eventById.get(highlight.event);
    return e ? `Timeline of 2019 to 2023: “${e.title}” (${formatEventDate(e).text}) is highlighted; the other events are dimmed.` : 'Timeline of 2019 to 2023.';
  }
  const named = { before: 'the years before the crackdown', crackdown: 'the crackdown weeks of August to October 2022', after: 'what came after, to 2023' } as Record<string, string>;
  const preset = Object.keys(TIMELINE_STATES).find((k) => TIMELINE_STATES[k] === highlight || state === k);
  const period = preset && named[preset] ? named[preset] : `${formatIsoDate(highlight.range[0])} to ${formatIsoDate(highlight.range[1])}`;
  return `Timeline of 2019 to 2023: the events of ${period} are highlighted; the others are dimmed.`;
}
