/**
 * Observable Plot, rendered in Node at build time, made safe for the site's strict Content Security Policy.
 *
 *   const svg = plotToSvg({ width: 640, marks: [Plot.dot(data, { x: 'v', y: 'y' })] }, { className: 'my-chart' });
 *
 * Plot needs a DOM: it gets linkedom's. Plot writes a `<style>` element and `style` attributes, which the CSP
 * (`style-src 'self'`) would block; both are removed here, so the chart must be styled from a stylesheet
 * through `className` (and the classes a `postprocess` hook adds). Plot's own inline rules that matter
 * (`display: block; height: auto; max-width: 100%`, `white-space: pre` on text) belong in that stylesheet.
 * Plot's `font-variant="tabular-nums"` on axes is not a valid SVG attribute value (the Nu HTML Checker rejects
 * it); it becomes the class `plot-tabular-nums`, which global.css sets as `font-variant-numeric`.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface PlotToSvgOptions {
  /** Class(es) on the root `<svg>`; the first is Plot's `className`. Defaults to `plot`. */
  className?: string;
  /** Runs on the rendered `<svg>` before serialising, e.g. to add classes, ids or ARIA attributes. */
  postprocess?: (svg: SVGSVGElement, document: Document) => void;
}

/**
 * Renders `options` with Plot and returns the `<svg>` markup without `<style>` elements or `style`
 * attributes. Legends and titles that Plot would wrap in an HTML `<figure>` are not supported: the page
 * gives those (see ChartFigure.astro).
 */
export function plotToSvg(options: Plot.PlotOptions, { className = 'plot', postprocess }: PlotToSvgOptions = {}): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  // Plot accepts a single class name only.
  const [plotClass = 'plot'] = className.split(/\s+/);
  const node = Plot.plot({ ...options, figure: false, className: plotClass, document: document as unknown as Document });
  if (node.tagName.toLowerCase() !== 'svg') throw new Error('plotToSvg: Plot returned a figure, not an <svg>');
  const svg = node as unknown as SVGSVGElement;
  svg.setAttribute('class', className);
  stripInlineStyles(svg);
  tabularNumsToClass(svg);
  postprocess?.(svg, document as unknown as Document);
  // A hook may have added styles back; the CSP forbids them wherever they come from.
  stripInlineStyles(svg);
  return svg.outerHTML;
}

function stripInlineStyles(svg: SVGSVGElement): void {
  for (const style of Array.from(svg.querySelectorAll('style'))) style.remove();
  svg.removeAttribute('style');
  for (const el of Array.from(svg.querySelectorAll('[style]'))) el.removeAttribute('style');
}

/** The class global.css gives `font-variant-numeric: tabular-nums`, in place of Plot's invalid attribute. */
export const TABULAR_NUMS_CLASS = 'plot-tabular-nums';

function tabularNumsToClass(svg: SVGSVGElement): void {
  for (const el of [svg, ...Array.from(svg.querySelectorAll('[font-variant]'))]) {
    const value = el.getAttribute('font-variant');
    if (value === null) continue;
    el.removeAttribute('font-variant');
    if (value.split(/\s+/).includes('tabular-nums')) el.classList.add(TABULAR_NUMS_CLASS);
  }
}
