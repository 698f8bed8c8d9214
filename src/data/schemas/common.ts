import { z } from 'zod';

/** Text that says something: a title, name or label that is empty or only whitespace is refused. */
export const textSchema = z.string().refine((s) => s.trim().length > 0, 'must not be empty or only whitespace');

/** A record id: lowercase words joined by hyphens, e.g. `sar-kheng-aug-26-statement`. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase-hyphenated');

/** An ISO date at day, month or year precision: `2022-08-18`, `2022-08` or `2022`. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD');

/** How exact a date is. */
export const datePrecisionSchema = z.enum(['day', 'month', 'year']);

/** ISO 3166-1 alpha-2 code (Taiwan `TW` and Hong Kong `HK` use their own codes). */
export const countryCodeSchema = z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166 code');

/** How a source states a number: "about 900", "more than 300", "at least nine", or exactly. */
export const qualifierSchema = z.enum(['exactly', 'about', 'more than', 'at least', 'nearly']);

/** Ids of the sources (in sources.json) a record comes from; never empty. */
export const sourceRefsSchema = z.array(idSchema).min(1, 'every record cites at least one source');

/** Latitude in degrees. */
export const latSchema = z.number().min(-90).max(90);
/** Longitude in degrees. */
export const lonSchema = z.number().min(-180).max(180);
