import { z } from 'zod';
import { idSchema, isoDateSchema, sourceRefsSchema } from './common';

/** Words a person said, exactly as published. */
export const quoteSchema = z.strictObject({
  /** Unique id. */
  id: idSchema,
  /** Speaker's name as published. */
  speaker: z.string().min(1),
  /** Speaker's role as the source gives it. */
  role: z.string().min(1),
  /** The words, verbatim (square-bracketed insertions as published); only a final comma before the attribution becomes a full stop. */
  words: z.string().min(1),
  /** When it was said or published, where known. */
  date: isoDateSchema.optional(),
  /** To whom or where, e.g. "told VOA Khmer". */
  context: z.string().optional(),
  /** Sources. */
  sources: sourceRefsSchema,
});
export type Quote = z.infer<typeof quoteSchema>;
