import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SIZE_BREAKPOINTS, sizeClassesByWidth, sizeClassFor } from '../../../../src/lib/charts/sizes';

describe('sizeClassFor', () => {
  it('sizeClassFor(width) is s below 560, m below 900, l from 900', () => {
    expect([320, 559, 560, 899, 900, 1400].map(sizeClassFor)).toEqual(['s', 's', 'm', 'm', 'l', 'l']);
  });
});

describe('sizeClassesByWidth', () => {
  it('chooses each drawing by its width, not its position in the list', () => {
    expect(sizeClassesByWidth([360, 680, 1100])).toEqual([['s'], ['m'], ['l']]);
    expect(sizeClassesByWidth([1100, 360, 680])).toEqual([['l'], ['s'], ['m']]);
  });

  it('gives a size no drawing was made for the widest drawing below it, else the narrowest', () => {
    expect(sizeClassesByWidth([343, 800])).toEqual([['s'], ['m', 'l']]);
    expect(sizeClassesByWidth([700, 1200])).toEqual([['s', 'm'], ['l']]);
    expect(sizeClassesByWidth([600])).toEqual([['s', 'm', 'l']]);
  });

  it('leaves a second drawing of the same size class unshown (the widest of the class wins)', () => {
    expect(sizeClassesByWidth([600, 800, 343])).toEqual([[], ['m', 'l'], ['s']]);
  });
});

describe('sizes.css', () => {
  it('states the same breakpoints as SIZE_BREAKPOINTS', () => {
    const css = readFileSync('src/components/charts/shared/sizes.css', 'utf8');
    const { m, l } = SIZE_BREAKPOINTS;
    expect(css).toContain(`@container (max-width: ${m - 0.02}px)`);
    expect(css).toContain(`@container (min-width: ${m}px) and (max-width: ${l - 0.02}px)`);
    expect(css).toContain(`@container (min-width: ${l}px)`);
  });
});
