import { describe, expect, it } from 'vitest';
import { labelTextWidth, placeLabels, positionsToward, rectsOverlap, type LabelRequest } from '../../../../src/lib/labels/placeLabels';

const bounds = { x: 0, y: 0, width: 300, height: 200 };
const label = (id: string, anchor: [number, number], lines = [id], extra: Partial<LabelRequest> = {}): LabelRequest => ({
  id,
  anchor,
  lines,
  fontSize: 12,
  priority: 1,
  ...extra,
});

describe('placeLabels', () => {
  it('placeLabels puts a lone label to the right of its point, baseline inside its box', () => {
    const { placed, dropped } = placeLabels([label('Taiwan', [100, 100])], { bounds });
    expect(dropped).toEqual([]);
    const [l] = placed;
    expect(l!.position).toBe('right');
    expect(l!.textAnchor).toBe('start');
    expect(l!.box.x).toBe(104);
    expect(l!.y).toBeGreaterThan(l!.box.y);
    expect(l!.y).toBeLessThan(l!.box.y + l!.box.height);
  });

  it('placeLabels never overlaps two labels: crowded points take other positions or are dropped', () => {
    const requests = Array.from({ length: 30 }, (_, i) =>
      label(`L${i}`, [140 + (i % 6) * 6, 90 + Math.floor(i / 6) * 5], [`Label ${i}`, `${i * 10}+ rescued`], { priority: 30 - i, leader: true }),
    );
    const { placed, dropped } = placeLabels(requests, { bounds });
    expect(placed.length + dropped.length).toBe(30);
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) expect(rectsOverlap(placed[i]!.box, placed[j]!.box)).toBe(false);
      const b = placed[i]!.box;
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.width).toBeLessThanOrEqual(300);
      expect(b.y + b.height).toBeLessThanOrEqual(200);
    }
    // Higher priority wins: the first label is always placed.
    expect(placed.map((p) => p.id)).toContain('L0');
  });

  it('placeLabels keeps labels off obstacles and out of the bounds edge', () => {
    const { placed } = placeLabels([label('Nepal', [290, 100])], { bounds, obstacles: [{ x: 200, y: 80, width: 60, height: 15 }] });
    expect(placed[0]!.position).not.toBe('right');
    expect(rectsOverlap(placed[0]!.box, { x: 200, y: 80, width: 60, height: 15 })).toBe(false);
  });

  it('placeLabels moves a label out with a leader line when every near position is taken', () => {
    const obstacles = [{ x: 80, y: 80, width: 40, height: 40 }];
    const { placed } = placeLabels([label('India', [100, 100], ['India'], { leader: true })], { bounds, obstacles });
    expect(placed[0]!.leader).toBeDefined();
    expect(placed[0]!.leader!.slice(0, 2)).toEqual([100, 100]);
  });

  it('placeLabels does not set a label next to its point where it sits nearer another point', () => {
    // A point just right of ours: the label goes left rather than beside the other point.
    const { placed } = placeLabels([label('India', [100, 100])], { bounds, points: [[136, 100]] });
    expect(placed[0]!.position).toBe('left');
  });

  it('placeLabels falls back to shorter lines before dropping a label', () => {
    const obstacles = [{ x: 0, y: 0, width: 300, height: 88 }, { x: 0, y: 112, width: 300, height: 88 }];
    const { placed } = placeLabels([label('Vietnam', [100, 100], ['Vietnam', '500+ rescued'], { fallbacks: [['Vietnam']] })], { bounds, obstacles });
    expect(placed[0]!.lines).toEqual(['Vietnam']);
  });

  it('placeLabels drops what cannot fit, unless required', () => {
    const obstacles = [{ x: 0, y: 0, width: 300, height: 200 }];
    expect(placeLabels([label('A', [100, 100])], { bounds, obstacles }).dropped).toEqual(['A']);
    expect(placeLabels([label('A', [100, 100], ['A'], { required: true })], { bounds, obstacles }).placed).toHaveLength(1);
  });

  it('positionsToward(angle) orders positions by direction: up-left first for a point north-west of the centre', () => {
    expect(positionsToward(0)[0]).toBe('right');
    expect(positionsToward(180)[0]).toBe('left');
    expect(positionsToward(225)[0]).toBe('top-left');
    expect(positionsToward(90).slice(0, 3)).toEqual(['bottom', 'bottom-right', 'bottom-left']);
  });

  it('labelTextWidth widens bold and tracked text', () => {
    const plain = labelTextWidth('CAMBODIA', 12);
    expect(labelTextWidth('CAMBODIA', 12, { bold: true })).toBeGreaterThan(plain);
    expect(labelTextWidth('CAMBODIA', 12, { letterSpacing: 0.08 })).toBeCloseTo(plain + 8 * 0.08 * 12, 6);
  });
});
