import { z } from 'zod';
import { countryCodeSchema, idSchema, sourceRefsSchema, textSchema } from './common';

/** One end of a route: a country (drawn at its capital) or a place in places.json. */
export const routeEndSchema = z.union([
  z.strictObject({ /** Country code. */ country: countryCodeSchema }),
  z.strictObject({ /** Place id. */ place: idSchema }),
]);
export type RouteEnd = z.infer<typeof routeEndSchema>;

/** A flow of trafficked people. */
export const routeSchema = z.strictObject({
  /** Unique id. */
  id: idSchema,
  /** Where people came from. */
  from: routeEndSchema,
  /** Where they were taken (or, for an escape, where they fled to). */
  to: routeEndSchema,
  /** Into Cambodia's compounds; Cambodians trafficked out (the older flow); or an escape out of a compound. */
  direction: z.enum(['into-cambodia', 'out-of-cambodia', 'escape']),
  /** Why the route is drawn: a reported figure, or only an embassy's request for help, or a narrative statement. */
  basis: z.enum(['figure', 'embassy-request', 'reported']),
  /** Ids of counts that support the route (empty where none exists); the first is the route's headline figure on the map. */
  figures: z.array(idSchema).default([]),
  /** What the route stands for, in a sentence. */
  description: textSchema,
  /** Sources. */
  sources: sourceRefsSchema,
});
export type Route = z.infer<typeof routeSchema>;
