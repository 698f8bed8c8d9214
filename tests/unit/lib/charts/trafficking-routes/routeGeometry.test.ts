import { describe, expect, it } from 'vitest';
import { quadraticPoint, routeGeometry, type Point } from '../../../../../src/lib/charts/trafficking-routes/routeGeometry';

const numbers = (d: string): number[] => d.match(/-?\d+(\.\d+)?/g)!.map(Number);
const dist = (a: Point, b: Point) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('routeGeometry', () => {
  it('routeGeometry(start, end) starts at the start and its curve ends at the end', () => {
    const g = routeGeometry([0, 0], [100, 0]);
    expect(g.d).toBe('M0,0Q50,-20 100,0');
    expect(quadraticPoint(g.start, g.control, g.end, 0)).toEqual([0, 0]);
    expect(quadraticPoint(g.start, g.control, g.end, 1)).toEqual([100, 0]);
    expect(g.tip).toEqual([100, 0]);
  });

  it('routeGeometry bows to the left of travel, by bend times the distance', () => {
    // Travelling right on screen (y down), left is up: negative y.
    expect(routeGeometry([0, 0], [100, 0], { bend: 0.2 }).control).toEqual([50, -20]);
    expect(routeGeometry([0, 0], [0, 100], { bend: 0.25 }).control).toEqual([25, 50]);
  });

  it('routeGeometry(A, B) and routeGeometry(B, A) bow to opposite sides', () => {
    const there = routeGeometry([10, 10], [110, 60]);
    const back = routeGeometry([110, 60], [10, 10]);
    const mid: Point = [60, 35];
    const side = (c: Point) => Math.sign((110 - 10) * (c[1] - 10) - (60 - 10) * (c[0] - 10));
    expect(side(there.control)).toBe(-side(back.control));
    expect(dist(there.mid, mid)).toBeCloseTo(dist(back.mid, mid), 6);
  });

  it('routeGeometry leaves endGap before the end and stops the line at the arrowhead base', () => {
    const g = routeGeometry([0, 0], [200, 0], { bend: 0, endGap: 5, arrowSize: 8, startGap: 3 });
    expect(g.tip[0]).toBeCloseTo(195, 1);
    expect(g.tip[1]).toBeCloseTo(0, 6);
    const [x0 = NaN, y0 = NaN, , , x1 = NaN] = numbers(g.d);
    expect(x0).toBeCloseTo(3, 1);
    expect(y0).toBeCloseTo(0, 6);
    expect(x1).toBeCloseTo(187, 0);
    // The arrowhead: tip, then two base corners 0.45 × size either side of the line.
    const [ax = NaN, ay = NaN, bx = NaN, by = NaN, cx = NaN, cy = NaN] = numbers(g.arrow);
    expect([ax, ay]).toEqual([195, 0]);
    expect(bx).toBeCloseTo(187, 0);
    expect(cx).toBeCloseTo(187, 0);
    expect(Math.abs(by - cy)).toBeCloseTo(7.2, 1);
    expect(g.length).toBeCloseTo(184, 0);
  });

  it('routeGeometry on a curve keeps the tip on the curve, endGap px from the end', () => {
    const g = routeGeometry([0, 0], [100, 100], { bend: 0.3, endGap: 6, arrowSize: 7 });
    expect(dist(g.tip, [100, 100])).toBeCloseTo(6, 0);
    expect(g.length).toBeGreaterThan(Math.hypot(100, 100) - 13);
  });

  it('routeGeometry scales its gaps down on a very short route rather than inverting it', () => {
    const g = routeGeometry([0, 0], [10, 0], { bend: 0, startGap: 4, endGap: 4, arrowSize: 7 });
    const [x0 = NaN, , , , x1 = NaN] = numbers(g.d);
    expect(x0).toBeLessThan(x1);
    expect(g.tip[0]).toBeGreaterThan(x1);
    expect(g.tip[0]).toBeLessThanOrEqual(10);
  });

  it('quadraticPoint(t = 0.5) is the midpoint of the curve', () => {
    expect(quadraticPoint([0, 0], [50, -20], [100, 0], 0.5)).toEqual([50, -10]);
  });
});
