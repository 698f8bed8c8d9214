/** Types of scripts/benchReport.mjs: the benchmark's pure pieces. */
export type Kind = 'HTML' | 'CSS' | 'JS' | 'fonts' | 'data' | 'images' | 'other';
export interface Bytes {
  raw: number;
  gz: number;
}
export interface Weight {
  byKind: Record<Kind, Bytes>;
  total: Bytes;
  totalNoFonts: Bytes;
  requests: number;
  inlineJs?: Bytes & { count: number };
}
export interface PageMeasure {
  path: string;
  kind: 'story' | 'embed' | 'chart' | 'page';
  exists: boolean;
  weight?: Weight;
  lcp?: number | null;
  cls?: number | null;
  geographyGz?: number;
}
export interface Comparison {
  path: string;
  isEmbed: boolean;
  weightRatio: number | null;
  lcpRatio: number | null;
}
export interface Budget {
  id: string;
  label: string;
  unit: 'bytes' | 'ms' | 'score' | 'ratio';
  limit: number;
  atLeast?: boolean;
  pages: string;
}
export interface Verdict {
  id: string;
  label: string;
  page: string;
  value: number | null;
  limit: number;
  unit: string;
  atLeast: boolean;
  status: 'pass' | 'fail' | 'missing';
  note?: string;
}
export interface Growth {
  points: Array<{ factor: number; value: number; ratio: number | null }>;
  exponent: number | null;
  superlinear: boolean;
}
export declare const KINDS: readonly Kind[];
export declare const BUDGETS: readonly Budget[];
export declare const GEOGRAPHY_CLASSES: readonly string[];
export declare function kindOf(type: string, url: string): Kind;
export declare function median(xs: ReadonlyArray<number | null | undefined>): number | null;
export declare function sumWeights(requests: ReadonlyArray<{ kind: string; raw: number; gz: number }>): Weight;
export declare function checkBudgets(pages: readonly PageMeasure[], comparison: Comparison | null): Verdict[];
export declare function kb(n: number | null | undefined): string;
export declare function sec(ms: number | null | undefined): string;
export declare function formatValue(value: number | null | undefined, unit: string): string;
export declare function formatTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, right?: readonly number[]): string;
export declare function formatBudgets(verdicts: readonly Verdict[]): string;
export declare function growth(points: ReadonlyArray<{ factor: number; value: number }>): Growth;
export declare function parseArgs(argv: readonly string[]): {
  runs: number;
  pages: string[] | null;
  scale: number[];
  build: boolean;
  dist: string | null;
  json: string;
};
export declare function geographyOf(html: string, gzipSize?: (text: string) => number): { raw: number; gz: number; paths: number } | null;
export declare function inlineScriptsOf(html: string, gzipSize?: (text: string) => number): { count: number; raw: number; gz: number };
export function pageKind(path: string): 'story' | 'embed' | 'embed-part' | 'chart' | 'page';
