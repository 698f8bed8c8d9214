import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, visionDistance, VISION, type Vision } from '../../helpers/colourVision';

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

  /** The raw hue a semantic token (e.g. --cat-foreign-pressure) resolves to, in one theme. */
  const resolve = (token: string, theme: Record<string, string>): string => {
    const css = readFileSync('src/styles/tokens.css', 'utf8');
    const ref = css.match(new RegExp(`${token}:\\s*var\\((--[\\w-]+)\\)`))?.[1];
    if (!ref || !theme[ref]) throw new Error(`${token} does not resolve to a palette hue`);
    return theme[ref]!;
  };

  // Colours that a chart shows side by side with no other cue (timeline dots; map route kinds, which also
  // differ in dash pattern) must stay apart for colour-blind readers. Kinds of count in the rescue chart
  // are told apart by their direct text labels, so they are not held to this.
  const groups: Record<string, string[]> = {
    'timeline categories': ['--cat-policy-enforcement', '--cat-foreign-pressure', '--cat-rescues-escapes', '--cat-reports-response'],
    'map route kinds': ['--route-into', '--route-out', '--route-request', '--route-escape'],
    // Found, removed and detained in raids are three different claims about the same raids: never one colour.
    'raid kinds': ['--kind-found-in-raids', '--kind-removed-in-raids', '--kind-detained'],
  };
  for (const [group, tokens] of Object.entries(groups)) {
    for (const [name, theme] of [['light', light], ['dark', dark]] as const) {
      it(`${name}: ${group} stay distinct (ΔE ≥ 10) in normal vision and with protanopia, deuteranopia and tritanopia`, () => {
        const hues = tokens.map((t) => resolve(t, theme));
        expect(new Set(hues).size, `${group} reuse a hue`).toBe(tokens.length);
        for (const vision of Object.keys(VISION) as Vision[]) {
          for (let i = 0; i < hues.length; i++) {
            for (let j = i + 1; j < hues.length; j++) {
              expect(visionDistance(hues[i]!, hues[j]!, vision), `${tokens[i]} vs ${tokens[j]} (${vision})`).toBeGreaterThanOrEqual(10);
            }
          }
        }
      });
    }
  }
});
