import { describe, expect, it } from 'vitest';
import { focusContextScale, interpolateBreakpoints } from '../../../../../src/lib/charts/crackdown-timeline/focusContextScale';

const domain = [Date.UTC(2019, 0, 1), Date.UTC(2024, 0, 1)] as const;
const focus = [Date.UTC(2022, 7, 1), Date.UTC(2022, 10, 1)] as const;

describe('focusContextScale', () => {
  const x = focusContextScale({ domain, focus, range: [0, 1000], focusShare: 0.6 });

  it('focusContextScale() maps the domain ends to the range ends', () => {
    expect(x(domain[0])).toBe(0);
    expect(x(domain[1])).toBeCloseTo(1000, 9);
  });

  it('focusContextScale() gives the focus its share of the width', () => {
    expect(x(focus[1]) - x(focus[0])).toBeCloseTo(600, 9);
  });

  it('focusContextScale() draws the context before and after at one rate', () => {
    const before = (x(focus[0]) - x(domain[0])) / (focus[0] - domain[0]);
    const after = (x(domain[1]) - x(focus[1])) / (domain[1] - focus[1]);
    expect(before).toBeCloseTo(after, 12);
    // 43 months before the focus, 14 after, sharing 400 px.
    expect(x(focus[0])).toBeCloseTo((400 * (focus[0] - domain[0])) / (focus[0] - domain[0] + domain[1] - focus[1]), 9);
  });

  it('focusContextScale() reports how much the focus is magnified', () => {
    const focusRate = 600 / (focus[1] - focus[0]);
    const contextRate = 400 / (focus[0] - domain[0] + domain[1] - focus[1]);
    expect(x.magnification).toBeCloseTo(focusRate / contextRate, 9);
    expect(Math.round(x.magnification)).toBe(28);
  });

  it('focusContextScale() is increasing and invertible', () => {
    let last = -Infinity;
    for (let t = domain[0]; t <= domain[1]; t += 9 * 86_400_000) {
      const v = x(t);
      expect(v).toBeGreaterThan(last);
      expect(x.invert(v)).toBeCloseTo(t, -1);
      last = v;
    }
  });

  it('focusContextScale() accepts Dates and tells the segment', () => {
    expect(x(new Date(focus[0]))).toBe(x(focus[0]));
    expect(x.segment(Date.UTC(2020, 5, 1))).toBe('before');
    expect(x.segment(Date.UTC(2022, 8, 17))).toBe('focus');
    expect(x.segment(focus[1])).toBe('after');
  });

  it('focusContextScale() gives the whole range to a focus with no context', () => {
    const y = focusContextScale({ domain: focus, focus, range: [10, 110] });
    expect(y(focus[0])).toBe(10);
    expect(y(focus[1])).toBe(110);
    expect(y.breakpoints.map((b) => b.x)).toEqual([10, 10, 110, 110]);
  });

  it('focusContextScale() clamps the focus to the domain and rejects an empty one', () => {
    const y = focusContextScale({ domain: [0, 100], focus: [-50, 50], range: [0, 100], focusShare: 0.5 });
    expect(y.breakpoints.map((b) => b.t)).toEqual([0, 0, 50, 100]);
    expect(() => focusContextScale({ domain: [0, 100], focus: [200, 300], range: [0, 1] })).toThrow(RangeError);
  });
});

describe('interpolateBreakpoints', () => {
  const points = [
    { t: 0, x: 0 },
    { t: 10, x: 100 },
    { t: 20, x: 110 },
  ];
  it('interpolateBreakpoints() interpolates within segments', () => {
    expect(interpolateBreakpoints(points, 5)).toBe(50);
    expect(interpolateBreakpoints(points, 15)).toBe(105);
  });
  it('interpolateBreakpoints() extrapolates past the ends', () => {
    expect(interpolateBreakpoints(points, -1)).toBe(-10);
    expect(interpolateBreakpoints(points, 30)).toBe(120);
  });
});
