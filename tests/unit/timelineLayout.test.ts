import { describe, expect, it } from 'vitest';
import { itemsCollide, timelineLayout, type TimelineItem } from '../../src/lib/timelineLayout';

const point = (id: string, x: number, labelWidth = 0): TimelineItem => ({ id, x0: x, x1: x, labelWidth });

describe('timelineLayout', () => {
  it('timelineLayout() keeps distant events in one lane', () => {
    const { items, lanes } = timelineLayout([point('a', 10), point('b', 100), point('c', 200)], { right: 300 });
    expect(lanes).toBe(1);
    expect(items.map((i) => i.lane)).toEqual([0, 0, 0]);
  });

  it('timelineLayout() moves events on the same day to separate lanes', () => {
    const { items, lanes } = timelineLayout([point('a', 50), point('b', 50), point('c', 52)], { right: 300 });
    expect(lanes).toBe(3);
    expect(new Set(items.map((i) => i.lane)).size).toBe(3);
  });

  it('timelineLayout() counts labels as part of an item', () => {
    // Dots 40 px apart fit side by side, but not with an 80 px label after the first.
    const bare = timelineLayout([point('a', 20), point('b', 60)], { right: 400 });
    const labelled = timelineLayout([point('a', 20, 80), point('b', 60, 80)], { right: 400 });
    expect(bare.lanes).toBe(1);
    expect(labelled.lanes).toBe(2);
  });

  it('timelineLayout() puts a label on the right, or on the left where the right has no room', () => {
    const { items } = timelineLayout([point('a', 20, 50), point('b', 280, 50)], { right: 300, radius: 5, labelGap: 4 });
    expect(items[0]).toMatchObject({ labelSide: 'right', labelX: 29, extent: [15, 79] });
    expect(items[1]).toMatchObject({ labelSide: 'left', labelX: 271, extent: [221, 285] });
  });

  it('timelineLayout() reserves a period from its start to its end', () => {
    const { items, lanes } = timelineLayout(
      [{ id: 'long', x0: 10, x1: 200, labelWidth: 0 }, point('inside', 100), point('after', 220)],
      { right: 300 },
    );
    expect(items[0]!.extent).toEqual([5, 205]);
    expect(lanes).toBe(2);
    expect(items.find((i) => i.id === 'after')!.lane).toBe(0);
  });

  it('timelineLayout() uses the fewest lanes and never overlaps items in a lane', () => {
    // A dense cluster like the week of Aug. 18, 2022, and a scatter elsewhere.
    const xs = [12, 40, 107, 107, 107, 132, 138, 157, 288, 294, 307, 370, 600, 610, 640, 900];
    const input = xs.map((x, i) => point(`e${i}`, x, 60 + (i % 3) * 30));
    const { items, lanes } = timelineLayout(input, { right: 1000, gap: 8 });
    for (const a of items) for (const b of items) if (a !== b) expect(itemsCollide(a, b, 7.99)).toBe(false);
    // The lower bound: the most items that share one point of the axis.
    let depth = 0;
    for (const p of items.flatMap((i) => i.extent)) depth = Math.max(depth, items.filter((i) => i.extent[0] <= p && i.extent[1] + 8 > p).length);
    expect(lanes).toBeLessThanOrEqual(depth);
  });

  it('timelineLayout() is deterministic whatever the input order', () => {
    const input = [point('b', 50, 40), point('a', 50, 40), point('c', 10, 40)];
    const forward = timelineLayout(input, { right: 300 }).items.map((i) => [i.id, i.lane]);
    const reversed = timelineLayout([...input].reverse(), { right: 300 }).items.map((i) => [i.id, i.lane]);
    expect(new Map(forward as [string, number][])).toEqual(new Map(reversed as [string, number][]));
  });
});
