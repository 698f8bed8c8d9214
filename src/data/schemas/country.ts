import { z } from 'zod';
import { countryCodeSchema, latSchema, lonSchema, sourceRefsSchema, textSchema } from './common';

/** What part a country or territory plays in the story. */
export const countryRoleSchema = z.enum([
  'origin-of-victims',
  'embassy-asked-for-help',
  'destination-of-trafficked-cambodians',
  'host-of-compounds',
  'escape-destination',
  'origin-of-criminal-networks',
  'foreign-pressure',
]);
export type CountryRole = z.infer<typeof countryRoleSchema>;

/** A country or territory the story names. */
export const countrySchema = z.strictObject({
  /** ISO 3166-1 alpha-2 code; also the record's id. */
  code: countryCodeSchema,
  /** Name in English as the story uses it. */
  name: textSchema,
  /** Demonym for labels ("Indonesians"). */
  demonym: textSchema,
  /** ISO 3166-1 numeric code, as used by world-atlas features' ids (e.g. "360"). */
  numeric: z.string().regex(/^\d{3}$/),
  /** The point used for the country on the map: its capital. */
  capital: z.strictObject({
    /** Capital city name. */
    name: textSchema,
    /** Latitude of the capital. */
    lat: latSchema,
    /** Longitude of the capital. */
    lon: lonSchema,
  }),
  /** Roles in the story. */
  roles: z.array(countryRoleSchema).min(1),
  /** Sources that name the country in that role. */
  sources: sourceRefsSchema,
});
export type Country = z.infer<typeof countrySchema>;
