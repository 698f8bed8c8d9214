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

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The custom properties set in each theme block of tokens.css. */
function themes(): { light: Record<string, string>; dark: Record<string, string> } {
  const css = readFileSync('src/styles/tokens.css', 'utf8');
  const block = (selector: string) => {
    const start = css.indexOf(selector);
    const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
    return Object.fromEntries([...body.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
  };
  return { light: block(":root[data-theme='light']"), dark: block(":root[data-theme='dark']") };
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

  it('the dark theme under prefers-color-scheme matches the forced dark theme', () => {
    const css = readFileSync('src/styles/tokens.css', 'utf8');
    const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    const inner = media.slice(media.indexOf('{', media.indexOf(':root:not')) + 1, media.indexOf('}'));
    const props = Object.fromEntries([...inner.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
    expect(props).toEqual(themes().dark);
  });
});
