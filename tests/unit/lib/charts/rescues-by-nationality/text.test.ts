import { describe, expect, it } from 'vitest';
import { describeRescueChart, rescueChartNote } from '../../../../../src/lib/charts/rescues-by-nationality/text';
import { rescueTableRows } from '../../../../../src/lib/charts/rescues-by-nationality/table';
import { rescueData } from '../../../../fixtures/rescueData';

describe('words and table of the rescue chart', () => {
  const text = describeRescueChart(rescueData);

  it('describeRescueChart() gives every figure with its qualifier and date, largest first', () => {
    expect(text).toMatch(/^Dot chart of 22 figures reported for 8 nationalities/);
    expect(text).toContain('never added together');
    expect(text.indexOf('Thailand:')).toBeLessThan(text.indexOf('Vietnam:'));
    expect(text).toContain('Taiwan: 40 repatriated (as of Aug. 18, 2022), 151 repatriated (as of Sept. 1, 2022) and more than 300 held captive (as of Aug. 22, 2022).');
    expect(text).toContain('56 or 60 escaped (as of Sept. 17, 2022, sources disagree)');
    expect(text).toContain('The embassies of Bangladesh, India, Mongolia, Nepal and Pakistan asked for help; no count was reported for them.');
  });

  it('rescueChartNote() names what is not drawn, with an example from the primary source', () => {
    const note = rescueChartNote(rescueData);
    expect(note).toMatch(/^Not drawn: one figure that covers? all nationalities together, such as about 900 rescued \(VOA Khmer, Aug. 26, 2022\)\./);
  });

  it('rescueTableRows() lists every drawn figure and its breakdowns, flagged', () => {
    const rows = rescueTableRows(rescueData);
    expect(rows).toHaveLength(23);
    const men = rows.findIndex((r) => r.id === 'vn-escaped-kandal-men');
    expect(rows[men - 1]!.id).toBe('vn-escaped-kandal');
    expect(rows[men]).toMatchObject({ part: true, figure: '35', nationality: 'Vietnam' });
    expect(rows.find((r) => r.id === 'tw-held-voa')).toMatchObject({ figure: 'more than 300', asOf: 'Aug. 22, 2022', disputed: false });
    expect(rows.find((r) => r.id === 'vn-escaped-bavet')!.disputed).toBe(true);
    expect(rows.find((r) => r.id === 'id-victims')!.period).toBe('January–August 2022');
  });
});
