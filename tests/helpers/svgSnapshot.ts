/**
 * SVG snapshot helper, after Observable Plot's: numbers are rounded to 3 decimals and generated ids are
 * renumbered so snapshots are stable across runs. A missing snapshot is written locally (never in CI);
 * a difference writes `<name>-changed.svg` beside the committed file to look at, and fails.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const outputDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'output');

/** Rounds every decimal number in `svg` to 3 places and renumbers ids (and their references) in order of first use. */
export function normaliseSvg(svg: string): string {
  const rounded = svg.replace(/-?\d+\.\d+(?:e-?\d+)?/g, (n) => {
    const r = Math.round(Number(n) * 1000) / 1000;
    return String(Object.is(r, -0) ? 0 : r);
  });
  const ids = new Map<string, string>();
  for (const m of rounded.matchAll(/\bid="([^"]+)"/g)) {
    const id = m[1]!;
    if (/\d{3,}|plot-[a-z0-9]+/i.test(id) && !ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
  }
  let out = rounded;
  for (const [from, to] of ids) out = out.split(from).join(to);
  return out.replace(/>\s*</g, '>\n<').trim() + '\n';
}

/** Compares `svg` with `tests/output/<name>.svg`. */
export function expectSvgSnapshot(svg: string, name: string): void {
  const actual = normaliseSvg(svg);
  const file = join(outputDir, `${name}.svg`);
  const changed = join(outputDir, `${name}-changed.svg`);
  if (!existsSync(file)) {
    if (process.env['CI']) throw new Error(`missing snapshot ${file} (snapshots are never written in CI)`);
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `SVG snapshot ${name} changed: see ${changed}`).toBe(expected);
}
