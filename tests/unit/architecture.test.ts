import { describe, expect, it } from 'vitest';
import { importsOf, importViolations } from '../helpers/importRules';

describe('importViolations', () => {
  it('finds no import against the flow in src/', () => {
    expect(importViolations('src')).toEqual([]);
  });

  it('catches each kind of wrong import on the fixture tree (tests/fixtures/architecture/src)', () => {
    const found = importViolations('tests/fixtures/architecture/src').map((v) => `${v.rule}: ${v.file} -> ${v.imports}`);
    expect(found.sort()).toEqual(
      [
        'data imports lib: data/loader.ts -> ../lib/format/formatCount',
        'lib imports components: lib/format/formatCount.ts -> ../../components/charts/bad-chart/Widget.astro',
        'client code reaches build-only: components/charts/bad-chart/badChart.client.ts -> node:fs',
        'client code reaches build-only: components/charts/bad-chart/badChart.client.ts -> @observablehq/plot',
        // Through the state parser and its helper: a chain, not only direct imports.
        'client code reaches build-only: components/charts/bad-chart/badChart.client.ts -> linkedom',
        'client code reaches build-only: lib/charts/bad-chart/state.ts -> linkedom',
      ].sort(),
    );
  });

  it('names the chain of modules by which client code reaches a build-only package', () => {
    const v = importViolations('tests/fixtures/architecture/src').find((x) => x.file === 'lib/charts/bad-chart/state.ts')!;
    expect(v.via).toEqual(['lib/charts/bad-chart/state.ts', 'lib/charts/bad-chart/measure.ts']);
  });
});

describe('importsOf', () => {
  it('reads static, side-effect, re-export and dynamic imports, and skips type-only ones', () => {
    const source = [
      "import { a } from './a';",
      "import './b.css';",
      "export { c } from './c';",
      "import type { D } from './d';",
      "const e = await import('./e');",
      'import {\n  f,\n  g,\n} from "./fg";',
    ].join('\n');
    expect(importsOf(source)).toEqual(['./a', './b.css', './c', './e', './fg']);
  });
});
