/**
 * Text measurement without a browser. Charts are rendered at build time, so label widths are estimated from
 * per-character advance widths close to Inter's (the site's sans), rounded up slightly: an overestimate only
 * costs a little space, an underestimate makes labels collide.
 */

const NARROW = new Set("ijl.,:;'’|!()[]ı ");
const SEMI = new Set('frtI-‑/');
const WIDE = new Set('mwMW%@');

/** Advance width of one character, in ems. */
function advance(ch: string): number {
  if (NARROW.has(ch)) return 0.3;
  if (SEMI.has(ch)) return 0.4;
  if (WIDE.has(ch)) return 0.86;
  if (/[0-9]/.test(ch)) return 0.6;
  if (/[A-Z]/.test(ch)) return 0.69;
  if (/[a-z]/.test(ch)) return 0.56;
  return 0.62;
}

/** Estimated width in pixels of `text` set at `fontSize` pixels. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return em * fontSize * 1.04;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth`, at spaces; a word longer than a line
 * is kept whole. Text left over after the last line is cut at a word and marked with an ellipsis (the full
 * text is always elsewhere on the page: in the event list).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 2): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const candidate = line ? `${line} ${words[i]}` : words[i]!;
    if (!line || estimateTextWidth(candidate, fontSize) <= maxWidth) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines) break;
  }
  if (i >= words.length) {
    if (line) lines.push(line);
    return lines;
  }
  // Out of lines: trim the last line until it fits with an ellipsis.
  let last = lines[maxLines - 1]!;
  while (last.includes(' ') && estimateTextWidth(`${last}…`, fontSize) > maxWidth) {
    last = last.slice(0, last.lastIndexOf(' '));
  }
  lines[maxLines - 1] = `${last.replace(/[,;:.—–-]+$/, '')}…`;
  return lines;
}
