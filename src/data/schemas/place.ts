import { z } from 'zod';
import { idSchema, latSchema, lonSchema, sourceRefsSchema, textSchema } from './common';

/** How exactly a place's point is known. A point is never more precise than the reporting. */
export const placePrecisionSchema = z.enum(['exact', 'town', 'district', 'province', 'approximate']);
export type PlacePrecision = z.infer<typeof placePrecisionSchema>;

/** A site in Cambodia (or on its border) that the reporting names. */
export const placeSchema = z.strictObject({
  /** Unique id. */
  id: idSchema,
  /** Name as reported. */
  name: textSchema,
  /** What kind of place it is. */
  kind: z.enum(['city', 'town', 'province', 'district', 'compound', 'casino', 'river-crossing']),
  /** Province it lies in. */
  province: textSchema,
  /** ISO code of the country it lies in (KH for nearly all). */
  country: z.string().regex(/^[A-Z]{2}$/),
  /** Latitude of the drawn point, or null where no position may be drawn. */
  lat: latSchema.nullable(),
  /** Longitude of the drawn point, or null where no position may be drawn. */
  lon: lonSchema.nullable(),
  /** What the point stands for: the site itself, its town, district or province, or an approximation. */
  precision: placePrecisionSchema,
  /** Other names, compounds or casinos reported at this place. */
  aliases: z.array(textSchema).default([]),
  /** Caveats, e.g. "the casino's own position is not known". */
  note: textSchema.optional(),
  /** Id of a larger place this one lies within (a compound within a city). */
  within: idSchema.optional(),
  /** Sources for the place and its position. */
  sources: sourceRefsSchema,
});
export type Place = z.infer<typeof placeSchema>;
