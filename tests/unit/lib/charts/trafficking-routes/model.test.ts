import { describe, expect, it } from 'vitest';
import { routesModel } from '../../../../../src/lib/charts/trafficking-routes/model';
import { routesMapData } from '../../../../fixtures/routesMapData';

const khPoint: [number, number] = [104.9, 12.7];

describe('routesModel', () => {
  const model = routesModel(routesMapData, khPoint);

  it('routesModel resolves every route, numbered by nationality: into Cambodia first, then out, then escapes', () => {
    expect(model.routes.map((r) => `${r.number}:${r.route.id}`)).toEqual([
      '1:hk-into-cambodia',
      '2:id-into-cambodia',
      '3:mn-request',
      '4:np-request',
      '5:pk-request',
      '6:ph-into-koh-kong',
      '7:tw-into-cambodia',
      '8:th-request',
      '9:vn-into-cambodia',
      '10:kh-out-indonesia',
      '10:kh-out-thailand',
      '9:koh-thom-escape',
    ]);
    expect(model.skipped).toEqual([]);
  });

  it('routesModel ends a route to "Cambodia" at the unreported point, never at a city', () => {
    const tw = model.routes.find((r) => r.route.id === 'tw-into-cambodia')!;
    expect(tw.to.unreported).toBe(true);
    expect(tw.to.lonLat).toEqual(khPoint);
    expect(tw.to.name).toBe('Cambodia (site not reported)');
    expect(tw.from.lonLat).toEqual([121.565, 25.033]);
    const ph = model.routes.find((r) => r.route.id === 'ph-into-koh-kong')!;
    expect(ph.to.place?.id).toBe('koh-kong');
    expect(ph.to.lonLat).toEqual([103.495, 11.399]);
    expect(model.unreported.routes).toEqual([1, 2, 3, 4, 5, 7, 8, 10, 10]);
  });

  it('routesModel picks a nationality\'s headline figure from its route to Cambodia as a whole first', () => {
    const tw = model.nationalities.find((n) => n.country.code === 'TW')!;
    expect(tw.headline?.id).toBe('tw-held-voa');
    expect(model.nationalities.find((n) => n.country.code === 'MN')!.headline).toBeNull();
  });

  it('routesModel gives each route its figures (headline first) and sources without repeats', () => {
    const tw = model.routes.find((r) => r.route.id === 'tw-into-cambodia')!;
    expect(tw.figures.map((f) => f.id)).toEqual(['tw-held-voa', 'tw-stuck-333']);
    expect(tw.sources.map((s) => s.id)).toEqual(['voa-global-pressure-2022-08', 'taiwan-news-4630262']);
    expect(tw.nationality).toBe('TW');
  });

  it('routesModel lists nationalities by name, Cambodians (the outward flow) last, with their strongest basis', () => {
    expect(model.nationalities.map((n) => `${n.number}:${n.country.code}:${n.basis}`)).toEqual([
      '1:HK:figure',
      '2:ID:figure',
      '3:MN:embassy-request',
      '4:NP:embassy-request',
      '5:PK:embassy-request',
      '6:PH:figure',
      '7:TW:figure',
      '8:TH:embassy-request',
      '9:VN:reported',
      '10:KH:reported',
    ]);
  });

  it('routesModel builds sites from top-level Cambodian places with a position; places without one are not drawn', () => {
    expect(model.sites.map((s) => s.place.id)).toEqual(['sihanoukville', 'koh-kong', 'bavet', 'koh-thom', 'poipet']);
    const kohThom = model.sites.find((s) => s.place.id === 'koh-thom')!;
    expect(kohThom.figures.map((f) => f.id)).toEqual(['vn-escaped']);
    expect(kohThom.routes).toEqual([9]);
  });

  it('routesModel skips a route whose end has no position, and says why', () => {
    const data = {
      ...routesMapData,
      routes: [...routesMapData.routes, { ...routesMapData.routes[0]!, id: 'to-unplaced', to: { place: 'unplaced' } }],
    };
    const m = routesModel(data, khPoint);
    expect(m.skipped).toEqual([{ id: 'to-unplaced', reason: 'place unplaced has no position' }]);
    expect(m.routes).toHaveLength(routesMapData.routes.length);
  });
});
