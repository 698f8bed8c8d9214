import type { StoryData } from '../../data/loadStoryData';
import type { ChartId } from '../charts/registry';

/** A slide's chart in words, for screen readers: which chart and what its state shows. Pure. */
export function slideChartLabel(chart: { id: ChartId; state: string }, data: Pick<StoryData, 'countryByCode' | 'eventById'>): string {
  const [head, arg = ''] = chart.state.split(/:(.*)/s);
  const country = data.countryByCode.get(arg)?.name ?? arg;
  switch (chart.id) {
    case 'trafficking-routes':
      if (head === 'origin') return `Map of the routes into Cambodia, with ${country} highlighted.`;
      if (head === 'all-origins') return 'Map of the routes into Cambodia from every country in the reporting.';
      if (head === 'cambodia') return 'Map of the places in Cambodia where people were reported held.';
      if (head === 'river-escape') return 'Map zoomed in on the escape across the Binh Di River into Vietnam.';
      return 'Map of the routes into Cambodia, and of Cambodians trafficked out.';
    case 'rescues-by-nationality':
      if (head === 'country') return `Chart of the figures reported for ${country}, each kind of count on its own line.`;
      if (head === 'kind') return `Chart of the figures reported by nationality, with “${arg}” highlighted.`;
      return 'Chart of the figures reported by nationality, each kind of count on its own line.';
    case 'crackdown-timeline':
      if (head === 'event') return `Timeline of events from 2019 to 2023, with “${data.eventById.get(arg)?.title ?? arg}” highlighted.`;
      if (head === 'before') return 'Timeline of events from 2019 to 2023, with the years before the crackdown highlighted.';
      if (head === 'crackdown') return 'Timeline of events from 2019 to 2023, with the crackdown of August to October 2022 highlighted.';
      if (head === 'after') return 'Timeline of events from 2019 to 2023, with what came after the crackdown highlighted.';
      return 'Timeline of events from 2019 to 2023.';
  }
}
