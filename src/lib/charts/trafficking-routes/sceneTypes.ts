/** The routes map's scene: what `routesMapScene()` returns and `routesMapSvg()` draws, and what its panels share. */
import type { Route } from '../../../data/schemas/route';
import type { StoryData } from '../../../data/loadStoryData';
import type { Box } from '../../geo/box';
import type { PlacedLabel } from '../../labels/placeLabels';
import type { BasemapCountry } from './basemap';
import type { RoutesMapLayout } from './layout';
import type { LegendItem } from './legend';
import type { NationalityModel, RouteModel, RoutesModel, SiteModel } from './model';
import type { Point } from './routeGeometry';
import type { RoutesMapState } from './state';

/** How a label is drawn: its class and one class per line. */
export interface LabelStyle {
  className: string;
  lineClasses: string[];
  /** The full label's lines, where a shorter fallback may be drawn: classes follow the text, not the index. */
  lines?: string[];
  /** Nationality the label belongs to, for highlighting. */
  nationality?: string;
}

/**
 * A drawn route. On the regional panel a `trunk` carries all of a nationality's routes into Cambodia
 * (or one outward route); on the close-up a `stub` is one route arriving at the place where people were
 * held, and an `escape` leaves a site across the border.
 */
export interface SceneRoute {
  kind: 'trunk' | 'stub' | 'escape';
  routes: RouteModel[];
  nationality: NationalityModel | null;
  /** Number shown on the static arrow (the nationality's). */
  number: number;
  direction: Route['direction'];
  /** The strongest reason among its routes: a figure, a report, an embassy's request. */
  basis: Route['basis'];
  hasFigure: boolean;
  d: string;
  arrow: string;
  /** Where the number badge sits (shown when motion is reduced), or null. */
  badge: Point | null;
  /** Length of the line, for the draw-in animation. */
  length: number;
}

export interface ScenePoint {
  kind: 'capital' | 'site' | 'unreported';
  id: string;
  x: number;
  y: number;
  r: number;
  /** The place's precision for sites; the nationality code for capitals. */
  detail: string;
  site?: SiteModel;
  /** Nationalities whose routes end here (sites). */
  nationalities?: string[];
}

export interface ScenePanel {
  /** Where the panel sits in the whole figure. */
  box: Box;
  title: string;
  water: string;
  land: string;
  countries: BasemapCountry[];
  borders: string;
  routes: SceneRoute[];
  points: ScenePoint[];
  labels: PlacedLabel[];
  labelStyles: Map<string, LabelStyle>;
  /** Label ids that found no room. */
  dropped: string[];
}

export interface RoutesMapScene {
  layout: RoutesMapLayout;
  model: RoutesModel;
  state: RoutesMapState;
  region: ScenePanel;
  closeup: ScenePanel & {
    /** The panel's viewBox when zoomed on the escape (river-escape state), as "x y w h". */
    escapeZoom: string | null;
  };
  legend: LegendItem[];
  /** Baseline-to-baseline distance of wrapped key text. */
  legendLineHeight: number;
  legendFontSize: number;
}

/** What every panel builder reads: the data, the model and the layout for one width. */
export interface SceneContext {
  data: Pick<StoryData, 'countries'>;
  model: RoutesModel;
  layout: RoutesMapLayout;
  fontSize: number;
  smallFontSize: number;
  /** Height of a panel's title band. */
  titleHeight: number;
  arrowSize: number;
  /** World-atlas numeric ids drawn as countries of their own (nationalities, Cambodia), by code. */
  ownPath: Map<string, string>;
}
