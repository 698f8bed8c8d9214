import { z } from 'zod';
import { idSchema, isoDateSchema, sourceRefsSchema, textSchema } from './common';

/** Words a person said, exactly as published. */
export const quoteSchema = z.strictObject({
  /** Unique id. */
  id: idSchema,
  /** Speaker's name as published. */
  speaker: textSchema,
  /** Speaker's role as the source gives it. */
  role: textSchema,
  /** The words exactly as published (VOA's own square-bracketed insertions kept); the one change made, a full stop where the source has a comma before the attribution, is marked "[.]". */
  words: textSchema,
  /** When it was said or published, where known. */
  date: isoDateSchema.optional(),
  /** To whom or where, e.g. "told VOA Khmer". */
  context: textSchema.optional(),
  /** Sources. */
  sources: sourceRefsSchema,
});
export type Quote = z.infer<typeof quoteSchema>;
