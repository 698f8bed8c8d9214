import { z } from 'zod';
import { countryCodeSchema, datePrecisionSchema, idSchema, isoDateSchema, sourceRefsSchema, textSchema } from './common';

/** The four strands of the timeline. */
export const eventCategorySchema = z.enum([
  'policy-enforcement',
  'foreign-pressure',
  'rescues-escapes',
  'reports-response',
]);
export type EventCategory = z.infer<typeof eventCategorySchema>;

/** A dated event of the crackdown and its context. */
export const eventSchema = z.strictObject({
  /** Unique id; the deep link is `#event-<id>`. */
  id: idSchema,
  /** ISO date at its precision. */
  date: isoDateSchema,
  /** How exact `date` is. */
  precision: datePrecisionSchema,
  /** Last day, for events that span a period. */
  endDate: isoDateSchema.optional(),
  /** True where the date was inferred from an article rather than stated. */
  dateInferred: z.boolean().default(false),
  /** Strand of the story. */
  category: eventCategorySchema,
  /** Short headline. */
  title: textSchema,
  /** One sentence. */
  description: textSchema,
  /** Ids of counts (counts.json) the event involves. */
  figures: z.array(idSchema).default([]),
  /** Ids of places (places.json) the event involves. */
  places: z.array(idSchema).default([]),
  /** Codes of countries (countries.json) the event involves. */
  countries: z.array(countryCodeSchema).default([]),
  /** People the event involves, each as "Name, role as published" (never a victim). */
  people: z.array(textSchema).default([]),
  /** Where sources disagree about this event, what they disagree on. */
  disagreement: textSchema.optional(),
  /** Sources. */
  sources: sourceRefsSchema,
});
export type Event = z.infer<typeof eventSchema>;
