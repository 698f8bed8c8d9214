import type { Count, CountKind } from '../../../data/schemas/count';
import type { Place } from '../../../data/schemas/place';
import type { Source } from '../../../data/schemas/source';
import { formatCount, formatCountShort } from '../../format/formatCount';
import { formatIsoDate } from '../../format/formatDate';
import type { NationalityModel, RouteModel, RoutesModel, SiteModel } from './model';

/** Kinds as the few words a map label has room for; the full label is in the tooltip and table. */
const KIND_WORDS: Record<CountKind, string> = {
  rescued: 'rescued',
  repatriated: 'repatriated',
  escaped: 'escaped',
  'held captive': 'held captive',
  held: 'held',
  'believed held': 'believed held',
  'still stuck': 'still stuck',
  'prevented from travelling': 'stopped from travelling',
  'arrested or charged': 'arrested or charged',
  complaints: 'complaints',
  'found in raids': 'found in raids',
  'removed in raids': 'removed in raids',
  'detained in raids': 'detained in raids',
  'found by checks': 'found by checks',
  'estimated held': 'may be held',
  'victims identified': 'victims identified',
  'requested help': 'requests for help',
  departed: 'left',
  other: '',
};

/** A kind of count in the few words a map label has room for: "held captive", "stopped from travelling". */
export function kindWords(kind: CountKind): string {
  return KIND_WORDS[kind];
}

/** A figure as a short map label with its qualifier and kind: "300+ held captive", "241 repatriated". */
export function figureShortLabel(count: Count): string {
  return `${formatCountShort(count)} ${KIND_WORDS[count.kind]}`.trim();
}

/** An ISO date at its own precision, in the site's house style (formatDate.ts). */
export function formatStoryDate(iso: string): string {
  return formatIsoDate(iso);
}

/** A figure as a sentence fragment: "more than 300 (held captive): Taiwanese held captive in Cambodia, Aug 2022". */
export function figureText(count: Count): string {
  return `${formatCount(count)} (${count.kind}): ${count.label}, ${formatStoryDate(count.asOf)}`;
}

/** The source's own words for a figure, for tooltips and the table: why it has its kind. */
export function sourceWordingText(count: Count): string {
  return `In the source’s words: “${count.sourceWording}”`;
}

/** Sources as a short list: "VOA Khmer; Taiwan News". */
export function sourcesText(sources: Source[]): string {
  return [...new Set(sources.map((s) => s.publisher))].join('; ');
}

/** How exactly a site's point is known, in words, or '' for a town or exact site. */
export function precisionText(place: Place): string {
  switch (place.precision) {
    case 'province':
      return 'province centre; exact site not known';
    case 'district':
      return 'district; exact site not known';
    case 'approximate':
      return 'approximate position';
    default:
      return '';
  }
}

/** Why a route is drawn, in words. */
export function basisText(route: RouteModel): string {
  switch (route.route.basis) {
    case 'figure':
      return route.figures.length ? 'reported figure' : 'reported';
    case 'reported':
      return 'reported, no figure';
    case 'embassy-request':
      return 'embassy asked Cambodia for help; no figure reported';
  }
}

/** Where a nationality's routes go, in a sentence: "2 routes into Cambodia, ending at an unreported site and at Sihanoukville." */
export function nationalityRoutesText(n: NationalityModel): string {
  const into = n.routes.filter((r) => r.route.direction === 'into-cambodia');
  const out = n.routes.filter((r) => r.route.direction === 'out-of-cambodia');
  const parts: string[] = [];
  if (into.length) {
    const places = [...new Set(into.map((r) => (r.to.unreported ? 'an unreported site' : r.to.name)))];
    parts.push(`${into.length} route${into.length === 1 ? '' : 's'} into Cambodia, ending at ${listInWords(places.map((p, i) => (i ? `at ${p}` : p)))}.`);
  }
  if (out.length) parts.push(`Trafficked out to ${listInWords(out.map((r) => r.to.name))}.`);
  return parts.join(' ');
}

/** A nationality's routes and the figure its label shows, in a sentence or two (no name, no sources). */
export function nationalityDescription(n: NationalityModel): string {
  const figure = n.headline
    ? ` Figure shown: ${figureText(n.headline)}.`
    : n.basis === 'embassy-request'
      ? ' Its embassy asked Cambodia for help; no figure was reported.'
      : '';
  return `${nationalityRoutesText(n)}${figure}`;
}

/** What a screen reader hears for a nationality's trunk and country: number, name, routes, figure, sources. */
export function nationalityAccessibleName(n: NationalityModel): string {
  return `${n.number}. ${n.country.name}. ${nationalityDescription(n)} Sources: ${sourcesText(n.routes.flatMap((r) => r.sources))}.`;
}

/** The route's title: "Taiwan to Cambodia (site not reported)". */
export function routeTitle(route: RouteModel): string {
  return `${route.from.name} to ${route.to.name}`;
}

/** Everything a screen reader hears for a route: number, ends, figures, basis, sources. */
export function routeAccessibleName(route: RouteModel): string {
  const figures = route.figures.length ? ` ${route.figures.map(figureText).join('. ')}.` : '';
  return `${routeTitle(route)}. ${route.route.description}${figures} Basis: ${basisText(route)}. Sources: ${sourcesText(route.sources)}.`;
}

/** What a screen reader hears for a site. */
export function siteAccessibleName(site: SiteModel): string {
  const precision = precisionText(site.place);
  const within = site.within.length ? ` Named here: ${site.within.map((p) => p.name).join(', ')}.` : '';
  const figures = site.figures.length ? ` ${site.figures.length} reported figure${site.figures.length === 1 ? '' : 's'}, including ${figureText(site.figures[0]!)}.` : '';
  return `${site.place.name}, ${site.place.province}${precision ? ` (${precision})` : ''}.${within}${figures} Sources: ${sourcesText(site.sources)}.`;
}

function listInWords(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The map in words, for the figure's caption and screen readers: how many origins, which have figures
 * and which only asked for help, where people were held, the escape and the outward flow. Built from the
 * data, so it says what the map draws.
 */
export function routesMapSummary(model: RoutesModel): string {
  const origins = model.nationalities.filter((n) => n.country.code !== 'KH' && n.routes.some((r) => r.route.direction === 'into-cambodia'));
  const withFigures = origins.filter((n) => n.headline);
  const requestOnly = origins.filter((n) => n.basis === 'embassy-request' && !n.headline);
  const heldAt = model.sites.filter((s) => model.routes.some((r) => r.route.direction === 'into-cambodia' && r.to.place && (r.to.place === s.place || s.within.includes(r.to.place))));
  const unreported = model.routes.filter((r) => r.to.unreported).length;
  const parts = [
    `Routes into Cambodia from ${origins.length} countries and territories${withFigures.length ? `, ${withFigures.length} of them with a reported figure` : ''}.`,
    requestOnly.length ? `${listInWords(requestOnly.map((n) => n.country.name))} ${requestOnly.length === 1 ? 'is' : 'are'} on the map only because ${requestOnly.length === 1 ? 'its embassy' : 'their embassies'} asked Cambodia for help.` : '',
    heldAt.length ? `Where people were held was reported for ${listInWords(heldAt.map((s) => s.place.name))}${unreported ? `; for ${unreported} routes it was not` : ''}.` : '',
  ];
  for (const escape of model.routes.filter((r) => r.route.direction === 'escape')) {
    const f = escape.figures[0];
    parts.push(f ? `Escape, ${formatStoryDate(f.asOf)} (${formatCount(f)} ${f.kind}): ${escape.route.description}` : escape.route.description);
  }
  const out = model.routes.filter((r) => r.route.direction === 'out-of-cambodia');
  if (out.length) parts.push(`The older flow runs the other way: Cambodians trafficked to ${listInWords(out.map((r) => r.to.name))}.`);
  return parts.filter(Boolean).join(' ');
}

/**
 * What a site's label says about who was held there: one route's figure ("Philippines: 4 held
 * captive"), or how many nationalities were counted there. Nothing for an escape's site: the escape's
 * own label says it.
 */
export function siteFigureLine(model: RoutesModel, site: SiteModel): string {
  const atSite = (r: RouteModel) => r.to.place && (r.to.place === site.place || site.within.includes(r.to.place));
  const arriving = model.routes.filter((r) => r.route.direction === 'into-cambodia' && atSite(r));
  const escapesHere = model.routes.some((r) => r.route.direction === 'escape' && r.from.place && (r.from.place === site.place || site.within.includes(r.from.place)));
  if (escapesHere || !arriving.length) return '';
  if (arriving.length === 1) {
    const r = arriving[0]!;
    return r.figures[0] ? `${r.from.name}: ${figureShortLabel(r.figures[0])}` : r.from.name;
  }
  const kinds = new Set(arriving.map((r) => r.figures[0]?.kind ?? ''));
  const n = new Set(arriving.map((r) => r.nationality)).size;
  const kind = kinds.size === 1 ? [...kinds][0] : '';
  return kind ? `${n} nationalities ${kindWords(kind as Parameters<typeof kindWords>[0])}` : `routes from ${n} countries`;
}
