/**
 * A chart's downloads, generated at build: `/charts/<id>/<id>.svg` (standalone), `.png` (2x), `.csv` and
 * `.json` (the chart's data with sources, credit and licence), and `/charts/<id>/og.png` (the page's Open
 * Graph card, 1200x630).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStoryData } from '../../../data/loadStoryData';
import {
  DOWNLOAD_KINDS,
  chartCsvFile,
  chartJsonFile,
  chartOgPng,
  chartPngFile,
  chartSvgFile,
  type DownloadKind,
} from '../../../lib/embed/chartDownloads';
import { chartKits, type ChartKit } from '../../../lib/embed/chartKits';

let kits: ChartKit[] | undefined;
const allKits = () => (kits ??= chartKits(loadStoryData()));

export const getStaticPaths = (() =>
  allKits().flatMap((kit) => [
    ...DOWNLOAD_KINDS.map((kind) => ({ params: { id: kit.id, file: `${kit.id}.${kind}` } })),
    { params: { id: kit.id, file: 'og.png' } },
  ])) satisfies GetStaticPaths;

const TYPES: Record<DownloadKind, string> = {
  svg: 'image/svg+xml',
  png: 'image/png',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export const GET: APIRoute = ({ params, site }) => {
  const kit = allKits().find((k) => k.id === params['id']);
  const file = params['file'] ?? '';
  if (!kit) return new Response('Not found', { status: 404 });
  const origin = site ? site.origin : '';
  if (file === 'og.png') return new Response(new Uint8Array(chartOgPng(kit, origin)), { headers: { 'Content-Type': TYPES.png } });
  const kind = DOWNLOAD_KINDS.find((k) => file === `${kit.id}.${k}`);
  if (!kind) return new Response('Not found', { status: 404 });
  const body: Record<DownloadKind, () => BodyInit> = {
    svg: () => chartSvgFile(kit, origin),
    png: () => new Uint8Array(chartPngFile(kit, origin)),
    csv: () => chartCsvFile(kit, origin),
    json: () => chartJsonFile(kit, origin),
  };
  return new Response(body[kind](), { headers: { 'Content-Type': TYPES[kind] } });
};
