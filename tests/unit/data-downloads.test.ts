import { csvParse, csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { datasetNames } from '../../src/data/datasets';
import { csvColumns, fieldDictionary } from '../../src/data/fieldDictionary';
import { loadStoryDataFrom } from '../../src/data/loadStoryData';
import { flattenRecord } from '../../src/lib/format/flattenRecord';
import { toCsv } from '../../src/lib/format/toCsv';
import { resolve } from 'node:path';

const data = loadStoryDataFrom(resolve('data'));

describe('flattenRecord', () => {
  it('flattenRecord(nested) gives dotted columns, joined lists and empty nulls', () => {
    const record = { id: 'a', capital: { name: 'Taipei', lat: 25.03 }, roles: ['x', 'y'], country: null, flag: false };
    expect(flattenRecord(record, ['id', 'capital.name', 'capital.lat', 'roles', 'country', 'flag', 'missing.deep'])).toEqual([
      'a', 'Taipei', '25.03', 'x; y', '', 'false', '',
    ]);
  });

  it('flattenRecord(object without columns) never writes JSON', () => {
    expect(flattenRecord({ period: { start: '2022-01', end: '2022-08' } }, ['period'])).toEqual(['start=2022-01; end=2022-08']);
  });
});

describe('toCsv', () => {
  it('toCsv(records) starts with a UTF-8 BOM and a header, ends rows with CRLF and quotes what needs it', () => {
    const csv = toCsv(['id', 'words'], [{ id: 'q', words: 'He said, "yes"\nthen left' }]);
    expect(csv.startsWith('\uFEFFid,words\r\n')).toBe(true);
    expect(csv).toBe('\uFEFFid,words\r\nq,"He said, ""yes""\nthen left"\r\n');
    expect(csvParseRows(csv.slice(1).trim())).toEqual([['id', 'words'], ['q', 'He said, "yes"\nthen left']]);
  });
});

describe('downloads of the story data', () => {
  for (const name of datasetNames) {
    it(`${name}.csv: a header of documented columns, one row per record, no JSON in cells`, () => {
      const csv = toCsv(csvColumns(name), data[name]);
      expect(csv.charCodeAt(0)).toBe(0xfeff);
      const rows = csvParse(csv.slice(1).replace(/\r\n/g, '\n'));
      expect(rows.columns).toEqual(fieldDictionary(name).map((f) => f.path));
      expect(rows).toHaveLength(data[name].length);
      for (const row of rows) for (const cell of Object.values(row)) expect(cell ?? '').not.toMatch(/^[[{]/);
    });

    it(`${name}: every field is documented`, () => {
      for (const f of fieldDictionary(name)) expect(f.description, `${name}.${f.path}`).not.toBe('');
    });
  }

  it('counts.csv keeps value, qualifier and the sources of each figure', () => {
    const rows = csvParse(toCsv(csvColumns('counts'), data.counts).slice(1));
    const tw = rows.find((r) => r['id'] === 'tw-held-captive-voa')!;
    expect(tw).toMatchObject({ country: 'TW', value: '300', qualifier: 'more than', sources: 'voa-2022-08' });
    const reached = rows.find((r) => r['id'] === 'kh-rescued-jan-aug')!;
    expect(reached['sources']).toBe('ppp-sar-kheng-trafficking-offenders; vietnamplus-236370');
    expect(reached['sourceWording']).toBe('865 rescued in 87 cases');
  });

  it('routes.csv splits a route end into country and place columns', () => {
    const rows = csvParse(toCsv(csvColumns('routes'), data.routes).slice(1));
    expect(rows.find((r) => r['id'] === 'ph-into-long-bay')).toMatchObject({ 'from.country': 'PH', 'from.place': '', 'to.place': 'long-bay-casino' });
  });
});
