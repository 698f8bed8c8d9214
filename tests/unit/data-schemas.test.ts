import { describe, expect, it } from 'vitest';
import { idSchema, isoDateSchema, qualifierSchema } from '../../src/data/schemas/common';
import { countSchema } from '../../src/data/schemas/count';
import { eventSchema } from '../../src/data/schemas/event';
import { placeSchema } from '../../src/data/schemas/place';
import { routeSchema } from '../../src/data/schemas/route';
import { recordSchemas, datasetNames } from '../../src/data/datasets';
import { validFixtureJson } from '../helpers/dataFixtures';

describe('schemas', () => {
  it('every fixture record passes its schema', () => {
    const json = validFixtureJson();
    for (const name of datasetNames) {
      for (const record of json[name]) expect(recordSchemas[name].safeParse(record).success, `${name} ${JSON.stringify(record)}`).toBe(true);
    }
  });

  it('idSchema takes lowercase-hyphenated ids only', () => {
    expect(idSchema.safeParse('tw-held-aug-18').success).toBe(true);
    for (const bad of ['TW-held', 'tw_held', 'tw--held', '-tw', '']) expect(idSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('isoDateSchema takes year, month or day precision', () => {
    for (const ok of ['2019', '2022-08', '2022-08-18']) expect(isoDateSchema.safeParse(ok).success, ok).toBe(true);
    for (const bad of ['22-08-18', '2022-13', '2022-08-32', '2022-8-1', 'Aug 2022']) expect(isoDateSchema.safeParse(bad).success, bad).toBe(false);
  });

  it('qualifierSchema keeps the source wording', () => {
    expect(qualifierSchema.options).toEqual(['exactly', 'about', 'more than', 'at least', 'nearly']);
  });

  it('countSchema applies defaults and rejects negatives and fractions', () => {
    const base = { id: 'x', country: null, kind: 'rescued', value: 1, qualifier: 'about', label: 'x', sourceWording: 'about 1 rescued', asOf: '2022', sources: ['s'] };
    expect(countSchema.parse(base).disagreesWith).toEqual([]);
    expect(countSchema.safeParse({ ...base, value: -1 }).success).toBe(false);
    expect(countSchema.safeParse({ ...base, value: 1.5 }).success).toBe(false);
    expect(countSchema.safeParse({ ...base, kind: 'victims' }).success).toBe(false);
  });

  it('eventSchema defaults the lists and the inferred flag', () => {
    const e = eventSchema.parse({ id: 'e', date: '2022-08', precision: 'month', category: 'foreign-pressure', title: 't', description: 'd', sources: ['s'] });
    expect(e).toMatchObject({ figures: [], places: [], countries: [], people: [], dateInferred: false });
  });

  it('placeSchema allows a null position but not an unknown precision', () => {
    const p = { id: 'p', name: 'P', kind: 'district', province: 'Kandal', country: 'KH', lat: null, lon: null, precision: 'approximate', sources: ['s'] };
    expect(placeSchema.safeParse(p).success).toBe(true);
    expect(placeSchema.safeParse({ ...p, precision: 'guessed' }).success).toBe(false);
  });

  it('routeSchema ends are a country or a place, never both', () => {
    const r = { id: 'r', from: { country: 'TW' }, to: { place: 'p' }, direction: 'into-cambodia', basis: 'figure', figures: ['c'], description: 'd', sources: ['s'] };
    expect(routeSchema.safeParse(r).success).toBe(true);
    expect(routeSchema.safeParse({ ...r, to: { place: 'p', country: 'KH' } }).success).toBe(false);
  });
});
