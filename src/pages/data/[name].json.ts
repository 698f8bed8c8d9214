/** `/data/<name>.json`: each dataset as the validated JSON array (defaults filled in), generated at build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetNames, isDatasetName } from '../../data/datasets';
import { loadStoryData } from '../../data/loadStoryData';

export const getStaticPaths = (() => datasetNames.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const name = params['name'] ?? '';
  if (!isDatasetName(name)) return new Response('Not found', { status: 404 });
  return new Response(`${JSON.stringify(loadStoryData()[name], null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
