import { z } from 'zod';
import { countSchema } from './schemas/count';
import { countrySchema } from './schemas/country';
import { eventSchema } from './schemas/event';
import { placeSchema } from './schemas/place';
import { quoteSchema } from './schemas/quote';
import { routeSchema } from './schemas/route';
import { scamSchema } from './schemas/scam';
import { sourceSchema } from './schemas/source';

/** The datasets, in the order they are documented and downloaded. Each is `data/<name>.json`, a JSON array. */
export const datasetNames = ['sources', 'events', 'counts', 'countries', 'places', 'routes', 'quotes', 'scams'] as const;
export type DatasetName = (typeof datasetNames)[number];

/** The zod schema of one record of each dataset. */
export const recordSchemas = {
  sources: sourceSchema,
  events: eventSchema,
  counts: countSchema,
  countries: countrySchema,
  places: placeSchema,
  routes: routeSchema,
  quotes: quoteSchema,
  scams: scamSchema,
} as const satisfies Record<DatasetName, z.ZodType>;

/** The field that identifies a record of each dataset (countries are keyed by their code). */
export const idField: Readonly<Record<DatasetName, 'id' | 'code'>> = {
  sources: 'id',
  events: 'id',
  counts: 'id',
  countries: 'code',
  places: 'id',
  routes: 'id',
  quotes: 'id',
  scams: 'id',
};

/** True when `name` is one of the datasets. */
export function isDatasetName(name: string): name is DatasetName {
  return (datasetNames as readonly string[]).includes(name);
}
