import type { Box } from '../../geo/mapProjection';
import { SIZE_BREAKPOINTS } from '../sizes';

export interface RoutesMapLayout {
  width: number;
  height: number;
  /** 'narrow' stacks everything; 'medium' puts the close-up and key side by side under the map; 'wide' sets them beside it. */
  kind: 'narrow' | 'medium' | 'wide';
  /** Below NARROW_BELOW: the smaller type and marks of the phone layout. */
  narrow: boolean;
  region: Box;
  closeup: Box;
  legend: Box;
  /** Label sizes (px): names, and the figure lines under them. */
  fontSize: number;
  smallFontSize: number;
}

/** Width below which panels stack: the `m` size class (sizes.ts), so the layout matches the drawing shown. */
export const NARROW_BELOW = SIZE_BREAKPOINTS.m;
/** Width from which the close-up sits beside the regional map: the `l` size class. */
export const WIDE_FROM = SIZE_BREAKPOINTS.l;

/**
 * Where the panels go. Narrow: regional map (a little taller than wide, so the long north-south spread
 * of origins reads), then the close-up, then the key, full width. Medium: the regional map full width,
 * then the close-up and the key side by side. Wide: the regional map on the left (62%), the close-up and
 * the key stacked on the right. `legendHeight` is measured by the caller for the width it gets.
 */
export function routesMapLayout(width: number, legendHeight: (width: number) => number, height?: number, regionShare = 0.62): RoutesMapLayout {
  if (width < NARROW_BELOW) {
    const gap = 12;
    const region: Box = { x: 0, y: 0, width, height: Math.round(width * 1.08) };
    const closeup: Box = { x: 0, y: region.height + gap, width, height: Math.round(width * 1.0) };
    const lh = legendHeight(width);
    const legend: Box = { x: 0, y: closeup.y + closeup.height + gap, width, height: lh };
    return { width, height: legend.y + lh, kind: 'narrow', narrow: true, region, closeup, legend, fontSize: 11, smallFontSize: 10.5 };
  }
  const gap = 20;
  if (width < WIDE_FROM) {
    const region: Box = { x: 0, y: 0, width, height: height ?? Math.round(width * 0.78) };
    const closeWidth = Math.round(width * 0.6);
    const closeup: Box = { x: 0, y: region.height + gap, width: closeWidth, height: Math.round(closeWidth * 0.85) };
    const legendWidth = width - closeWidth - gap;
    const lh = legendHeight(legendWidth);
    const legend: Box = { x: closeWidth + gap, y: closeup.y, width: legendWidth, height: lh };
    const total = Math.max(closeup.y + closeup.height, legend.y + lh);
    return { width, height: total, kind: 'medium', narrow: false, region, closeup, legend, fontSize: 12, smallFontSize: 11 };
  }
  const regionWidth = Math.round(width * regionShare);
  const side = width - regionWidth - gap;
  const lh = legendHeight(side);
  const total = Math.max(height ?? Math.round(regionWidth * 0.95), Math.round(side * 0.8) + gap + lh);
  // The close-up takes whatever the key leaves of the column.
  const closeupHeight = total - gap - lh;
  return {
    width,
    height: total,
    kind: 'wide',
    narrow: false,
    region: { x: 0, y: 0, width: regionWidth, height: total },
    closeup: { x: regionWidth + gap, y: 0, width: side, height: closeupHeight },
    legend: { x: regionWidth + gap, y: closeupHeight + gap, width: side, height: lh },
    fontSize: 12.5,
    smallFontSize: 11.5,
  };
}
