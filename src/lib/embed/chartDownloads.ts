/**
 * The files a reporter downloads for one chart, built at build time from its kit: a standalone SVG, a PNG
 * at 2x, the data as CSV and JSON (each carrying the sources and the credit line), and the chart page's
 * Open Graph card (1200x630 PNG). Build-only: reads the chart's stylesheet from disk and rasterises natively.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Source } from '../../data/schemas/source';
import { CHART_LICENCE, CREDIT } from '../site';
import { toCsv } from '../format/toCsv';
import { chartImageSvg } from './chartImage';
import { sourceLink, type ChartKit } from './chartKits';
import { inlineSvgStyles } from './inlineSvgStyles';
import { renderPng } from './renderPng';

/** Extensions of the download files, as served at `/charts/<id>/<id>.<ext>`. */
export const DOWNLOAD_KINDS = ['svg', 'png', 'csv', 'json'] as const;
export type DownloadKind = (typeof DOWNLOAD_KINDS)[number];

/** Where a chart's download lives on the site. */
export function downloadPath(id: string, kind: DownloadKind): string {
  return `/charts/${id}/${id}.${kind}`;
}

/**
 * The stylesheets that style a chart: the design tokens and the chart component's own rules, read from the
 * CSS files the component imports (in its order), so a stylesheet split by concern is followed.
 */
export function chartStylesheet(kit: Pick<ChartKit, 'componentFile'>): string {
  const read = (file: string) => readFileSync(resolve(process.cwd(), file), 'utf8');
  const component = read(kit.componentFile);
  const dir = dirname(kit.componentFile);
  const imported = [...component.matchAll(/^import '(\.{1,2}\/[^']+\.css)';$/gm)].map((m) => read(join(dir, m[1]!)));
  const blocks = [...component.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  return [read('src/styles/tokens.css'), ...imported, ...blocks].join('\n');
}

/**
 * "Sources: VOA Khmer; Taiwan News; …." — each outlet once. With `short`, a list longer than `max` outlets
 * names the first `max` and counts the rest, saying `where` they are all named ("Sources: VOA Khmer; AllAfrica;
 * Bangkok Post and 20 others, named with each event").
 */
export function sourcesLine(sources: readonly Source[], short?: { max: number; where: string }): string {
  const publishers = [...new Set(sources.map((s) => s.publisher))];
  const head = publishers.length === 1 ? 'Source' : 'Sources';
  if (!short || publishers.length <= short.max) return `${head}: ${publishers.join('; ')}.`;
  const rest = publishers.length - short.max;
  return `${head}: ${publishers.slice(0, short.max).join('; ')} and ${rest} ${rest === 1 ? 'other' : 'others'}, ${short.where}.`;
}

/** The credit line, with the chart page's address when the site's address is known. */
export function creditLine(kit: Pick<ChartKit, 'id'>, origin = ''): string {
  return `${CREDIT}${origin ? ` · ${origin}/charts/${kit.id}/` : ''}`;
}

const standaloneCache = new WeakMap<ChartKit, string>();

/** The chart alone as a standalone SVG in the light theme, at its image width (computed once per kit). */
export function standaloneChart(kit: ChartKit): string {
  const cached = standaloneCache.get(kit);
  if (cached) return cached;
  const svg = inlineSvgStyles(kit.drawing(kit.imageWidth), {
    css: chartStylesheet(kit),
    rootClass: kit.rootClass,
    rootAttributes: { 'data-state': kit.states.defaultState },
    theme: 'light',
  });
  standaloneCache.set(kit, svg);
  return svg;
}

/** What every image of a chart carries around the drawing: title, description, sources and credit. */
function imageParts(kit: ChartKit, origin: string) {
  return {
    chart: standaloneChart(kit),
    title: kit.title,
    description: kit.description,
    sources: sourcesLine(kit.sources),
    credit: creditLine(kit, origin),
  };
}

/** The SVG download: title, description, chart, sources and credit. */
export function chartSvgFile(kit: ChartKit, origin = ''): string {
  const svg = chartImageSvg(imageParts(kit, origin));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`;
}

/** The PNG download, at 2x. */
export function chartPngFile(kit: ChartKit, origin = ''): Buffer {
  return renderPng(chartSvgFile(kit, origin), 2);
}

/** The Open Graph card, 1200x630. */
export function chartOgPng(kit: ChartKit, origin = ''): Buffer {
  const svg = chartImageSvg({ ...imageParts(kit, origin), frame: { width: 1200, height: 630 } });
  return renderPng(svg, 1);
}

/** The data as CSV: one row per record, with its sources, and the credit and licence in every row. */
export function chartCsvFile(kit: ChartKit, origin = ''): string {
  const credit = creditLine(kit, origin);
  return toCsv([...kit.columns, 'credit', 'licence'], kit.rows.map((r) => ({ ...r, credit, licence: CHART_LICENCE })));
}

/** The data as JSON: what the chart is, its credit, licence and sources, and the rows. */
export function chartJsonFile(kit: ChartKit, origin = ''): string {
  return `${JSON.stringify(
    {
      chart: { id: kit.id, title: kit.title, description: kit.description, page: `${origin}/charts/${kit.id}/` },
      credit: creditLine(kit, origin),
      licence: CHART_LICENCE,
      sources: kit.sources.map((s) => ({
        publisher: s.publisher,
        title: s.title,
        ...(s.date ? { date: s.date } : {}),
        ...(s.url ? { address: s.url } : {}),
        ...(sourceLink(s) ? { url: sourceLink(s) } : {}),
      })),
      columns: kit.columns,
      rows: kit.rows,
    },
    null,
    2,
  )}\n`;
}
