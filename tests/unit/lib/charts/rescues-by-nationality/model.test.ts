import { describe, expect, it } from 'vitest';
import { rescueRows, type RescueGroup } from '../../../../../src/lib/charts/rescues-by-nationality/model';
import { sortRescueRows } from '../../../../../src/lib/charts/rescues-by-nationality/sort';
import { rescueData } from '../../../../fixtures/rescueData';

const rows = rescueRows(rescueData);
const group = (code: string): RescueGroup => rows.groups.find((g) => g.country.code === code)!;
const ids = (g: RescueGroup) => g.lines.map((l) => l.figures.map((f) => f.count.id));

describe('rescueRows', () => {
  it('rescueRows() makes one group per nationality with a figure, in name order', () => {
    expect(rows.groups.map((g) => g.country.code)).toEqual(['CN', 'HK', 'ID', 'MY', 'PH', 'TW', 'TH', 'VN']);
  });

  it('rescueRows() keeps every figure of the same kind as its own line, never a total', () => {
    expect(ids(group('ID'))).toEqual([
      ['id-rescued-aug-11'],
      ['id-repatriated-aug-11'],
      ['id-repatriated'],
      ['id-prevented'],
      ['id-victims'],
    ]);
    expect(group('ID').largest).toBe(446);
  });

  it('rescueRows() puts figures that disagree on one line, in ascending order', () => {
    expect(ids(group('VN'))).toEqual([
      ['vn-rescued-aug'],
      ['vn-rescued-sep'],
      ['vn-escaped-kandal-voa', 'vn-escaped-kandal'],
      ['vn-escaped-bavet', 'vn-escaped-bavet-vp'],
    ]);
    expect(ids(group('TH'))[0]).toEqual(['th-rescued-other', 'th-rescued']);
  });

  it('rescueRows() folds a breakdown of the same kind into its figure', () => {
    const kandal = group('VN').lines[2]!.figures[1]!;
    expect(kandal.count.id).toBe('vn-escaped-kandal');
    expect(kandal.parts.map((p) => p.id)).toEqual(['vn-escaped-kandal-men']);
  });

  it('rescueRows() draws earlier figures of a kind hollow, and a year-only date is not "earlier"', () => {
    const latest = (code: string) => group(code).lines.map((l) => l.latest);
    expect(latest('VN')).toEqual([false, true, false, true]);
    expect(latest('ID')).toEqual([true, false, true, true, true]);
    expect(latest('TH')).toEqual([true, true]);
  });

  it('rescueRows() leaves out kinds that are not the people caught up, and figures for all nationalities', () => {
    const drawn = rows.groups.flatMap((g) => g.lines.flatMap((l) => l.figures.map((f) => f.count.kind)));
    expect(drawn).not.toContain('departed');
    expect(drawn).not.toContain('other');
    expect(drawn).not.toContain('arrested or charged');
    expect(rows.allNationalities.map((c) => c.id)).toEqual(['all-rescued-voa']);
  });

  it('rescueRows() lists the embassies that asked for help with no count', () => {
    expect(rows.noCount.map((c) => c.name)).toEqual(['Bangladesh', 'India', 'Mongolia', 'Nepal', 'Pakistan']);
    expect(group('PH').askedForHelp).toBe(true);
    expect(group('VN').askedForHelp).toBe(false);
  });

  it('rescueRows() rejects a figure for an unknown country or source', () => {
    const bad = { ...rescueData, counts: [{ ...rescueData.counts[0]!, country: 'ZZ' }] };
    expect(() => rescueRows(bad)).toThrow(/unknown country ZZ/);
    const badSource = { ...rescueData, counts: [{ ...rescueData.counts[0]!, sources: ['nope'] }] };
    expect(() => rescueRows(badSource)).toThrow(/unknown source nope/);
  });
});

describe('sortRescueRows', () => {
  it('sortRescueRows(figure) puts the largest single figure first, ties by name', () => {
    expect(sortRescueRows(rows.groups, 'figure').map((g) => g.country.code)).toEqual(['TH', 'VN', 'ID', 'TW', 'MY', 'CN', 'HK', 'PH']);
  });

  it('sortRescueRows(name) sorts alphabetically and does not mutate its input', () => {
    const before = rows.groups.map((g) => g.country.code);
    expect(sortRescueRows([...rows.groups].reverse(), 'name').map((g) => g.country.code)).toEqual(before);
    expect(rows.groups.map((g) => g.country.code)).toEqual(before);
  });
});
