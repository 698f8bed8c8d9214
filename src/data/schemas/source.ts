import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';

/** A published document that records in the other datasets cite. */
export const sourceSchema = z.strictObject({
  /** Unique id, cited by other records' `sources`. */
  id: idSchema,
  /** Who published it, e.g. "VOA Khmer", "VOD English". */
  publisher: z.string().min(1),
  /** The headline or title as published (or a description where the title is not known). */
  title: z.string().min(1),
  /** Publication date at the precision known. */
  date: isoDateSchema.optional(),
  /** Address without the scheme, as given in the source sheet, where known. */
  url: z.string().min(1).optional(),
  /** What this source supports, in a sentence. */
  supports: z.string().min(1),
  /** True for the story's primary source (the VOA article). */
  primary: z.boolean().default(false),
  /** Licence or rights note where known. */
  licence: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;
