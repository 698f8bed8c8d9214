import { z } from 'zod';
import { countryCodeSchema, idSchema, isoDateSchema, qualifierSchema, sourceRefsSchema } from './common';

/** What a number counts. Different kinds are never added together or drawn as one. */
export const countKindSchema = z.enum([
  'rescued',
  'repatriated',
  'escaped',
  'held captive',
  'prevented from travelling',
  'arrested or charged',
  'complaints',
  'detained in raids',
  'estimated held',
  'victims identified',
  'requested help',
  'departed',
  'other',
]);
export type CountKind = z.infer<typeof countKindSchema>;

/** One reported figure. */
export const countSchema = z.strictObject({
  /** Unique id. */
  id: idSchema,
  /** Nationality counted (ISO code), or null where the figure covers many nationalities. */
  country: countryCodeSchema.nullable(),
  /** What is counted. */
  kind: countKindSchema,
  /** The number as reported (non-negative integer). */
  value: z.number().int().nonnegative(),
  /** How the source states it ("more than" 300). */
  qualifier: qualifierSchema,
  /** A short label of what was counted, e.g. "Taiwanese held captive". */
  label: z.string().min(1),
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
  reportedBy: z.string().optional(),
  /** Id of a larger count this figure is a breakdown of (35 men "of the 40"): part of it, never in addition to it. */
  partOf: idSchema.optional(),
  /** Ids of counts that report the same thing with a different number; always linked both ways. */
  disagreesWith: z.array(idSchema).default([]),
  /** Notes, e.g. what the figure does not include. */
  note: z.string().optional(),
  /** Sources. */
  sources: sourceRefsSchema,
});
export type Count = z.infer<typeof countSchema>;
