/**
 * The messages an embed sends its host page about its height, in the two formats newsroom pages already
 * listen for. Pure, so the formats are unit-tested against Pym.js's own source.
 *
 * - Pym.js (v1): strings `pym` + `xPYMx` + child id + `xPYMx` + type + `xPYMx` + message; the child id comes
 *   from the `childId` query parameter the parent adds to the iframe's address. The parent sends `width`
 *   messages; the child answers with `height`.
 * - Datawrapper: the object `{ "datawrapper-height": { "<chart id>": <px> } }`; listeners match the
 *   sending window to an iframe, so the key only names the chart.
 */

export const PYM_DELIMITER = 'xPYMx';

/** The Pym child id in a query string, if it is one we can safely use in a message pattern. */
export function pymChildId(search: string): string | null {
  let id: string | null = null;
  try {
    id = new URLSearchParams(search).get('childId');
  } catch {
    return null;
  }
  // Pym builds a RegExp from the id; we only answer ids that need no escaping.
  return id && /^[A-Za-z0-9_-]{1,100}$/.test(id) ? id : null;
}

/** A Pym.js message, exactly as pym.js's `_makeMessage` builds it. */
export function pymMessage(childId: string, type: string, message: string | number): string {
  return ['pym', childId, type, String(message)].join(PYM_DELIMITER);
}

/** The type and body of a Pym.js message addressed to `childId`, or null. */
export function parsePymMessage(data: unknown, childId: string): { type: string; message: string } | null {
  if (typeof data !== 'string') return null;
  const prefix = `pym${PYM_DELIMITER}${childId}${PYM_DELIMITER}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const at = rest.indexOf(PYM_DELIMITER);
  if (at <= 0) return null;
  const type = rest.slice(0, at);
  if (/\s/.test(type)) return null;
  return { type, message: rest.slice(at + PYM_DELIMITER.length) };
}

/** Datawrapper's height message. */
export function datawrapperHeightMessage(chartId: string, height: number): { 'datawrapper-height': Record<string, number> } {
  return { 'datawrapper-height': { [chartId]: height } };
}

/** The height to report for a content box: whole pixels, rounded up so nothing is cut off. */
export function reportedHeight(contentBottom: number): number {
  return Math.max(0, Math.ceil(contentBottom - 0.01));
}
