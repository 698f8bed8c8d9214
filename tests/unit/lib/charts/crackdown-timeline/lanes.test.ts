import { describe, expect, it } from 'vitest';
import { itemsCollide, timelineLayout, type PlacedItem, type TimelineItem } from '../../../../../src/lib/charts/crackdown-timeline/lanes';

const point = (id: string, x: number, labelWidth = 0): TimelineItem => ({ id, x0: x, x1: x, labelWidth });
const byId = (items: PlacedItem[]) => new Map(items.map((i) => [i.id, i]));

/** The parts each placed item occupies in its lane: its mark, and its label if it has one. */
function parts(item: PlacedItem, radius = 5): Array<[number, number]> {
  const mark: [number, number] = [Math.min(item.x0 - radius, item.span?.[0] ?? Infinity), Math.max(item.x1 + radius, item.span?.[1] ?? -Infinity)];
  if (item.labelSide === 'right') return [mark, [item.labelX, item.labelX + item.labelWidth]];
  if (item.labelSide === 'left') return [mark, [item.labelX - item.labelWidth, item.labelX]];
  if (item.labelSide === 'inside') return [mark, [item.labelX, item.labelX + item.labelWidth]];
  return [mark];
}

/** The most marks that overlap (within `gap`) at any one point: no layout can use fewer lanes. */
function markDepth(items: readonly TimelineItem[], gap: number, radius = 5): number {
  const marks = items.map((i) => [Math.min(i.x0 - radius, i.span?.[0] ?? Infinity), Math.max(i.x1 + radius, i.span?.[1] ?? -Infinity)] as const);
  return Math.max(...marks.map(([l]) => marks.filter(([a, b]) => a <= l && b + gap > l).length));
}

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

  it('timelineLayout() puts a label on the right, or on the left where the right has no room', () => {
    const { items } = timelineLayout([point('a', 20, 50), point('b', 280, 50)], { right: 300, radius: 5, labelGap: 4 });
    expect(items[0]).toMatchObject({ labelSide: 'right', labelX: 29, extent: [15, 79] });
    expect(items[1]).toMatchObject({ labelSide: 'left', labelX: 271, extent: [221, 285] });
  });

  it('timelineLayout() never adds a lane for a label: a mark with no room for one goes unlabelled', () => {
    // Dots 40 px apart fit side by side, but an 80 px label after the first would cover the second.
    const { items, lanes } = timelineLayout([point('a', 20, 80), point('b', 60, 80)], { right: 400 });
    expect(lanes).toBe(1);
    expect(byId(items).get('a')!.labelSide).toBe('none');
    expect(byId(items).get('b')!.labelSide).toBe('right');
  });

  it('timelineLayout() moves a mark to another lane where its label fits', () => {
    // Two same-day events need two lanes; the third, later one can then sit in whichever lane leaves it room.
    const { items, lanes } = timelineLayout([point('a', 20, 30), point('b', 20, 200), point('c', 100, 60)], { right: 400 });
    expect(lanes).toBe(2);
    const m = byId(items);
    expect([m.get('a')!.labelSide, m.get('b')!.labelSide, m.get('c')!.labelSide]).toEqual(['right', 'right', 'right']);
    expect(m.get('c')!.lane).toBe(m.get('a')!.lane);
  });

  it('timelineLayout() gives up a label rather than a lane when a later mark needs the room', () => {
    // One lane is enough for the dots; the long label of the first must yield to the second dot.
    const { items, lanes } = timelineLayout([point('a', 10, 300), point('b', 100)], { right: 400 });
    expect(lanes).toBe(1);
    expect(byId(items).get('a')!.labelSide).toBe('none');
  });

  it('timelineLayout() reserves a period from its start to its end, and a vague date across its span', () => {
    const { items, lanes } = timelineLayout(
      [{ id: 'long', x0: 10, x1: 200, labelWidth: 0 }, point('inside', 100), point('after', 220), { id: 'month', x0: 250, x1: 250, labelWidth: 0, span: [224, 280] }],
      { right: 300 },
    );
    const m = byId(items);
    expect(m.get('long')!.extent).toEqual([5, 205]);
    expect(m.get('month')!.extent).toEqual([224, 280]);
    expect(lanes).toBe(2);
    expect(m.get('after')!.lane).toBe(m.get('long')!.lane);
    expect(m.get('month')!.lane).not.toBe(m.get('after')!.lane);
  });

  it('timelineLayout() uses the fewest lanes and never overlaps anything in a lane', () => {
    // A dense cluster like the week of Aug. 18, 2022, a period, and a scatter elsewhere.
    const xs = [12, 40, 107, 107, 107, 132, 138, 157, 288, 294, 307, 370, 600, 610, 640, 900];
    const input = [...xs.map((x, i) => point(`e${i}`, x, 60 + (i % 3) * 50)), { id: 'period', x0: 107, x1: 400, labelWidth: 120 }];
    const { items, lanes } = timelineLayout(input, { right: 1000, gap: 6 });
    expect(lanes).toBe(markDepth(input, 6));
    for (const a of items)
      for (const b of items) {
        if (a === b || a.lane !== b.lane) continue;
        for (const [al, ar] of parts(a)) for (const [bl, br] of parts(b)) expect(al < br + 6 && bl < ar + 6, `${a.id} vs ${b.id}`).toBe(false);
      }
    expect(items.filter((i) => i.labelSide !== 'none').length).toBeGreaterThan(8);
  });

  it("timelineLayout() writes a long period's label on its bar", () => {
    const { items } = timelineLayout([{ id: 'p', x0: 100, x1: 400, labelWidth: 150 }, point('after', 420, 50)], { right: 480, radius: 5, labelGap: 4 });
    const m = byId(items);
    expect(m.get('p')).toMatchObject({ labelSide: 'inside', labelX: 109, extent: [95, 405], lane: 0 });
    // The bar's label takes no room beyond the bar, so the next event still fits in the lane.
    expect(m.get('after')).toMatchObject({ lane: 0, labelSide: 'right' });
    // A short bar keeps its label beside it.
    const short = timelineLayout([{ id: 's', x0: 100, x1: 130, labelWidth: 60 }], { right: 480 }).items[0]!;
    expect(short.labelSide).toBe('right');
  });

  it('timelineLayout() keeps labels inside the bounds', () => {
    const { items } = timelineLayout([point('a', 15, 100), point('b', 190, 100), point('c', 100, 500)], { left: 10, right: 200 });
    for (const i of items) for (const [l, r] of parts(i).slice(1)) expect(l >= 10 && r <= 200).toBe(true);
    expect(byId(items).get('c')!.labelSide).toBe('none');
  });

  it('timelineLayout() is deterministic whatever the input order', () => {
    const input = [point('b', 50, 40), point('a', 50, 40), point('c', 10, 40)];
    const forward = timelineLayout(input, { right: 300 }).items.map((i) => [i.id, i.lane, i.labelSide]);
    const reversed = timelineLayout([...input].reverse(), { right: 300 }).items.map((i) => [i.id, i.lane, i.labelSide]);
    expect(new Set(forward.map(String))).toEqual(new Set(reversed.map(String)));
  });

  it('itemsCollide() compares extents within a lane only', () => {
    const [a, b] = timelineLayout([point('a', 50, 0), point('b', 52, 0)], { right: 300 }).items;
    expect(itemsCollide(a!, b!)).toBe(false);
    expect(itemsCollide(a!, { ...b!, lane: a!.lane })).toBe(true);
  });
});
