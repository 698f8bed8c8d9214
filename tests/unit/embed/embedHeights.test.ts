import { describe, expect, it } from 'vitest';
import { COMMON_WIDTHS, HEIGHT_MARGIN, embedStartHeight, measuredHeight } from '../../../src/lib/embed/embedHeights';
import { CHART_IDS } from '../../../src/lib/charts/registry';

describe('embedStartHeight', () => {
  it('embedStartHeight(id) is at least every height measured at a common width, plus the margin', () => {
    for (const id of CHART_IDS) {
      for (const w of COMMON_WIDTHS) expect(embedStartHeight(id)).toBeGreaterThanOrEqual(measuredHeight(id, w)! + HEIGHT_MARGIN);
    }
  });

  it('embedStartHeight covers phones to desktop columns', () => {
    expect(Math.min(...COMMON_WIDTHS)).toBeLessThanOrEqual(320);
    expect(Math.max(...COMMON_WIDTHS)).toBeGreaterThanOrEqual(1000);
  });

  it('embedStartHeight refuses a chart that was never measured', () => {
    expect(() => embedStartHeight('no-such-chart')).toThrow(/measureEmbeds/);
  });
});
