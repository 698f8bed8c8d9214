import { describe, expect, it } from 'vitest';
import * as Plot from '@observablehq/plot';
import { plotToSvg, TABULAR_NUMS_CLASS } from '../../../../src/lib/svg/plotToSvg';

describe('plotToSvg', () => {
  const options = { width: 200, height: 100, marks: [Plot.dot([1, 2, 3], { x: (d: number) => d, y: (d: number) => d, mixBlendMode: 'multiply' })] };

  it('plotToSvg() renders Plot in Node to an <svg> without <style> elements or style attributes', () => {
    const svg = plotToSvg(options);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('<circle');
    expect(svg).not.toMatch(/<style|style=/);
  });

  it('plotToSvg() sets the classes, the first being Plot’s className', () => {
    expect(plotToSvg(options, { className: 'my-chart is-wide' })).toMatch(/class="my-chart is-wide"/);
    expect(plotToSvg(options)).toMatch(/class="plot"/);
  });

  it('plotToSvg() runs the postprocess hook, and strips any style it adds', () => {
    const svg = plotToSvg(options, {
      postprocess(root) {
        root.setAttribute('data-hook', 'yes');
        root.querySelector('circle')!.setAttribute('style', 'fill: red');
      },
    });
    expect(svg).toContain('data-hook="yes"');
    expect(svg).not.toContain('style=');
  });

  it('plotToSvg() turns Plot’s font-variant attribute (invalid SVG) into a class that CSS styles', () => {
    const axes = { width: 200, height: 100, x: { domain: [0, 1000] }, marks: [Plot.axisX({ tickFormat: ',' })] };
    const svg = plotToSvg(axes);
    expect(svg).not.toContain('font-variant');
    // Plot puts tabular-nums on its tick labels; they keep it, as a class.
    expect(svg).toMatch(new RegExp(`<g[^>]*class="[^"]*\\b${TABULAR_NUMS_CLASS}\\b`));
  });

  it('plotToSvg() is deterministic', () => {
    expect(plotToSvg(options)).toBe(plotToSvg(options));
  });
});
