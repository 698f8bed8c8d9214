import { z } from 'zod';
import { idSchema, isoDateSchema, textSchema } from './common';

/**
 * An address as the source sheet gives it: no scheme (`https://` is added where the address is linked), a host
 * name, then optionally a path, then optionally words that locate the item where the sheet gives no full
 * address: `bangkokpost.com/world/2372568`, `vodenglish.news`, `en.vietnamplus.vn 236016.vnp`,
 * `e.vnexpress.net ...-4501827.html`. The host name and path must make a valid URL once the scheme is added.
 */
export const sourceAddressSchema = z.string().superRefine((value, ctx) => {
  const problem = sourceAddressProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const ADDRESS = /^((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})(\/\S*)?(?: \S.*)?$/i;

/** Why `value` is not an address in the documented form, or '' when it is. */
export function sourceAddressProblem(value: string): string {
  if (SCHEME.test(value)) return `"${value}" must be given without the scheme ("${value.match(SCHEME)![0]}//" is added where it is linked)`;
  const m = ADDRESS.exec(value);
  if (!m) return `"${value}" is not an address in the documented form: a host name, then an optional path, then optional words locating the item`;
  try {
    new URL(`https://${m[1]}${m[2] ?? ''}`);
  } catch {
    return `"${value}" is not a valid URL once "https://" is added`;
  }
  return '';
}

/** A published document that records in the other datasets cite. */
export const sourceSchema = z.strictObject({
  /** Unique id, cited by other records' `sources`. */
  id: idSchema,
  /** Who published it, e.g. "VOA Khmer", "VOD English". */
  publisher: textSchema,
  /** The headline or title as published (or a description where the title is not known). */
  title: textSchema,
  /** Publication date at the precision known. */
  date: isoDateSchema.optional(),
  /** Address without the scheme, as given in the source sheet, where known (see sourceAddressSchema for the form). */
  url: sourceAddressSchema.optional(),
  /** What this source supports, in a sentence. */
  supports: textSchema,
  /** True for the story's primary source (the VOA article). */
  primary: z.boolean().default(false),
  /** Licence or rights note where known. */
  licence: textSchema.optional(),
});
export type Source = z.infer<typeof sourceSchema>;
