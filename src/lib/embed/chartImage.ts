/**
 * The chart as a picture that stands on its own, as the SVG and PNG downloads and the Open Graph image:
 * title, a line on what it shows, the chart (its styles baked in by inlineSvgStyles), and the sources and
 * credit under it, on the light theme's background. Text is set in Inter, named in the file (`font-family`),
 * so an editor with Inter shows it as designed and others fall back to a sans; the PNG is rasterised with
 * Inter's own files (renderPng.ts).
 *
 *   chartImageSvg({ chart, title, description, sources, credit })           // the download
 *   chartImageSvg({ ..., frame: { width: 1200, height: 630 } })             // the Open Graph card
 */
import { escapeXml } from '../svg/escapeXml';
import { estimateTextWidth, wrapText } from '../text/textWidth';

export interface ChartImageOptions {
  /** Standalone chart SVG (inlineSvgStyles output), with `width`, `height` and `viewBox`. */
  chart: string;
  title: string;
  description: string;
  /** "Sources: VOA Khmer; Taiwan News." */
  sources: string;
  /** Credit line, with the address of the chart's page. */
  credit: string;
  /** A fixed canvas (the chart is scaled to fit); without one the canvas fits the chart at its own size. */
  frame?: { width: number; height: number };
}

/** Light theme colours (tokens.css), resolved: a file has no theme. */
const BG = '#fbfaf7';
const TEXT = '#1d1c1a';
const MUTED = '#58554f';
const RULE = '#d6d2c8';
const FONT = "Inter, 'Inter Variable', system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
const PAD = 24;

/** Width and height of an SVG from its attributes (or its viewBox). */
export function svgSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const num = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)"`).exec(open)?.[1]);
  const box = /viewBox="[-\d.]+[ ,]+[-\d.]+[ ,]+([\d.]+)[ ,]+([\d.]+)"/.exec(open);
  const width = num('width') || Number(box?.[1]);
  const height = num('height') || Number(box?.[2]);
  if (!width || !height) throw new Error('svgSize: the chart SVG has no size');
  return { width, height };
}

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
  return lines
    .map((line, i) => `<text x="${x}" y="${Math.round((y + i * lineHeight) * 10) / 10}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`)
    .join('');
}

/** The standalone picture of the chart, as SVG markup. */
export function chartImageSvg({ chart, title, description, sources, credit, frame }: ChartImageOptions): string {
  const size = svgSize(chart);
  const og = Boolean(frame);
  const width = frame?.width ?? Math.ceil(size.width + 2 * PAD);
  const inner = width - 2 * PAD;
  const titleSize = og ? 40 : 22;
  const descSize = og ? 22 : 15;
  const footSize = og ? 16 : 12;
  const titleLines = wrapText(title, inner, titleSize * 1.04, og ? 2 : 3);
  const descLines = wrapText(description, inner, descSize, og ? 2 : 4);
  const footLines = [...wrapText(sources, inner, footSize, og ? 1 : 4), ...wrapText(credit, inner, footSize, 2)];
  let y = PAD + titleSize;
  const head =
    textLines(titleLines, PAD, y, titleSize, titleSize * 1.2, `font-weight="700" fill="${TEXT}"`) +
    textLines(descLines, PAD, (y += titleLines.length * titleSize * 1.2 + descSize * 0.3), descSize, descSize * 1.4, `fill="${MUTED}"`);
  y += descLines.length * descSize * 1.4 + 8;
  const footHeight = 12 + footLines.length * footSize * 1.45 + PAD;
  const height = frame?.height ?? Math.ceil(y + size.height + 16 + footHeight);
  // The chart at its own size, or scaled down to fit the card's room, centred.
  const room = { width: inner, height: height - y - footHeight - 8 };
  const scale = og ? Math.min(room.width / size.width, room.height / size.height, 1.6) : 1;
  const cx = PAD + (inner - size.width * scale) / 2;
  const chartBottom = y + size.height * scale;
  const footY = (og ? height - footHeight : chartBottom + 16) + 12;
  const body = chart.replace(/^<svg\b/, '<svg overflow="visible"');
  const foot = textLines(footLines, PAD, footY + footSize, footSize, footSize * 1.45, `fill="${MUTED}"`);
  const widest = Math.max(...titleLines.map((l) => estimateTextWidth(l, titleSize)));
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `font-family="${escapeXml(FONT)}" role="img" aria-label="${escapeXml(title)}" data-title-width="${Math.round(widest)}">` +
    `<title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>` +
    `<rect width="100%" height="100%" fill="${BG}"/>` +
    head +
    `<g transform="translate(${Math.round(cx * 10) / 10},${Math.round(y * 10) / 10}) scale(${Math.round(scale * 10000) / 10000})">${body}</g>` +
    `<line x1="${PAD}" x2="${width - PAD}" y1="${footY - 6}" y2="${footY - 6}" stroke="${RULE}"/>` +
    foot +
    `</svg>`
  );
}
