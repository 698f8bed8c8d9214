/**
 * The direction of imports in src/, as rules a test can check: data flows `src/data` -> `src/lib` ->
 * `src/components` -> `src/pages`, and code that runs in the browser (every `*.client.ts`, the shared client
 * helpers, the charts' state parsers) never reaches, even through other modules, anything build-only.
 * Imports are read with a regular expression; `import type` is erased at build time and so is not followed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Packages that must never reach the browser. */
export const BUILD_ONLY = [/^node:/, /^(fs|path|url|module|child_process|os)$/, /^linkedom/, /^@observablehq\/plot/, /^topojson/];

/** One import against the rules. */
export interface ImportViolation {
  file: string;
  imports: string;
  rule: 'data imports lib' | 'data imports components' | 'lib imports components' | 'client code reaches build-only';
  /** For client code: the chain of modules from the entry to the import. */
  via?: string[];
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.(ts|mts|mjs|astro)$/.test(name) && !name.endsWith('.d.ts') && !name.endsWith('.d.mts')) out.push(path);
  }
  return out;
}

/** The runtime imports of a file (type-only ones left out), as written. */
export function importsOf(source: string): string[] {
  // In an Astro file, the frontmatter and its <script>s.
  const out: string[] = [];
  for (const m of source.matchAll(IMPORT)) {
    if (m[1]) continue;
    const spec = m[2] ?? m[3];
    if (spec) out.push(spec);
  }
  return out;
}

function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const ext of ['', '.ts', '.mts', '.mjs', '.astro', '/index.ts']) {
    if (existsSync(base + ext) && statSync(base + ext).isFile()) return base + ext;
  }
  return null;
}

const isClientEntry = (rel: string) =>
  rel.endsWith('.client.ts') || /^components\/charts\/shared\/[^/]+\.ts$/.test(rel) || /^lib\/charts\/[^/]+\/state\.ts$/.test(rel);

/** Every import in `srcDir` (a tree laid out like src/) that runs against the rules. */
export function importViolations(srcDir: string): ImportViolation[] {
  const root = resolve(srcDir);
  const rel = (p: string) => relative(root, p).split(sep).join('/');
  const files = walk(root);
  const graph = new Map(files.map((f) => [f, importsOf(readFileSync(f, 'utf8'))]));
  const out: ImportViolation[] = [];
  for (const [file, specs] of graph) {
    const from = rel(file);
    for (const spec of specs) {
      const target = resolveImport(file, spec);
      const to = target ? rel(target) : '';
      if (from.startsWith('data/') && to.startsWith('lib/')) out.push({ file: from, imports: spec, rule: 'data imports lib' });
      if (from.startsWith('data/') && to.startsWith('components/')) out.push({ file: from, imports: spec, rule: 'data imports components' });
      if (from.startsWith('lib/') && to.startsWith('components/')) out.push({ file: from, imports: spec, rule: 'lib imports components' });
    }
  }
  for (const entry of files.filter((f) => isClientEntry(rel(f)))) {
    const seen = new Set<string>();
    const visit = (file: string, via: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of graph.get(file) ?? importsOf(readFileSync(file, 'utf8'))) {
        const target = resolveImport(file, spec);
        if (target) visit(target, [...via, rel(target)]);
        else if (BUILD_ONLY.some((re) => re.test(spec))) out.push({ file: rel(entry), imports: spec, rule: 'client code reaches build-only', via });
      }
    };
    visit(entry, [rel(entry)]);
  }
  return out;
}
