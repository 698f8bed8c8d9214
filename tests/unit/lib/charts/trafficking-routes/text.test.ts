import { describe, expect, it } from 'vitest';
import { routesModel } from '../../../../../src/lib/charts/trafficking-routes/model';
import {
  figureShortLabel,
  figureText,
  formatStoryDate,
  nationalityAccessibleName,
  nationalityRoutesText,
  routeAccessibleName,
  routesMapSummary,
  siteAccessibleName,
} from '../../../../../src/lib/charts/trafficking-routes/text';
import { counts, routesMapData } from '../../../../fixtures/routesMapData';

const model = routesModel(routesMapData, [104.9, 12.7]);
const count = (id: string) => counts.find((c) => c.id === id)!;

describe('routesMapText', () => {
  it('figureShortLabel keeps the qualifier and the kind: "300+ held captive", "241 repatriated"', () => {
    expect(figureShortLabel(count('tw-held-voa'))).toBe('300+ held captive');
    expect(figureShortLabel(count('id-repatriated'))).toBe('241 repatriated');
    expect(figureShortLabel(count('id-prevented'))).toBe('214 stopped from travelling');
  });

  it('figureText says the qualifier in words, the kind, the label and the date', () => {
    expect(figureText(count('tw-held-voa'))).toBe('more than 300 (held captive): Taiwanese held captive, Aug. 22, 2022');
  });

  it('formatStoryDate writes dates at their precision, AP style', () => {
    expect(formatStoryDate('2022-08-18')).toBe('Aug. 18, 2022');
    expect(formatStoryDate('2022-09')).toBe('September 2022');
    expect(formatStoryDate('2022')).toBe('2022');
  });

  it('routeAccessibleName names both ends, the figures, the basis and the sources', () => {
    const tw = model.routes.find((r) => r.route.id === 'tw-into-cambodia')!;
    expect(routeAccessibleName(tw)).toBe(
      'Taiwan to Cambodia (site not reported). Taiwanese lured by job ads and held in Cambodia. more than 300 (held captive): Taiwanese held captive, Aug. 22, 2022. 333 (still stuck): Taiwanese still stuck, Aug. 18, 2022. Basis: reported figure. Sources: VOA Khmer; Taiwan News.',
    );
    const mn = model.routes.find((r) => r.route.id === 'mn-request')!;
    expect(routeAccessibleName(mn)).toContain('Basis: embassy asked Cambodia for help; no figure reported.');
  });

  it('nationalityAccessibleName gives the number, the routes, the figure shown and the sources', () => {
    const ph = model.nationalities.find((n) => n.country.code === 'PH')!;
    expect(nationalityAccessibleName(ph)).toBe(
      '6. Philippines. 1 route into Cambodia, ending at Koh Kong province. Figure shown: 4 (held): Filipinos held in a casino complex, Aug. 8, 2022. Sources: VOD English; VOA Khmer.',
    );
    const np = model.nationalities.find((n) => n.country.code === 'NP')!;
    expect(nationalityAccessibleName(np)).toContain('Its embassy asked Cambodia for help; no figure was reported.');
  });

  it('nationalityRoutesText says where the routes end, an unreported site in words', () => {
    const tw = model.nationalities.find((n) => n.country.code === 'TW')!;
    expect(nationalityRoutesText(tw)).toBe('1 route into Cambodia, ending at an unreported site.');
    const kh = model.nationalities.find((n) => n.country.code === 'KH')!;
    expect(nationalityRoutesText(kh)).toBe('Trafficked out to Indonesia and Thailand.');
  });

  it('siteAccessibleName says how exactly the place is known', () => {
    const kohKong = model.sites.find((s) => s.place.id === 'koh-kong')!;
    expect(siteAccessibleName(kohKong)).toMatch(/^Koh Kong province, Koh Kong \(province centre; exact site not known\)\./);
  });

  it('routesMapSummary counts origins, names those known only from embassy requests, and tells the escape', () => {
    const text = routesMapSummary(model);
    expect(text).toContain('Routes into Cambodia from 9 countries and territories, 4 of them with a reported figure.');
    expect(text).toContain('Mongolia, Nepal, Pakistan and Thailand are on the map only because their embassies asked Cambodia for help.');
    expect(text).toContain('Escape, Aug. 18, 2022 (more than 40 escaped): Vietnamese swam across the Binh Di River into Vietnam on Aug. 18.');
    expect(text).toContain('Cambodians trafficked to Indonesia and Thailand.');
  });
});
