import { describe, expect, it } from 'vitest';
import { focusContextScale } from '../../../../../src/lib/charts/crackdown-timeline/focusContextScale';
import { estimateTextWidth, wrapText } from '../../../../../src/lib/text/textWidth';
import { labelExtent, timelineAxis } from '../../../../../src/lib/charts/crackdown-timeline/axis';

const scaleAt = (width: number, focusShare = 0.6) =>
  focusContextScale({
    domain: [Date.UTC(2019, 0, 1), Date.UTC(2024, 0, 1)],
    focus: [Date.UTC(2022, 7, 1), Date.UTC(2022, 10, 1)],
    range: [10, width - 10],
    focusShare,
  });

describe('timelineAxis', () => {
  it('timelineAxis() marks years in the context and months in the focus', () => {
    const ticks = timelineAxis(scaleAt(960));
    expect(ticks.filter((t) => t.kind === 'year').map((t) => t.label)).toEqual(['2019', '2020', '2021', '2022', '2023', undefined]);
    expect(ticks.filter((t) => t.kind === 'month').map((t) => t.label)).toEqual(['Aug. 2022', 'Sept.', 'Oct.']);
    // Aug. 8 keeps its tick but not its label, which would touch "Aug. 2022".
    expect(ticks.filter((t) => t.kind === 'day').map((t) => t.label)).toEqual([undefined, '15', '22', '8', '15', '22', '8', '15', '22']);
  });

  it('timelineAxis() places ticks with the scale and in time order', () => {
    const x = scaleAt(960);
    const ticks = timelineAxis(x);
    for (const t of ticks) expect(t.x).toBe(x(t.t));
    expect(ticks.map((t) => t.t)).toEqual([...ticks.map((t) => t.t)].sort((a, b) => a - b));
  });

  it('timelineAxis() drops labels, not ticks, where they would collide at a narrow width', () => {
    const ticks = timelineAxis(scaleAt(360, 0.5));
    const labelled = ticks.filter((t) => t.label !== undefined);
    for (const a of labelled)
      for (const b of labelled) {
        if (a === b) continue;
        const [al, ar] = labelExtent(a, 11);
        const [bl, br] = labelExtent(b, 11);
        expect(al < br + 6 && bl < ar + 6).toBe(false);
      }
    // All three focus months keep a label, short, and win over the year tick just before them.
    expect(labelled.map((t) => t.label)).toEqual(['2019', '2020', '2021', 'Aug.', 'Sept.', 'Oct.', '2023']);
    expect(ticks.filter((t) => t.kind === 'year')).toHaveLength(6);
  });

  it('timelineAxis() falls back to short labels before dropping one', () => {
    const labels = timelineAxis(scaleAt(260, 0.5)).filter((t) => t.kind === 'year').map((t) => t.label);
    expect(labels).toEqual(['’19', '’20', '’21', undefined, '’23', undefined]);
  });

  it('timelineAxis() keeps labels inside the range', () => {
    for (const width of [320, 360, 640, 960]) {
      for (const t of timelineAxis(scaleAt(width, 0.5))) {
        if (t.label === undefined) continue;
        const [l, r] = labelExtent(t, 11);
        expect(l).toBeGreaterThanOrEqual(9);
        expect(r).toBeLessThanOrEqual(width - 9);
      }
    }
  });
});

describe('textWidth', () => {
  it('estimateTextWidth() grows with length and size', () => {
    expect(estimateTextWidth('Sept.', 12)).toBeGreaterThan(estimateTextWidth('Sept.', 10));
    expect(estimateTextWidth('mmmm', 12)).toBeGreaterThan(estimateTextWidth('iiii', 12));
    expect(estimateTextWidth('', 12)).toBe(0);
  });

  it('wrapText() wraps at spaces within the width', () => {
    const lines = wrapText('Counter-trafficking committee tallies Sihanoukville', 200, 12);
    expect(lines.length).toBe(2);
    for (const l of lines) expect(estimateTextWidth(l, 12)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe('Counter-trafficking committee tallies Sihanoukville');
  });

  it('wrapText() ends cut text with an ellipsis', () => {
    const lines = wrapText('one two three four five six seven eight nine ten eleven twelve', 60, 12, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(estimateTextWidth(lines[1]!, 12)).toBeLessThanOrEqual(60);
  });

  it('wrapText() keeps a too-long word whole', () => {
    expect(wrapText('Sihanoukville', 20, 12)).toEqual(['Sihanoukville']);
  });
});
