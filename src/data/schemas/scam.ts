import { z } from 'zod';
import { idSchema, sourceRefsSchema, textSchema } from './common';

/** A kind of scam that trafficked workers were forced to run. */
export const scamSchema = z.strictObject({
  /** Unique id. */
  id: idSchema,
  /** Name, e.g. "Pig butchering". */
  name: textSchema,
  /** How it works, as the source describes it. */
  description: textSchema,
  /** Sources. */
  sources: sourceRefsSchema,
});
export type Scam = z.infer<typeof scamSchema>;
