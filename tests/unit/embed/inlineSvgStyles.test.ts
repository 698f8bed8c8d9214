import { describe, expect, it } from 'vitest';
import { resolveCssValue } from '../../../src/lib/embed/cssValues';
import { inlineSvgStyles, specificity, unwrapGlobal } from '../../../src/lib/embed/inlineSvgStyles';

const tokens = ':root { --ink: light-dark(#111111, #eeeeee); --accent: light-dark(#aa0000, #ff8888); --kind-held: var(--accent); }';

describe('resolveCssValue', () => {
  const vars: Record<string, string> = { '--a': 'light-dark(#fff, #000)', '--b': 'var(--a)', '--loop': 'var(--loop)' };
  const lookup = (n: string) => vars[n];
  it('resolveCssValue follows var() chains and picks the light or dark half of light-dark()', () => {
    expect(resolveCssValue('var(--b)', lookup, 'light')).toBe('#fff');
    expect(resolveCssValue('var(--b)', lookup, 'dark')).toBe('#000');
    expect(resolveCssValue('1px solid var(--a)', lookup)).toBe('1px solid #fff');
  });
  it('resolveCssValue uses fallbacks, including nested ones, and survives cycles', () => {
    expect(resolveCssValue('var(--missing, var(--other, rgb(1 2 3)))', lookup)).toBe('rgb(1 2 3)');
    expect(resolveCssValue('var(--missing)', lookup)).toBe('');
    expect(resolveCssValue('var(--loop)', lookup)).toBe('');
  });
});

describe('specificity', () => {
  it('specificity counts ids, classes and attributes, and types', () => {
    expect(specificity('.a .b')).toBeGreaterThan(specificity('.a'));
    expect(specificity('#x')).toBeGreaterThan(specificity('.a .b .c'));
    expect(specificity('.a circle')).toBeGreaterThan(specificity('.a'));
    expect(specificity('[data-state="x"] .a')).toBe(specificity('.b .a'));
  });
});

describe('unwrapGlobal', () => {
  it('unwrapGlobal unwraps Astro :global() with nested parentheses', () => {
    expect(unwrapGlobal('.r :global(.a:not(.b)) { fill: red }')).toBe('.r .a:not(.b) { fill: red }');
  });
});

describe('inlineSvgStyles', () => {
  const css = `${tokens}
    .chart { font-family: Inter, sans-serif; color: var(--ink); }
    .chart :global(.kind-held) { --k: var(--kind-held); }
    .chart :global(.dot) { fill: var(--k, var(--ink)); transition: opacity 1s; cursor: pointer; }
    .chart :global(.dot.is-dimmed) { opacity: 0.2; }
    .chart :global(.dot:hover) { fill: lime; }
    @container (min-width: 700px) { .chart :global(.dot) { fill: blue; } }
    .chart :global(.label) { fill: currentColor; }`;
  const svg = '<svg viewBox="0 0 10 10" width="10" height="10"><g class="kind-held"><circle class="dot is-dimmed" r="2"/></g><circle class="dot" r="1"/><text class="label" fill="currentColor">x</text></svg>';

  it('inlineSvgStyles resolves inherited custom properties per element and drops non-SVG properties', () => {
    const out = inlineSvgStyles(svg, { css, rootClass: 'chart' });
    expect(out).toMatch(/<circle[^>]*class="dot is-dimmed"[^>]*style="fill:#aa0000;opacity:0.2"|<circle[^>]*style="fill:#aa0000;opacity:0.2"[^>]*class="dot is-dimmed"/);
    expect(out).toContain('style="fill:#111111"');
    expect(out).not.toMatch(/transition|cursor|lime|blue|var\(|light-dark/);
  });

  it('inlineSvgStyles carries the root\'s font and colour onto the svg and resolves currentColor', () => {
    const out = inlineSvgStyles(svg, { css, rootClass: 'chart' });
    expect(out).toMatch(/^<svg[^>]*style="[^"]*font-family:Inter, sans-serif/);
    expect(out).toMatch(/<text[^>]*fill="#111111"/);
    expect(out).not.toContain('currentColor');
    expect(out).toContain('xmlns="http://www.w3.org/2000/svg"');
  });

  it('inlineSvgStyles resolves the dark theme when asked', () => {
    expect(inlineSvgStyles(svg, { css, rootClass: 'chart', theme: 'dark' })).toContain('fill:#ff8888');
  });

  it('inlineSvgStyles applies rules that depend on the root\'s attributes', () => {
    const stateCss = `${css} .chart[data-state="focus"] :global(.dot) { stroke: red; }`;
    expect(inlineSvgStyles(svg, { css: stateCss, rootClass: 'chart', rootAttributes: { 'data-state': 'focus' } })).toContain('stroke:red');
    expect(inlineSvgStyles(svg, { css: stateCss, rootClass: 'chart' })).not.toContain('stroke:red');
  });
});

describe('resolveCssValue(color-mix)', () => {
  it('resolveCssValue mixes hex colours and transparent in srgb as a browser does', () => {
    const none = () => undefined;
    expect(resolveCssValue('color-mix(in srgb, #1d1c1a 10%, transparent)', none)).toBe('rgba(29, 28, 26, 0.1)');
    expect(resolveCssValue('color-mix(in srgb, #ffffff 50%, #000000)', none)).toBe('rgba(128, 128, 128, 1)');
    expect(resolveCssValue('color-mix(in oklab, red, blue)', none)).toBe('color-mix(in oklab, red, blue)');
  });
});
