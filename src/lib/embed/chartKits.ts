/**
 * What the embed kit needs to know about each chart, on top of its registry entry (title, sources, states
 * and their parser, in src/lib/charts/registry.ts): the one line an embed has room for, every state an embed
 * may ask for by name (each checked here against the registry's parser), labels for the kit's state picker,
 * the drawing used for the image downloads, the stylesheet that styles it, and the chart's data as rows.
 */
import type { StoryData } from '../../data/loadStoryData';
import type { Source } from '../../data/schemas/source';
import { crackdownTimeline } from '../charts/crackdown-timeline/svg';
import { TIMELINE_STATES } from '../charts/crackdown-timeline/state';
import { CHART_IDS, chartById, type ChartId } from '../charts/registry';
import { rescueChart } from '../charts/rescues-by-nationality/svg';
import { rescueTableRows } from '../charts/rescues-by-nationality/table';
import { cambodiaPoint } from '../charts/trafficking-routes/basemap';
import { routesModel } from '../charts/trafficking-routes/model';
import { routesMapScene } from '../charts/trafficking-routes/scene';
import { routesMapSvg } from '../charts/trafficking-routes/svg';
import { figureText, routesMapSummary } from '../charts/trafficking-routes/text';
import { sortEvents } from '../dates/eventDates';
import { formatCount } from '../format/formatCount';
import { formatIsoDate } from '../format/formatDate';
import { countKindLabel } from '../labels/countKind';
import { categoryLabel } from '../labels/eventCategories';
import type { EmbedStateSpec } from './embedQuery';

/** One row of a chart's data download: column name to text. */
export type DataRow = Record<string, string>;

export interface ChartKit {
  id: ChartId;
  /** The chart's headline. */
  title: string;
  /** One line under the title in an embed. */
  description: string;
  /** States an embed may ask for. */
  states: EmbedStateSpec;
  /** Each allowed state in words, for the embed kit's picker. */
  stateLabels: Record<string, string>;
  /** Sources behind the chart, listed by publisher. */
  sources: Source[];
  /** Class of the chart's root element (the chart's CSS starts from it). */
  rootClass: string;
  /** The chart's component; the CSS files it imports are read for the standalone SVG. */
  componentFile: string;
  /** The chart drawn at `width` for the image downloads, in its default state. */
  drawing: (width: number) => string;
  /** The width the image downloads are drawn at. */
  imageWidth: number;
  /** The chart's data as rows, for CSV and JSON; columns in order. */
  columns: readonly string[];
  rows: DataRow[];
}

const sourceText = (s: Source) => `${s.publisher}: ${s.title}${s.date ? ` (${s.date})` : ''}`;
/**
 * A source's address as a link, only where the sheet gives a full one (host and path, nothing elided or
 * described in words), as the data page links them; otherwise undefined.
 */
export const sourceLink = (s: Pick<Source, 'url'>): string | undefined =>
  s.url && /^[a-z0-9.-]+\.[a-z]{2,}\/\S+$/i.test(s.url) && !s.url.includes('...') ? `https://${s.url}` : undefined;
const sourceColumns = (sources: readonly Source[]) => ({
  sources: sources.map(sourceText).join('; '),
  // As the source sheet gives them: a full address gets its scheme, a described one stays in words.
  source_addresses: sources.map((s) => sourceLink(s) ?? s.url ?? '').filter(Boolean).join(' | '),
});
const byPublisher = (sources: Iterable<Source>) =>
  [...new Map([...sources].map((s) => [s.id, s])).values()].sort(
    (a, b) => Number(b.primary) - Number(a.primary) || a.publisher.localeCompare(b.publisher, 'en') || (a.date ?? '').localeCompare(b.date ?? ''),
  );

function routesKit(data: StoryData): ChartKit {
  const model = routesModel(data, cambodiaPoint());
  const codes = model.nationalities.map((n) => n.country.code);
  return {
    id: 'trafficking-routes',
    title: chartById('trafficking-routes').title,
    // The first sentence of the map's summary: an embed has room for one line.
    description: routesMapSummary(model).split(/(?<=\.)\s/)[0]!.replace(/\.$/, ', and where people were reported held.'),
    states: {
      defaultState: 'overview',
      states: ['overview', 'all-origins', 'cambodia', 'river-escape', ...codes.map((c) => `origin:${c}`)],
      nationalityPrefix: 'origin:',
    },
    stateLabels: {
      overview: 'Everything (default)',
      'all-origins': 'The routes into Cambodia stand out',
      cambodia: 'Where people were held stands out',
      'river-escape': 'The river escape, zoomed in',
      ...Object.fromEntries(
        model.nationalities.map((n) => [`origin:${n.country.code}`, n.country.code === 'KH' ? 'Highlight Cambodians trafficked out' : `Highlight ${n.country.name}`]),
      ),
    },
    sources: chartById('trafficking-routes').sources(data),
    rootClass: 'routes-map',
    componentFile: 'src/components/charts/trafficking-routes/RoutesMap.astro',
    drawing: (width) => routesMapSvg(routesMapScene(data, { width }), `dl-${width}`),
    imageWidth: 1100,
    columns: ['route', 'nationality', 'from', 'to', 'direction', 'description', 'figures', 'sources', 'source_addresses'],
    rows: model.routes.map((r) => ({
      route: String(r.number),
      nationality: data.countryByCode.get(r.nationality)?.name ?? r.nationality,
      from: r.from.name,
      to: r.to.unreported ? 'Cambodia (site not reported)' : r.to.name,
      direction: r.route.direction,
      description: r.route.description,
      figures: r.figures.map(figureText).join('; '),
      ...sourceColumns(r.sources),
    })),
  };
}

function rescuesKit(data: StoryData): ChartKit {
  const rows = rescueTableRows(data);
  const kinds = [...new Set(data.counts.filter((c) => rows.some((r) => r.id === c.id)).map((c) => c.kind))];
  const countries = [...new Set(data.counts.filter((c) => rows.some((r) => r.id === c.id)).map((c) => c.country!))];
  const nationalities = new Set(rows.map((r) => r.nationality)).size;
  return {
    id: 'rescues-by-nationality',
    title: chartById('rescues-by-nationality').title,
    description: `${rows.filter((r) => !r.part).length} figures reported in 2022 for ${nationalities} nationalities, each with its date and source; they count different things and are never added together.`,
    states: {
      defaultState: 'all',
      states: ['all', ...kinds.map((k) => `kind:${k}`), ...countries.map((c) => `country:${c}`)],
      nationalityPrefix: 'country:',
    },
    stateLabels: {
      all: 'Everything (default)',
      ...Object.fromEntries(kinds.map((k) => [`kind:${k}`, `Highlight: ${countKindLabel(k).toLowerCase()}`])),
      ...Object.fromEntries(countries.map((c) => [`country:${c}`, `Highlight ${data.countryByCode.get(c)?.name ?? c}`])),
    },
    sources: chartById('rescues-by-nationality').sources(data),
    rootClass: 'rescue-chart',
    componentFile: 'src/components/charts/rescues-by-nationality/RescueChart.astro',
    drawing: (width) => rescueChart(data, { width }),
    imageWidth: 800,
    columns: ['nationality', 'kind', 'figure', 'as_of', 'period', 'counted', 'note', 'of_the_figure_above', 'disputed', 'sources', 'source_addresses'],
    rows: rows.map((r) => ({
      nationality: r.nationality,
      kind: r.kind,
      figure: r.figure,
      as_of: r.asOf,
      period: r.period,
      counted: r.counted,
      note: r.note,
      of_the_figure_above: r.part ? 'yes' : '',
      disputed: r.disputed ? 'yes' : '',
      ...sourceColumns(r.sources),
    })),
  };
}

function timelineKit(data: StoryData): ChartKit {
  const events = sortEvents(data.events);
  const first = events[0]!.date.slice(0, 4);
  const last = events.at(-1)!.date.slice(0, 4);
  return {
    id: 'crackdown-timeline',
    title: chartById('crackdown-timeline').title,
    description: `${events.length} events from the ${first} ban on online gambling to the ${last} UN report, coloured by strand of the story; Aug.–Oct. 2022 is drawn wider.`,
    states: {
      defaultState: 'overview',
      states: [...Object.keys(TIMELINE_STATES), ...events.map((e) => `event:${e.id}`)],
      ranges: true,
    },
    stateLabels: {
      overview: 'Everything (default)',
      before: 'Before the crackdown (2019 to July 2022)',
      crackdown: 'The crackdown weeks (Aug.–Oct. 2022)',
      after: 'After the crackdown (Nov. 2022 to 2023)',
      ...Object.fromEntries(events.map((e) => [`event:${e.id}`, `${formatIsoDate(e.date)}: ${e.title}`])),
    },
    sources: byPublisher(chartById('crackdown-timeline').sources(data)),
    rootClass: 'crackdown-timeline',
    componentFile: 'src/components/charts/crackdown-timeline/CrackdownTimeline.astro',
    drawing: (width) => crackdownTimeline(events, { width, highlight: null }),
    imageWidth: 1120,
    columns: ['date', 'end_date', 'precision', 'date_inferred', 'category', 'title', 'description', 'figures', 'disagreement', 'sources', 'source_addresses'],
    rows: events.map((e) => ({
      date: e.date,
      end_date: e.endDate ?? '',
      precision: e.precision,
      date_inferred: e.dateInferred ? 'yes' : '',
      category: categoryLabel(e.category),
      title: e.title,
      description: e.description,
      figures: e.figures.map((id) => data.countById.get(id)!).map((c) => `${formatCount(c)} ${c.kind}: ${c.label}`).join('; '),
      disagreement: e.disagreement ?? '',
      ...sourceColumns(e.sources.map((id) => data.sourceById.get(id)!)),
    })),
  };
}

/** The kit, after checking every state it offers against the registry's parser (the one the chart uses). */
function checked(kit: ChartKit): ChartKit {
  const { states } = chartById(kit.id);
  if (kit.states.defaultState !== states.default) throw new Error(`chartKits: ${kit.id} starts in "${states.default}", not "${kit.states.defaultState}"`);
  for (const state of kit.states.states) {
    if (states.parse(state) !== state) throw new Error(`chartKits: the registry's parser for ${kit.id} does not accept "${state}"`);
  }
  return kit;
}

/** Every chart's kit, in the registry's order. */
export function chartKits(data: StoryData): ChartKit[] {
  const make: Record<ChartId, (d: StoryData) => ChartKit> = {
    'trafficking-routes': routesKit,
    'rescues-by-nationality': rescuesKit,
    'crackdown-timeline': timelineKit,
  };
  return CHART_IDS.map((id) => checked(make[id](data)));
}

/** One chart's kit. */
export function chartKit(data: StoryData, id: string): ChartKit {
  const kit = chartKits(data).find((k) => k.id === id);
  if (!kit) throw new Error(`chartKit: no chart "${id}"`);
  return kit;
}
