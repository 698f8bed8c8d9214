/**
 * The chart registry: every chart of the site, once. The gallery, the chart pages, and the story, embeds,
 * slides and downloads read a chart's title, words, named states, sources and caption numbers from here, so
 * they cannot drift apart.
 *
 *   import { CHARTS, chartById } from '../lib/charts/registry';
 *   const chart = chartById('rescues-by-nationality');
 *   chart.states.parse(url.searchParams.get('state'));   // a valid state, or the default
 *   chart.facts(data).figures;                           // 36: the number every caption uses
 *
 * Every chart honours one component contract (see `src/components/charts/Chart.astro`): props `data`,
 * `state`, `id`, `widths`, `controls`; one root `[data-chart="<id>"]` carrying `data-state`; a `chart:state`
 * event (`detail: { state }`) that sets it; any state drawn at build time exactly as the client applies it.
 * The registry is pure (no components, no Node APIs); `Chart.astro` maps ids to components.
 */
import type { StoryData } from '../../data/loadStoryData';
import type { Source } from '../../data/schemas/source';
import { sortEvents } from '../dates/eventDates';
import { rescueRows } from './rescues-by-nationality/model';
import { parseRescueState, type RescueState } from './rescues-by-nationality/state';
import { describeRescueChart, rescueChartNote } from './rescues-by-nationality/text';
import { sortRescueRows } from './rescues-by-nationality/sort';
import { timelineStateName, type TimelineState } from './crackdown-timeline/state';
import { cambodiaPoint } from './trafficking-routes/basemap';
import { routesModel } from './trafficking-routes/model';
import { parseRoutesMapState, type RoutesMapState } from './trafficking-routes/state';
import { routesMapSummary } from './trafficking-routes/text';

/** The charts' ids, in the order the gallery lists them. */
export const CHART_IDS = ['trafficking-routes', 'rescues-by-nationality', 'crackdown-timeline'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** What a chart reads: the loader's StoryData. */
export type ChartData = StoryData;

/** The numbers a chart's captions quote, computed once here. */
export interface ChartFacts {
  /** The facts line of the gallery card, e.g. "36 figures · 14 nationalities". */
  text: string;
  /** Named numbers behind `text` (figures, nationalities, origins, places, events, first and last year). */
  [key: string]: string | number;
}

/** A chart's named states: what `data-state`, `chart:state`, `?state=` and story steps may ask for. */
export interface ChartStates<S extends string = string> {
  /** The state a chart starts in. */
  default: S;
  /** Any value (attribute, event detail, URL parameter) to a valid state, or the default: never throws. */
  parse(value: unknown): S;
  /** The state forms, as the README's table shows them, e.g. `origin:<CODE>`. */
  forms: readonly string[];
  /** Every fixed state and one example of each parameterised form, for this data: for tests and pickers. */
  examples(data: ChartData): S[];
}

/** One chart of the site. */
export interface ChartEntry<S extends string = string> {
  id: ChartId;
  /** The card and page title: "Trafficking routes". */
  name: string;
  /** The chart's headline in its figure. */
  title: string;
  /** One sentence for the gallery card and link previews. */
  description: string;
  /** Under the headline: what the figures do and do not measure. */
  subtitle(data: ChartData): string;
  /** A text alternative of the whole chart, for readers who cannot see it. */
  alt(data: ChartData): string;
  /** Caveats under the chart. */
  note(data: ChartData): string;
  /** The chart's named states. */
  states: ChartStates<S>;
  /** Every source behind the chart, in the order its credit lists them. */
  sources(data: ChartData): Source[];
  /** The numbers its captions quote. */
  facts(data: ChartData): ChartFacts;
  /** The component that draws it (under src/components/charts/), for readers of the code. */
  component: string;
  /** The chart's own page. */
  path: string;
}

const unique = <T extends { id: string }>(items: readonly T[]): T[] => [...new Map(items.map((s) => [s.id, s])).values()];
const byPublisher = (a: Source, b: Source) => a.publisher.localeCompare(b.publisher, 'en') || (a.date ?? '').localeCompare(b.date ?? '');
const mapModel = (data: ChartData) => routesModel(data, cambodiaPoint());

const routes: ChartEntry<RoutesMapState> = {
  id: 'trafficking-routes',
  name: 'Trafficking routes',
  title: 'Where the people held in Cambodia’s scam compounds came from',
  description: 'Where the people held in Cambodia’s scam compounds came from, where they were held, and the river escape into Vietnam.',
  subtitle: (data) => routesMapSummary(mapModel(data)),
  alt: (data) => routesMapSummary(mapModel(data)),
  note: () =>
    'Lines start at each country’s capital: the sources do not say where people were recruited. Each label shows one figure per nationality, the one covering Cambodia as a whole where there is one; figures count different things (rescued, repatriated, held, detained) at different dates and are never added together. Places are drawn only as precisely as they were reported. Where the Binh Di River was crossed was not reported: the arrow shows only the direction of the escape.',
  states: {
    default: 'overview',
    parse: (value) => parseRoutesMapState(value),
    forms: ['overview', 'all-origins', 'origin:<CODE>', 'cambodia', 'river-escape'],
    examples: (data) => ['overview', 'all-origins', 'cambodia', 'river-escape', ...mapModel(data).nationalities.map((n) => `origin:${n.country.code}` as const)],
  },
  sources: (data) => {
    const model = mapModel(data);
    return unique([...model.routes.flatMap((r) => r.sources), ...model.sites.flatMap((s) => s.sources)]).sort(
      (a, b) => Number(b.primary) - Number(a.primary) || a.publisher.localeCompare(b.publisher, 'en'),
    );
  },
  facts: (data) => {
    const model = mapModel(data);
    const origins = model.nationalities.filter((n) => n.country.code !== 'KH' && n.routes.some((r) => r.route.direction === 'into-cambodia')).length;
    const places = data.places.length;
    return { origins, places, text: `${origins} origins · ${places} places in Cambodia` };
  },
  component: 'trafficking-routes/RoutesMap.astro',
  path: '/charts/trafficking-routes/',
};

const rescues: ChartEntry<RescueState> = {
  id: 'rescues-by-nationality',
  name: 'Counts by nationality',
  title: 'Rescued, repatriated, escaped or held: the counts by nationality',
  description: 'Rescued, repatriated, escaped, held or stopped from travelling: each figure with its date and source, never added together.',
  subtitle: () =>
    'Each dot is one figure that a government or a news outlet reported for one nationality, with its date and source. The figures count different things at different dates, so they are never added together, and none is a total of everyone trafficked.',
  alt: (data) => describeRescueChart(data),
  note: (data) => rescueChartNote(data),
  states: {
    default: 'all',
    parse: (value) => parseRescueState(value),
    forms: ['all', 'kind:<kind>', 'country:<CODE>'],
    examples: (data) => {
      const groups = sortRescueRows(rescueRows(data).groups, 'figure');
      const kinds = [...new Set(groups.flatMap((g) => g.lines.map((l) => l.kind)))];
      return ['all', ...kinds.map((k) => `kind:${k}` as const), ...groups.map((g) => `country:${g.country.code}` as const)];
    },
  },
  sources: (data) => {
    const figures = rescueRows(data).groups.flatMap((g) => g.lines.flatMap((l) => l.figures));
    return unique(figures.flatMap((f) => [...f.sources, ...f.parts.flatMap((p) => p.sources.map((id) => data.sourceById.get(id)!))])).sort(byPublisher);
  },
  facts: (data) => {
    const groups = rescueRows(data).groups;
    // Figures as drawn: one dot each. Breakdowns (35 men of the 40) are part of their figure, not figures.
    const figures = groups.reduce((n, g) => n + g.lines.reduce((m, l) => m + l.figures.length, 0), 0);
    const nationalities = groups.length;
    return { figures, nationalities, text: `${figures} figures · ${nationalities} nationalities` };
  },
  component: 'rescues-by-nationality/RescueChart.astro',
  path: '/charts/rescues-by-nationality/',
};

const timeline: ChartEntry<TimelineState> = {
  id: 'crackdown-timeline',
  name: 'Timeline of the crackdown',
  title: 'Timeline of the crackdown',
  description: 'From the 2019 ban on online gambling to the 2023 UN report, with the crackdown weeks of August to October 2022 opened up.',
  subtitle: (data) => {
    const { events, first, last } = timelineFacts(data);
    return `From the ${first} ban on online gambling to the ${last} UN report: ${events} events, coloured by strand of the story. August to October 2022, the first weeks of the crackdown, is drawn wider so that events days apart can be told apart.`;
  },
  alt: (data) => {
    const { events, first, last } = timelineFacts(data);
    return `A time line of ${events} events from ${first} to ${last}; every event is in the list that follows, with its date, figures and sources.`;
  },
  note: () =>
    'Each date is shown as precisely as the reporting gives it. Figures keep their sources’ wording (“about”, “more than”); different kinds of count are never added together. Where sources disagree, the entry says so.',
  states: {
    default: 'overview',
    parse: (value) => timelineStateName(value),
    forms: ['overview', 'before', 'crackdown', 'after', 'event:<id>', 'range:<start>/<end>'],
    examples: (data) => ['overview', 'before', 'crackdown', 'after', `event:${sortEvents(data.events)[0]!.id}`, 'range:2022-09-16/2022-09-22'],
  },
  sources: (data) => {
    const ids = [...new Set(sortEvents(data.events).flatMap((e) => e.sources))];
    return ids.map((id) => data.sourceById.get(id)!);
  },
  facts: (data) => {
    const f = timelineFacts(data);
    return { ...f, text: `${f.events} events · ${f.first}–${f.last}` };
  },
  component: 'crackdown-timeline/CrackdownTimeline.astro',
  path: '/charts/crackdown-timeline/',
};

function timelineFacts(data: ChartData): { events: number; first: number; last: number } {
  const years = data.events.map((e) => Number(e.date.slice(0, 4)));
  return { events: data.events.length, first: Math.min(...years), last: Math.max(...years) };
}

/** Every chart, in gallery order. */
export const CHARTS: readonly ChartEntry[] = [routes, rescues, timeline] as ChartEntry[];

/** True for a string that is a chart id (for `/embed/<id>/` and the like). */
export function isChartId(value: unknown): value is ChartId {
  return CHART_IDS.includes(value as ChartId);
}

/** The registry entry of a chart. */
export function chartById(id: ChartId): ChartEntry {
  return CHARTS.find((c) => c.id === id)!;
}
