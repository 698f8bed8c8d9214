import { z } from 'zod';
import { countryCodeSchema, idSchema, isoDateSchema, qualifierSchema, sourceRefsSchema, textSchema } from './common';

/**
 * What a number counts, in the words its source uses: "found" in a raid is not "detained", "still stuck" is not
 * "held captive". Different kinds are never added together or drawn as one. Which words support which kind is
 * the table in src/data/countKinds.ts, which the build checks every count's `sourceWording` against.
 */
export const countKindSchema = z.enum([
  'rescued',
  'repatriated',
  'escaped',
  'held captive',
  'held',
  'believed held',
  'still stuck',
  'prevented from travelling',
  'arrested or charged',
  'complaints',
  'found in raids',
  'removed in raids',
  'detained in raids',
  'found by checks',
  'estimated held',
  'victims identified',
  'requested help',
  'departed',
  'other',
]);
export type CountKind = z.infer<typeof countKindSchema>;

/** The largest number one count may hold: more than a million people for one figure is taken for a typing error. */
export const MAX_COUNT_VALUE = 1_000_000;

/** One reported figure. */
export const countSchema = z.strictObject({
  /** Unique id. */
  id: idSchema,
  /** Nationality counted (ISO code), or null where the figure covers many nationalities. */
  country: countryCodeSchema.nullable(),
  /** What is counted. */
  kind: countKindSchema,
  /** The number as reported: a whole number from 0 to 1,000,000 (MAX_COUNT_VALUE; a larger one is refused as implausible). */
  value: z
    .number()
    .int()
    .nonnegative()
    .max(MAX_COUNT_VALUE, `is implausible: more than ${MAX_COUNT_VALUE.toLocaleString('en-US')} people for one count`),
  /** How the source states it ("more than" 300). */
  qualifier: qualifierSchema,
  /** A short label of what was counted, e.g. "Taiwanese held captive". */
  label: textSchema,
  /** The source's own words for the figure, e.g. "40 returned, 333 still stuck": shown beside it so a reader sees why it has its kind. */
  sourceWording: textSchema,
  /** The date the figure was reported or stands at. */
  asOf: isoDateSchema,
  /** The period the figure covers, where stated. */
  period: z
    .strictObject({
      /** First day (or month/year) covered. */
      start: isoDateSchema,
      /** Last day covered. */
      end: isoDateSchema,
    })
    .optional(),
  /** Place id (places.json) the figure concerns, where one is named. */
  place: idSchema.optional(),
  /** Who issued the figure (a ministry, an embassy, police), as reported. */
  reportedBy: textSchema.optional(),
  /** Id of a larger count this figure is a breakdown of (35 men "of the 40"): part of it, never in addition to it. Stated in the source (its words name the larger figure) or explained in `inference`. */
  partOf: idSchema.optional(),
  /** Ids of counts that report the same thing with a different number; always linked both ways. Stated in the source or explained in `inference`. */
  disagreesWith: z.array(idSchema).default([]),
  /** The source sheet's words that state a link to another figure, e.g. its ⚠ note "VOA rounds to "about 900" rescued". */
  linkWording: textSchema.optional(),
  /** What the site infers beyond the source's words (a kind they do not name, a link they do not state), saying that it is the site's inference and why. */
  inference: textSchema.optional(),
  /** Notes, e.g. what the figure does not include. */
  note: textSchema.optional(),
  /** Sources. */
  sources: sourceRefsSchema,
});
export type Count = z.infer<typeof countSchema>;
