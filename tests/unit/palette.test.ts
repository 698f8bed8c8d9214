import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The colour tokens of tokens.css, each declared once as `light-dark(<light>, <dark>)`, split by theme. */
function themes(): { light: Record<string, string>; dark: Record<string, string> } {
  const css = readFileSync('src/styles/tokens.css', 'utf8');
  const pairs = [...css.matchAll(/(--[\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)];
  return {
    light: Object.fromEntries(pairs.map((m) => [m[1]!, m[2]!.toLowerCase()])),
    dark: Object.fromEntries(pairs.map((m) => [m[1]!, m[3]!.toLowerCase()])),
  };
}

describe('palette', () => {
  const { light, dark } = themes();
  const text = ['--color-text', '--color-text-muted', '--color-accent', '--color-focus'];
  const chart = Object.keys(light).filter((k) => k.startsWith('--chart-'));

  it('defines the same tokens in both themes, and at least eight chart hues', () => {
    expect(Object.keys(dark).sort()).toEqual(Object.keys(light).sort());
    expect(chart.length).toBeGreaterThanOrEqual(8);
  });

  for (const [name, theme] of [['light', light], ['dark', dark]] as const) {
    it(`${name}: text, accent and every chart hue reach WCAG AA (4.5:1) on the background and surface`, () => {
      for (const token of [...text, ...chart]) {
        for (const ground of ['--color-bg', '--color-surface']) {
          expect(contrast(theme[token]!, theme[ground]!), `${token} on ${ground}`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });

    it(`${name}: map borders and land reach 3:1 against water where the map needs them`, () => {
      expect(contrast(theme['--map-label']!, theme['--map-land']!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(theme['--map-label']!, theme['--map-water']!)).toBeGreaterThanOrEqual(4.5);
    });
  }

  it('every colour token is themed: no bare hex colour outside light-dark()', () => {
    const css = readFileSync('src/styles/tokens.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    expect(css.match(/--[\w-]+:\s*#[0-9a-f]{3,8}\b/gi) ?? []).toEqual([]);
  });
});
