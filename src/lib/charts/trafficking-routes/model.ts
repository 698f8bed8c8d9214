import type { Count } from '../../../data/schemas/count';
import type { Country } from '../../../data/schemas/country';
import type { Place } from '../../../data/schemas/place';
import type { Route } from '../../../data/schemas/route';
import type { Source } from '../../../data/schemas/source';
import type { StoryData } from '../../../data/loadStoryData';

/** What the routes map needs from the story data (a subset of `loadStoryData()`). */
export type RoutesMapData = Pick<StoryData, 'sources' | 'countries' | 'places' | 'counts' | 'routes'>;

/** A position as [longitude, latitude]. */
export type LonLat = [number, number];

/** One end of a route, resolved to a position the map may draw. */
export interface RouteEndModel {
  /** `country:TW`, `place:koh-kong`, or `unreported` for "somewhere in Cambodia". */
  key: string;
  /** Name to show. */
  name: string;
  lonLat: LonLat;
  country?: Country;
  place?: Place;
  /** A route to (or from) Cambodia as a whole: the place where people were held was not reported. */
  unreported?: boolean;
}

export interface RouteModel {
  route: Route;
  /** The number of the route's nationality (see NationalityModel), shown on static arrows, in the list and table. */
  number: number;
  from: RouteEndModel;
  to: RouteEndModel;
  /** Nationality of the people who travelled (ISO code): the origin, KH for the outward flow. */
  nationality: string;
  /** Counts behind the route, in the data's order; the first is the headline. */
  figures: Count[];
  /** Route and figure sources, without repeats. */
  sources: Source[];
}

/** A place in Cambodia drawn on the close-up, with the compounds and casinos reported within it. */
export interface SiteModel {
  place: Place;
  lonLat: LonLat;
  /** Places recorded `within` this one (compounds, casinos, a river crossing). */
  within: Place[];
  /** Counts tied to the place or a place within it. */
  figures: Count[];
  /** Numbers (their nationalities') of routes that end or start here. */
  routes: number[];
  /** An escape started here. */
  escapeFrom: boolean;
  sources: Source[];
}

/** A nationality the map can highlight. */
export interface NationalityModel {
  /** 1-based, in the order of the list: by name, Cambodians (the outward flow) last. */
  number: number;
  country: Country;
  /** Its routes (not escapes): where its people were taken, or for Cambodians where they were trafficked to. */
  routes: RouteModel[];
  /** The figure its map label shows: from its route to Cambodia as a whole if that has one, else its largest. */
  headline: Count | null;
  /** The strongest reason any of its routes is drawn: a figure, a report, or only an embassy's request. */
  basis: Route['basis'];
}

export interface RoutesModel {
  routes: RouteModel[];
  /** Origins of routes into Cambodia, by name, then Cambodians (the outward flow) if present. */
  nationalities: NationalityModel[];
  sites: SiteModel[];
  /** The point standing for "in Cambodia, site not reported", and the routes that use it. */
  unreported: { lonLat: LonLat; routes: number[] };
  /** Routes that could not be drawn, with why (a missing country, a place with no position). */
  skipped: { id: string; reason: string }[];
}

const BASIS_RANK: Record<Route['basis'], number> = { figure: 0, reported: 1, 'embassy-request': 2 };

/** The strongest reason among routes' bases: a figure, then a report, then only an embassy's request. */
export function strongestBasis(bases: readonly Route['basis'][]): Route['basis'] {
  return [...bases].sort((a, b) => BASIS_RANK[a] - BASIS_RANK[b])[0] ?? 'reported';
}
const DIRECTION_RANK: Record<Route['direction'], number> = { 'into-cambodia': 0, 'out-of-cambodia': 1, escape: 2 };

function uniqueSources(ids: string[], byId: Map<string, Source>): Source[] {
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

/**
 * Resolves routes, places and counts into what the map draws. `cambodiaPoint` is where routes whose
 * Cambodian end is only "Cambodia" meet; the map passes the centroid of Cambodia's outline and labels it
 * "site not reported", so no city is implied. Places without a position are never drawn.
 */
export function routesModel(data: RoutesMapData, cambodiaPoint: LonLat): RoutesModel {
  const countryByCode = new Map(data.countries.map((c) => [c.code, c]));
  const placeById = new Map(data.places.map((p) => [p.id, p]));
  const countById = new Map(data.counts.map((c) => [c.id, c]));
  const sourceById = new Map(data.sources.map((s) => [s.id, s]));
  const skipped: RoutesModel['skipped'] = [];

  const resolveEnd = (end: Route['from']): RouteEndModel | string => {
    if ('country' in end) {
      if (end.country === 'KH') return { key: 'unreported', name: 'Cambodia (site not reported)', lonLat: cambodiaPoint, unreported: true };
      const country = countryByCode.get(end.country);
      if (!country) return `no country ${end.country}`;
      return { key: `country:${country.code}`, name: country.name, lonLat: [country.capital.lon, country.capital.lat], country };
    }
    const place = placeById.get(end.place);
    if (!place) return `no place ${end.place}`;
    if (place.lat === null || place.lon === null) return `place ${place.id} has no position`;
    return { key: `place:${place.id}`, name: place.name, lonLat: [place.lon, place.lat], place };
  };

  const drawable = data.routes.flatMap((route) => {
    const from = resolveEnd(route.from);
    const to = resolveEnd(route.to);
    if (typeof from === 'string' || typeof to === 'string') {
      skipped.push({ id: route.id, reason: [from, to].filter((e) => typeof e === 'string').join('; ') });
      return [];
    }
    const figures = route.figures.flatMap((id) => countById.get(id) ?? []);
    const nationality =
      figures[0]?.country ??
      (route.direction === 'into-cambodia' ? from.country?.code : route.direction === 'out-of-cambodia' ? 'KH' : to.country?.code) ??
      'KH';
    return [{ route, from, to, figures, nationality }];
  });

  // Nationalities in list order (by name, Cambodians last); routes take their nationality's number.
  const codes = [...new Set(drawable.filter((r) => r.route.direction !== 'escape').map((r) => r.nationality))]
    .filter((code) => countryByCode.has(code))
    .sort((a, b) => Number(a === 'KH') - Number(b === 'KH') || countryByCode.get(a)!.name.localeCompare(countryByCode.get(b)!.name));
  const numberOf = new Map(codes.map((code, i) => [code, i + 1]));
  drawable.sort(
    (a, b) =>
      DIRECTION_RANK[a.route.direction] - DIRECTION_RANK[b.route.direction] ||
      (numberOf.get(a.nationality) ?? 99) - (numberOf.get(b.nationality) ?? 99) ||
      Number(!a.to.unreported) - Number(!b.to.unreported) ||
      a.route.id.localeCompare(b.route.id),
  );
  const routes: RouteModel[] = drawable.map((r) => ({
    ...r,
    number: numberOf.get(r.nationality) ?? 0,
    sources: uniqueSources([...r.route.sources, ...r.figures.flatMap((f) => f.sources)], sourceById),
  }));

  const nationalities: NationalityModel[] = codes.map((code, i) => {
    const rs = routes.filter((r) => r.nationality === code && r.route.direction !== 'escape');
    const basis = strongestBasis(rs.map((r) => r.route.basis));
    const withFigures = rs
      .filter((r) => r.route.direction === 'into-cambodia' && r.figures[0])
      .sort((a, b) => Number(!a.to.unreported) - Number(!b.to.unreported) || b.figures[0]!.value - a.figures[0]!.value);
    return { number: i + 1, country: countryByCode.get(code)!, routes: rs, basis, headline: withFigures[0]?.figures[0] ?? null };
  });

  // A site is a top-level Cambodian place with a position; places within it are listed with it.
  const topOf = (p: Place): Place => {
    let q = p;
    for (let i = 0; q.within && placeById.has(q.within) && i < 8; ++i) q = placeById.get(q.within)!;
    return q;
  };
  const sites: SiteModel[] = data.places
    .filter((p) => !p.within && p.country === 'KH' && p.lat !== null && p.lon !== null)
    .map((place) => {
      const within = data.places.filter((p) => p !== place && topOf(p) === place);
      const ids = new Set([place.id, ...within.map((p) => p.id)]);
      const figures = data.counts.filter((c) => c.place && ids.has(c.place));
      const siteRoutes = routes.filter((r) => [r.from, r.to].some((e) => e.place && topOf(e.place) === place)).map((r) => r.number);
      const escapeFrom = routes.some((r) => r.route.direction === 'escape' && r.from.place !== undefined && topOf(r.from.place) === place);
      return {
        place,
        lonLat: [place.lon!, place.lat!] as LonLat,
        within,
        figures,
        routes: siteRoutes,
        escapeFrom,
        sources: uniqueSources([...place.sources, ...within.flatMap((p) => p.sources), ...figures.flatMap((f) => f.sources)], sourceById),
      };
    });

  return {
    routes,
    nationalities,
    sites,
    unreported: { lonLat: cambodiaPoint, routes: routes.filter((r) => r.from.unreported || r.to.unreported).map((r) => r.number) },
    skipped,
  };
}
