/**
 * Resolving CSS values outside a browser, for standalone SVG: `var(--x, fallback)` against a set of custom
 * properties, and `light-dark(light, dark)` to one theme. Functions are matched with balanced parentheses,
 * so nested calls (`var(--a, var(--b))`, `light-dark(rgb(0 0 0), #fff)`) resolve as a browser would.
 */

export type Theme = 'light' | 'dark';

/** Index of the `)` that closes the `(` at `open`, or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Splits a function's arguments at top-level commas. */
function splitArgs(args: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(args.slice(start, i));
      start = i + 1;
    }
  }
  out.push(args.slice(start));
  return out.map((a) => a.trim());
}

/** Replaces every call of `name(...)` in `value` with `replace(args)`, innermost first where nested. */
function replaceCalls(value: string, name: string, replace: (args: string[]) => string): string {
  const pattern = new RegExp(`(^|[^\\w-])${name}\\(`);
  let out = value;
  for (let guard = 0; guard < 100; guard++) {
    const m = pattern.exec(out);
    if (!m) return out;
    const open = m.index + m[1]!.length + name.length;
    const close = closing(out, open);
    if (close < 0) return out;
    out = out.slice(0, m.index + m[1]!.length) + replace(splitArgs(out.slice(open + 1, close))) + out.slice(close + 1);
  }
  return out;
}

/**
 * `value` with `var()` resolved through `lookup` (which returns a custom property's raw value, or
 * undefined) and `light-dark()` resolved to `theme`. Undefined properties without a fallback give ''.
 */
export function resolveCssValue(value: string, lookup: (name: string) => string | undefined, theme: Theme = 'light', depth = 0): string {
  if (depth > 20) return '';
  let out = replaceCalls(value, 'var', ([name = '', ...fallback]) => {
    const raw = lookup(name.trim());
    if (raw !== undefined) return resolveCssValue(raw, lookup, theme, depth + 1);
    return fallback.length ? resolveCssValue(fallback.join(','), lookup, theme, depth + 1) : '';
  });
  out = replaceCalls(out, 'light-dark', ([light = '', dark = '']) => (theme === 'light' ? light : dark));
  out = replaceCalls(out, 'color-mix', (args) => colorMix(args) ?? `color-mix(${args.join(', ')})`);
  return out.trim();
}

/** A colour as [r, g, b, alpha 0..1] from `#rgb`, `#rrggbb`, `#rrggbbaa` or `transparent`. */
function parseColor(text: string): [number, number, number, number] | null {
  const t = text.trim().toLowerCase();
  if (t === 'transparent') return [0, 0, 0, 0];
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(t);
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  const n = (i: number) => parseInt(hex.slice(i, i + 2), 16);
  return [n(0), n(2), n(4), hex.length === 8 ? n(6) / 255 : 1];
}

/**
 * `color-mix(in srgb, A p%, B q%)` for hex colours and `transparent`, premultiplied as browsers do; null
 * for anything else (left as written).
 */
function colorMix([space = '', a = '', b = '']: string[]): string | null {
  if (space.replace(/\s+/g, ' ') !== 'in srgb') return null;
  const part = (s: string) => {
    const m = /^(.*?)(?:\s+([\d.]+)%)?$/.exec(s.trim());
    return { color: parseColor(m?.[1] ?? ''), pct: m?.[2] !== undefined ? Number(m[2]) / 100 : undefined };
  };
  const pa = part(a);
  const pb = part(b);
  if (!pa.color || !pb.color) return null;
  const wa = pa.pct ?? (pb.pct !== undefined ? 1 - pb.pct : 0.5);
  const wb = pb.pct ?? 1 - wa;
  const alpha = pa.color[3] * wa + pb.color[3] * wb;
  if (alpha === 0) return 'transparent';
  const ch = (i: number) => Math.round((pa.color![i]! * pa.color![3] * wa + pb.color![i]! * pb.color![3] * wb) / alpha);
  return `rgba(${ch(0)}, ${ch(1)}, ${ch(2)}, ${Math.round(alpha * 1000) / 1000})`;
}
