/**
 * Where every row of the rescue chart goes, in pixels. Plot draws the marks and the x axis; the vertical
 * layout is computed here because rows are of unequal height (a nationality has one to six lines), which
 * Plot's facets cannot do.
 */
import { estimateTextWidth } from '../../text/textWidth';
import { SIZE_BREAKPOINTS } from '../sizes';
import type { RescueGroup, RescueLine } from './model';

/** Width below which the compact (phone) layout is used: the `m` size class (sizes.ts). */
export const RESCUE_COMPACT_BELOW = SIZE_BREAKPOINTS.m;

/** Type sizes in px; nothing under 12 so the chart stays legible on a phone. */
export const RESCUE_TYPE = { header: 15, label: 14, meta: 13, value: 14, axis: 12, key: 13 } as const;

export interface PlacedLine extends RescueLine {
  /** Centre of the dots' line. */
  y: number;
  /** Centre of the label line (compact: above the dot; wide: the dot's line). */
  yLabel: number;
  /** Top and bottom of the line, for its hover target. */
  top: number;
  bottom: number;
}

export interface PlacedGroup {
  group: RescueGroup;
  top: number;
  height: number;
  /** Centre of the nationality's name. */
  yHeader: number;
  lines: PlacedLine[];
}

export interface RescueLayout {
  compact: boolean;
  width: number;
  height: number;
  marginLeft: number;
  marginRight: number;
  /** x of the date and source column (wide only). */
  metaX: number;
  /** Centres of the key's lines. */
  keyY: number[];
  /** The axis line; tick labels sit above it. */
  axisY: number;
  groups: PlacedGroup[];
  rowsTop: number;
  rowsBottom: number;
  /** The "no count reported" block, if any: its top, heading centre and wrapped lines of names. */
  noCount: { top: number; yHeader: number; lines: { y: number; text: string }[] } | null;
}

/** Lays the groups (already sorted) and the names without a count into rows `width` pixels wide. */
export function layoutRescueChart(groups: readonly RescueGroup[], noCountNames: readonly string[], width: number): RescueLayout {
  const compact = width < RESCUE_COMPACT_BELOW;
  const marginLeft = compact ? 8 : 196;
  const metaX = compact ? width : width - 230;
  const marginRight = compact ? 8 : width - metaX + 28;
  const keyY = compact ? [10, 30] : [10];
  const axisY = keyY.at(-1)! + 40;
  const headerH = compact ? 28 : 28;
  const lineH = compact ? 38 : 24;

  let y = axisY + 8;
  const rowsTop = y;
  const placed: PlacedGroup[] = groups.map((group) => {
    const top = y;
    y += headerH;
    const lines = group.lines.map((line) => {
      const placed: PlacedLine = compact
        ? { ...line, top: y, bottom: y + lineH, yLabel: y + 9, y: y + 26 }
        : { ...line, top: y, bottom: y + lineH, yLabel: y + lineH / 2, y: y + lineH / 2 };
      y += lineH;
      return placed;
    });
    y += 6;
    return { group, top, height: y - top, yHeader: top + headerH / 2 + 1, lines };
  });
  const rowsBottom = y;

  let noCount: RescueLayout['noCount'] = null;
  if (noCountNames.length > 0) {
    const top = y;
    const yHeader = top + 20;
    const lines: { y: number; text: string }[] = [];
    let line = '';
    for (const [i, name] of noCountNames.entries()) {
      const word = name + (i < noCountNames.length - 1 ? ',' : '');
      const next = line ? `${line} ${word}` : word;
      if (line && estimateTextWidth(next, RESCUE_TYPE.label) > width - 8) {
        lines.push({ y: yHeader + 22 * (lines.length + 1), text: line });
        line = word;
      } else line = next;
    }
    lines.push({ y: yHeader + 22 * (lines.length + 1), text: line });
    noCount = { top, yHeader, lines };
    y = lines.at(-1)!.y + 14;
  }

  return { compact, width, height: Math.ceil(y + 4), marginLeft, marginRight, metaX, keyY, axisY, groups: placed, rowsTop, rowsBottom, noCount };
}
