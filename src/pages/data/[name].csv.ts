/** `/data/<name>.csv`: each dataset as a spreadsheet, generated at build from the validated data. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetNames, isDatasetName } from '../../data/datasets';
import { csvColumns } from '../../data/fieldDictionary';
import { loadStoryData } from '../../data/loadStoryData';
import { toCsv } from '../../lib/format/toCsv';

export const getStaticPaths = (() => datasetNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = params['name'] ?? '';
  if (!isDatasetName(name)) return new Response('Not found', { status: 404 });
  return new Response(toCsv(csvColumns(name), loadStoryData()[name]), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
